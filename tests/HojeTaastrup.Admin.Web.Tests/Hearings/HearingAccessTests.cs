using System.Security.Claims;
using HojeTaastrup.Admin.Data.Identity;
using HojeTaastrup.Admin.Domain.Hearings;
using HojeTaastrup.Admin.Web.Features.Hearings;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace HojeTaastrup.Admin.Web.Tests.Hearings;

// The authorisation table of hearings, without a database: a MED member acts for his or her own committees only.
//   committee A: members "u-a"          committee B: members "u-b"
public class HearingAccessTests
{
    private static readonly Committee A = Committee("A", "u-a");
    private static readonly Committee B = Committee("B", "u-b");

    [Fact]
    public async Task Respond_MedMemberOfA_MayForA_NotForB()
    {
        var member = User("u-a", Roles.MedMember);

        Assert.True(await MayAsync(member, A, HearingAccess.Respond));
        Assert.False(await MayAsync(member, B, HearingAccess.Respond));
    }

    [Fact]
    public async Task Respond_DirectorOrMemberWithoutTheMedRole_MayNot()
    {
        Assert.False(await MayAsync(User("u-a", Roles.Director), A, HearingAccess.Respond));
        Assert.False(await MayAsync(User("u-a", Roles.Reader), A, HearingAccess.Respond));
    }

    [Fact]
    public async Task ReadAndNote_ReaderSeesOnlyPublished_DirectorAlways()
    {
        var hearing = Hearing();
        var reader = User("r", Roles.Reader);
        var director = User("d", Roles.Director);
        var med = User("u-a", Roles.MedMember);

        Assert.False(await MayAsync(reader, hearing, HearingAccess.Read));
        Assert.True(await MayAsync(med, hearing, HearingAccess.Read));
        Assert.False(await MayAsync(med, hearing, HearingAccess.ReadNote));
        Assert.True(await MayAsync(director, hearing, HearingAccess.ReadNote));

        hearing.Publish(new DateTimeOffset(2026, 4, 1, 8, 0, 0, TimeSpan.Zero), "d");

        Assert.True(await MayAsync(reader, hearing, HearingAccess.Read));
        Assert.True(await MayAsync(reader, hearing, HearingAccess.ReadNote));
    }

    [Fact]
    public async Task Manage_OnlyDirectors_Committees_OnlyAdministrators()
    {
        Assert.True(await MayAsync(User("d", Roles.Director), HearingAccess.Hearings, HearingAccess.Manage));
        Assert.False(await MayAsync(User("m", Roles.MedMember), HearingAccess.Hearings, HearingAccess.Manage));
        Assert.True(await MayAsync(User("a", Roles.Administrator), HearingAccess.Hearings, HearingAccess.ManageCommittees));
        Assert.False(await MayAsync(User("d", Roles.Director), HearingAccess.Hearings, HearingAccess.ManageCommittees));
    }

    private static Committee Committee(string name, string member)
    {
        var committee = new Committee(name, CommitteeLevel.Sektor);
        committee.AddMember(member);
        return committee;
    }

    private static Hearing Hearing() => new(new HearingContent(
        "Høring", null, null, null, null, new DateOnly(2026, 3, 20), new DateOnly(2026, 3, 29), [A.Id, B.Id], [Guid.NewGuid()], null));

    private static ClaimsPrincipal User(string id, string role) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, id), new Claim(ClaimTypes.Role, role)], "Test"));

    private static async Task<bool> MayAsync(ClaimsPrincipal user, object resource, OperationAuthorizationRequirement requirement)
    {
        var context = new AuthorizationHandlerContext([requirement], user, resource);
        await new HearingAccess().HandleAsync(context);
        return context.HasSucceeded;
    }
}
