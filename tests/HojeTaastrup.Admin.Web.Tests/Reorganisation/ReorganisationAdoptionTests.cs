using System.Net;
using HojeTaastrup.Admin.Data.Demo;
using HojeTaastrup.Admin.Data.Queries;
using HojeTaastrup.Admin.Data;
using HojeTaastrup.Admin.Domain.Organisation;
using HojeTaastrup.Admin.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HojeTaastrup.Admin.Web.Tests.Reorganisation;

// Adopting changes the organisation for every later test of the app, so this class has an app of its
// own and runs its steps in one test, in the order a municipality would meet them.
public abstract class ReorganisationAdoptionTests<TFixture>(TFixture fixture)
    where TFixture : AppFixture
{
    [SkippableFact]
    public async Task AdoptDemoProposal_MakesThe13CentresTheOrganisationFromTheEffectiveDate_AndRefusesEarlierAdoptions()
    {
        var api = await ReorganisationApi.SignInAsync(fixture.App, "direktor");
        var demo = await api.DemoProposalAsync();

        var reader = await ReorganisationApi.SignInAsync(fixture.App, "laeser");
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.ActAsync(demo, "adopt")).StatusCode);
        var response = await api.ActAsync(demo, "adopt");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var adopted = await ReorganisationApi.ReadAsync(response);
        Assert.Equal("Adopted", (string)adopted["status"]!);
        await using (var db = await OpenAsync())
        {
            var version = await db.OrganisationVersions.AsNoTracking().InForceOnAsync(Seed2010.EffectiveDate);
            Assert.NotNull(version);
            Assert.Equal(Seed2010.EffectiveDate, version.EffectiveFrom);
            Assert.Equal($"Omorganisering: {Seed2010.Title}", version.Source);
            Assert.Equal(new CentreCounts(13, 0, 0), version.ToStructure().CountCentres());
            var before = await db.OrganisationVersions.AsNoTracking().InForceOnAsync(Seed2010.EffectiveDate.AddDays(-1));
            Assert.Equal(new CentreCounts(16, 0, 4), before!.ToStructure().CountCentres());
        }

        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await api.ActAsync(adopted, "adopt")).StatusCode);

        // A new proposal starts from today's organisation, which is now the adopted one.
        var earlier = await api.CreateAsync("For sent", effectiveDate: "2010-06-01");
        Assert.Equal(13, (int)earlier["impact"]!["centresBefore"]!);
        Assert.Equal(0, (int)earlier["impact"]!["unitCentresBefore"]!);
        earlier = await ReorganisationApi.ReadAsync(await api.ActAsync(earlier, "hearing"));
        Assert.Equal("InHearing", (string)earlier["status"]!);
        const string laterVersion = "Der findes allerede en organisation med virkning fra 1. oktober 2010, efter forslagets virkningsdato. "
            + "Forslaget kan ikke vedtages med virkning fra en tidligere dato.";
        Assert.Equal(laterVersion, (string)earlier["adoptionRefusedByHistory"]!);

        var refused = await api.ActAsync(earlier, "adopt");

        await ReorganisationApi.AssertProblemAsync(refused, HttpStatusCode.UnprocessableEntity, laterVersion);
        Assert.Equal("InHearing", (string)(await api.GetAsync((string)earlier["id"]!))["status"]!);
    }

    private async Task<AdminDbContext> OpenAsync() =>
        await fixture.App.Services.GetRequiredService<IDbContextFactory<AdminDbContext>>().CreateDbContextAsync();
}

public sealed class ReorganisationAdoptionTestsOnSqlite(SqliteAppFixture fixture)
    : ReorganisationAdoptionTests<SqliteAppFixture>(fixture), IClassFixture<SqliteAppFixture>;

public sealed class ReorganisationAdoptionTestsOnPostgreSql(PostgreSqlAppFixture fixture)
    : ReorganisationAdoptionTests<PostgreSqlAppFixture>(fixture), IClassFixture<PostgreSqlAppFixture>;
