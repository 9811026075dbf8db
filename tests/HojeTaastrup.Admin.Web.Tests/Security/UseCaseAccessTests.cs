using System.Security.Claims;
using HojeTaastrup.Admin.Data.Identity;
using HojeTaastrup.Admin.Web.Features;
using HojeTaastrup.Admin.Web.Features.Organisation;
using HojeTaastrup.Admin.Web.Features.Reorganisation;
using HojeTaastrup.Admin.Web.Security;
using HojeTaastrup.Admin.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace HojeTaastrup.Admin.Web.Tests.Security;

// The use cases ask CurrentUser themselves: called past the routes' and pages' policies (as a new page or
// endpoint might), they still refuse a user who may not act, with the feature's own Danish message.
public class UseCaseAccessTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    [SkippableFact]
    public async Task OrganisationEdit_AsDirector_IsForbidden()
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        SignIn(scope, Roles.Director);
        var service = scope.ServiceProvider.GetRequiredService<OrganisationService>();

        var error = await Assert.ThrowsAsync<ForbiddenException>(() =>
            service.AddDirectorateAsync(Guid.NewGuid(), new DirectorateInput { Name = "Nyt område", DirectorName = "", Version = 1 }));

        Assert.Equal(OrganisationAccess.ForbiddenMessage, error.Message);
    }

    [SkippableFact]
    public async Task ReorganisationCreate_AsAdministrator_IsForbidden_ButReadingDraftsIsAllowed()
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var user = SignIn(scope, Roles.Administrator);
        var service = scope.ServiceProvider.GetRequiredService<ReorganisationService>();

        var error = await Assert.ThrowsAsync<ForbiddenException>(() =>
            service.CreateAsync(new ProposalInput { Title = "Forsøg", EffectiveDate = new DateOnly(2030, 1, 1) }));

        Assert.Equal(ReorganisationService.ForbiddenMessage, error.Message);
        Assert.True(await user.MayAsync(ReorganisationAccess.Proposals, ReorganisationAccess.ReadDrafts));
    }

    internal static CurrentUser SignIn(AsyncServiceScope scope, string role)
    {
        var user = scope.ServiceProvider.GetRequiredService<CurrentUser>();
        user.UseRequestUser(new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, Guid.NewGuid().ToString()), new Claim(ClaimTypes.Name, "test"), new Claim(ClaimTypes.Role, role)],
            authenticationType: "Test")));
        return user;
    }
}
