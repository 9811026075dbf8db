using System.Net.Http.Json;
using System.Net;
using System.Text.Json.Nodes;
using HojeTaastrup.Admin.Data.Auditing;
using HojeTaastrup.Admin.Data.Demo;
using HojeTaastrup.Admin.Data.Queries;
using HojeTaastrup.Admin.Data;
using HojeTaastrup.Admin.Domain.Reorganisation;
using HojeTaastrup.Admin.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HojeTaastrup.Admin.Web.Tests.Reorganisation;

// An administrator corrects the organisation a proposal was computed on: the proposal shows the
// difference, adoption is refused until the directors take the corrected organisation as baseline,
// and the adopted organisation keeps the correction. The 2010 organisation is edited and the demo
// proposal adopted, so this class has an app of its own and runs its steps in one test.
public abstract class ReorganisationDriftTests<TFixture>(TFixture fixture)
    where TFixture : AppFixture
{
    private const string Adjustment = "Afdelingen Jobformidling i JOC: årsværk 20,0 → 22,0";

    [SkippableFact]
    public async Task CorrectedOrganisation_IsShownAsDrift_BlocksAdoptionUntilRebased_AndIsKeptByTheAdoption()
    {
        var api = await ReorganisationApi.SignInAsync(fixture.App, "direktor");
        var demo = await api.DemoProposalAsync();
        Assert.True(demo.ContainsKey("baselineDrift"));
        Assert.Null(demo["baselineDrift"]);

        await CorrectJobformidlingAsync(22.0m);

        demo = await api.GetAsync((string)demo["id"]!);
        var fteAfterOnTheOldBaseline = (decimal)demo["impact"]!["fteAfter"]!;
        var drift = demo["baselineDrift"]!;
        Assert.Equal("2010-01-01", (string)drift["effectiveFrom"]!);
        Assert.Equal([Adjustment], drift["differences"]!.AsArray().Select(d => (string)d!));

        var refused = await api.ActAsync(demo, "adopt");

        await ReorganisationApi.AssertProblemAsync(
            refused,
            HttpStatusCode.UnprocessableEntity,
            "Organisationen er ændret siden forslagets udgangspunkt: 1 forskel i organisationen med virkning fra 1. januar 2010, "
            + "som en vedtagelse ville overskrive. Opdatér udgangspunktet først.");
        Assert.Equal("InHearing", (string)(await api.GetAsync((string)demo["id"]!))["status"]!);

        var reader = await ReorganisationApi.SignInAsync(fixture.App, "laeser");
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.ActAsync(demo, "baseline")).StatusCode);
        var rebased = await api.ActAsync(demo, "baseline");

        Assert.Equal(HttpStatusCode.OK, rebased.StatusCode);
        demo = await ReorganisationApi.ReadAsync(rebased);
        Assert.Null(demo["baselineDrift"]);
        Assert.Equal("InHearing", (string)demo["status"]!);
        Assert.Empty(demo["problems"]!.AsArray());
        Assert.Equal(fteAfterOnTheOldBaseline + 2.0m, (decimal)demo["impact"]!["fteAfter"]!);
        Assert.Equal(HttpStatusCode.Conflict, (await api.Client.PostAsJsonAsync($"{ReorganisationApi.Base}/{demo["id"]}/baseline", new { version = 0 })).StatusCode);
        await using (var db = await OpenAsync())
        {
            var last = (await db.AuditEntries.HistoryOf<ReorganisationProposal>(Guid.Parse((string)demo["id"]!)).ToListAsync()).Last();
            Assert.Equal(AuditAction.Modified, last.Action);
            Assert.Equal("direktor", last.UserName);
            Assert.Contains(last.ReadChanges(), c => c.Field == "Baseline");
        }

        var adopted = await api.ActAsync(demo, "adopt");

        Assert.Equal(HttpStatusCode.OK, adopted.StatusCode);
        await using (var db = await OpenAsync())
        {
            var version = (await db.OrganisationVersions.AsNoTracking().InForceOnAsync(Seed2010.EffectiveDate))!;
            Assert.Equal(Seed2010.EffectiveDate, version.EffectiveFrom);
            Assert.Equal(22.0m, version.ToStructure().FindUnit(Seed2010.Unit("Jobformidling"))!.Fte);
        }
    }

    [SkippableFact]
    public async Task Rebase_OfAWithdrawnProposal_IsRefusedWithDanishDetail()
    {
        var api = await ReorganisationApi.SignInAsync(fixture.App, "direktor");
        var proposal = await api.CreateAsync("Trukket tilbage");
        proposal = await ReorganisationApi.ReadAsync(await api.ActAsync(proposal, "withdraw"));

        var response = await api.ActAsync(proposal, "baseline");

        await ReorganisationApi.AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity, "Forslaget er trukket tilbage, og udgangspunktet kan ikke længere opdateres.");
    }

    // As an administrator does it: the edit route of the 2010 version, with the version it read.
    private async Task CorrectJobformidlingAsync(decimal fte)
    {
        using var admin = await fixture.App.CreateApiClientAsync("admin");
        var versions = (await admin.GetFromJsonAsync<JsonArray>("/api/v1/organisation/versions"))!;
        var id = (string)versions.Single(v => (string)v!["effectiveFrom"]! == "2010-01-01")!["id"]!;
        var version = (await admin.GetFromJsonAsync<JsonObject>($"/api/v1/organisation/versions/{id}"))!;
        var unit = version["structure"]!["units"]!.AsArray().Single(u => (string)u!["name"]! == "Jobformidling")!;

        var response = await admin.PutAsJsonAsync(
            $"/api/v1/organisation/versions/{id}/units/{unit["key"]}",
            new { version = (long)version["version"]!, name = "Jobformidling", centreKey = (string)unit["centreKey"]!, fte, payroll = (long)unit["payroll"]! });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<AdminDbContext> OpenAsync() =>
        await fixture.App.Services.GetRequiredService<IDbContextFactory<AdminDbContext>>().CreateDbContextAsync();
}

public sealed class ReorganisationDriftTestsOnSqlite(SqliteAppFixture fixture)
    : ReorganisationDriftTests<SqliteAppFixture>(fixture), IClassFixture<SqliteAppFixture>;

public sealed class ReorganisationDriftTestsOnPostgreSql(PostgreSqlAppFixture fixture)
    : ReorganisationDriftTests<PostgreSqlAppFixture>(fixture), IClassFixture<PostgreSqlAppFixture>;
