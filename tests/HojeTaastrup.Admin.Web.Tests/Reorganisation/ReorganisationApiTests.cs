using System.Net.Http.Json;
using System.Net;
using System.Text.Json.Nodes;
using HojeTaastrup.Admin.Data.Auditing;
using HojeTaastrup.Admin.Data.Demo;
using HojeTaastrup.Admin.Data;
using HojeTaastrup.Admin.Domain.Reorganisation;
using HojeTaastrup.Admin.Web.Features.Reorganisation;
using HojeTaastrup.Admin.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HojeTaastrup.Admin.Web.Tests.Reorganisation;

// Proposals through the HTTP API on the demo organisation (seed 000: 16 centres and 4 units).
// Nothing here adopts: ReorganisationAdoptionTests has an app of its own for that.
public abstract class ReorganisationApiTests<TFixture>(TFixture fixture)
    where TFixture : AppFixture
{
    private const string Director = "direktor";
    private const string Reader = "laeser";

    [SkippableFact]
    public async Task CreateAndAddChanges_GetShowsCountsAndTheProblemAtItsChange()
    {
        var api = await ReorganisationApi.SignInAsync(fixture.App, Director);
        var proposal = await api.CreateAsync("Teknik og ejendomme samles");

        proposal = await api.AddChangeAsync(proposal, new
        {
            kind = "MergeCentres",
            centres = new[] { "TMC", "VPC" },
            newCode = "TVC",
            newName = "Teknik-, Vej- og Parkcenter",
            rationale = "Én indgang til teknikområdet.",
        });
        proposal = await api.AddChangeAsync(proposal, new
        {
            kind = "MoveUnit",
            unit = Seed2010.Unit("Intern service"),
            toCentre = "TVC",
            rationale = "Intern service hører til driften.",
        });
        proposal = await api.AddChangeAsync(proposal, new { kind = "DissolveCentre", centre = "EJC", rationale = "Ejendomsdriften samles." });

        var got = await api.GetAsync((string)proposal["id"]!);
        Assert.Equal("Draft", (string)got["status"]!);
        var impact = got["impact"]!;
        Assert.Equal(16, (int)impact["centresBefore"]!);
        Assert.Equal(4, (int)impact["unitCentresBefore"]!);
        Assert.Equal(15, (int)impact["centresAfter"]!); // the dissolve has a problem and is left out
        Assert.Equal("16 centre og 4 enheder → 15 centre og 4 enheder", (string)impact["summary"]!);
        var moved = impact["unitsMoved"]!.AsArray().Select(m => (string)m!["name"]!).ToList();
        Assert.Contains("Intern service", moved);
        Assert.Contains("Vejdrift", moved);
        var tvc = impact["centres"]!.AsArray().Single(c => (string)c!["code"]! == "TVC")!;
        Assert.Equal("Created", (string)tvc["change"]!);
        Assert.Equal(6_450_000 + 4_300_000 + 1_260_000 + 2_460_000 + 2_050_000 + 3_740_000, (long)tvc["payrollAfter"]!);
        Assert.Equal(15.0m + 10.0m + 2.8m + 6.0m + 5.0m + 11.0m, (decimal)tvc["fteAfter"]!);

        var problem = Assert.Single(got["problems"]!.AsArray())!;
        var changes = got["changes"]!.AsArray();
        Assert.Equal((string)changes[2]!["id"]!, (string)problem["changeId"]!);
        Assert.Equal(3, (int)problem["changeNumber"]!);
        Assert.Equal("Afdelingen Ejendomsdrift i centret EJC har ikke fået et nyt center.", (string)problem["message"]!);
        Assert.Single(changes[2]!["problems"]!.AsArray());
        Assert.Empty(changes[0]!["problems"]!.AsArray());
        Assert.Equal("TMC og VPC lægges sammen til TVC Teknik-, Vej- og Parkcenter (nyt center).", (string)changes[0]!["description"]!);
        Assert.Equal("Intern service flyttes til TVC.", (string)changes[1]!["description"]!);
    }

    [SkippableFact]
    public async Task FixingTheChange_RemovesTheProblem()
    {
        var api = await ReorganisationApi.SignInAsync(fixture.App, Director);
        var proposal = await api.CreateAsync("Ejendomscentret nedlægges");
        proposal = await api.AddChangeAsync(proposal, new { kind = "DissolveCentre", centre = "EJC", rationale = "Samles." });
        Assert.Equal(2, proposal["problems"]!.AsArray().Count); // one per unit without a destination
        var changeId = (string)proposal["changes"]![0]!["id"]!;

        var response = await api.Client.PutAsJsonAsync($"{ReorganisationApi.Base}/{proposal["id"]}/changes/{changeId}", new
        {
            kind = "DissolveCentre",
            centre = "EJC",
            destinations = new Dictionary<Guid, string>
            {
                [Seed2010.Unit("Ejendomsdrift")] = "TMC",
                [Seed2010.Unit("Intern service")] = "BSC",
            },
            rationale = "Samles.",
            version = (long)proposal["version"]!,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var fixedProposal = await ReorganisationApi.ReadAsync(response);
        Assert.Empty(fixedProposal["problems"]!.AsArray());
        Assert.Equal(15, (int)fixedProposal["impact"]!["centresAfter"]!);
        Assert.Equal("EJC nedlægges: Ejendomsdrift → TMC; Intern service → BSC.", (string)fixedProposal["changes"]![0]!["description"]!);
    }

    [SkippableFact]
    public async Task DemoProposal_Shows16CentresAnd4UnitsBecoming13CentresWithoutProblems()
    {
        var api = await ReorganisationApi.SignInAsync(fixture.App, Reader);

        var demo = await api.DemoProposalAsync();

        Assert.Equal("InHearing", (string)demo["status"]!);
        Assert.Equal("2010-10-01", (string)demo["effectiveDate"]!);
        Assert.Equal(25_000_000, (long)demo["targetYearlySaving"]!);
        Assert.Empty(demo["problems"]!.AsArray());
        var impact = demo["impact"]!;
        Assert.Equal(16, (int)impact["centresBefore"]!);
        Assert.Equal(4, (int)impact["unitCentresBefore"]!);
        Assert.Equal(13, (int)impact["centresAfter"]!);
        Assert.Equal(0, (int)impact["unitCentresAfter"]!);
        // "units" are the afdelinger, in the impact as in GET /organisation (46 in the demo organisation).
        Assert.Equal(46, (int)impact["unitsBefore"]!);
        Assert.Equal(43, (int)impact["unitsAfter"]!);
        Assert.Null(impact["departmentsBefore"]);
        Assert.Equal("16 centre og 4 enheder → 13 centre", (string)impact["summary"]!);
        Assert.Equal(14, demo["changes"]!.AsArray().Count);
        Assert.Equal(7, demo["projects"]!.AsArray().Count);
    }

    [SkippableFact]
    public async Task SendToHearing_WithProblems_IsRefusedWithDanishDetail()
    {
        var api = await ReorganisationApi.SignInAsync(fixture.App, Director);
        var proposal = await api.CreateAsync("Uden destinationer");
        proposal = await api.AddChangeAsync(proposal, new { kind = "DissolveCentre", centre = "EJC", rationale = "Samles." });

        var response = await api.ActAsync(proposal, "hearing");

        await ReorganisationApi.AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity, "Forslaget kan ikke sendes i høring, før 2 problemer er løst.");
        Assert.Equal("Draft", (string)(await api.GetAsync((string)proposal["id"]!))["status"]!);
    }

    [SkippableFact]
    public async Task Adopt_ADraft_IsRefusedWithDanishDetail()
    {
        var api = await ReorganisationApi.SignInAsync(fixture.App, Director);
        var proposal = await api.CreateAsync("Ikke i høring");

        var response = await api.ActAsync(proposal, "adopt");

        await ReorganisationApi.AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity, "Forslaget skal have været i høring, før det kan vedtages.");
    }

    [SkippableFact]
    public async Task AddChange_WithStaleVersion_Is409AndNothingIsSaved()
    {
        var api = await ReorganisationApi.SignInAsync(fixture.App, Director);
        var proposal = await api.CreateAsync("To fanebladet");
        var stale = (long)proposal["version"]!;
        await api.AddChangeAsync(proposal, new { kind = "RenameCentre", centre = "BYC", newName = "Byråds- og Direktionscenter", rationale = "Nyt navn." });

        var response = await api.PostChangeAsync(proposal, new
        {
            kind = "RenameCentre", centre = "HRC", newName = "Personalecenter", rationale = "Nyt navn.", version = stale,
        });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("ændret", (string)(await ReorganisationApi.ReadAsync(response))["detail"]!, StringComparison.Ordinal);
        Assert.Single((await api.GetAsync((string)proposal["id"]!))["changes"]!.AsArray());
    }

    [SkippableTheory]
    [InlineData("laeser")]
    [InlineData("admin")]
    [InlineData("okonomi")]
    public async Task Create_ByOtherThanDirector_Is403(string user)
    {
        var api = await ReorganisationApi.SignInAsync(fixture.App, user);

        var response = await api.Client.PostAsJsonAsync(ReorganisationApi.Base, new { title = "Forsøg", effectiveDate = "2030-01-01" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [SkippableFact]
    public async Task Draft_IsInvisibleToReaders_ButSeenByAdministrators()
    {
        var director = await ReorganisationApi.SignInAsync(fixture.App, Director);
        var proposal = await director.CreateAsync("Fortroligt udkast");
        var id = (string)proposal["id"]!;
        var reader = await ReorganisationApi.SignInAsync(fixture.App, Reader);
        var admin = await ReorganisationApi.SignInAsync(fixture.App, "admin");

        Assert.Equal(HttpStatusCode.NotFound, (await reader.Client.GetAsync($"{ReorganisationApi.Base}/{id}")).StatusCode);
        var readerList = (await reader.Client.GetFromJsonAsync<JsonArray>(ReorganisationApi.Base))!;
        Assert.DoesNotContain(readerList, p => (string)p!["id"]! == id);
        Assert.Equal(HttpStatusCode.OK, (await admin.Client.GetAsync($"{ReorganisationApi.Base}/{id}")).StatusCode);
    }

    [SkippableFact]
    public async Task AddChange_WithBadShape_Is400WithDanishFieldErrors()
    {
        var api = await ReorganisationApi.SignInAsync(fixture.App, Director);
        var proposal = await api.CreateAsync("Forkerte felter");

        var response = await api.PostChangeAsync(proposal, new { kind = "MergeCentres", centres = new[] { "BSC" }, newCode = "b s c", rationale = "" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await ReorganisationApi.ReadAsync(response))["errors"]!;
        Assert.Equal("Vælg mindst to centre, der lægges sammen.", (string)errors["centres"]![0]!);
        Assert.Equal("Koden skal være 1–10 tegn: store bogstaver (A–Å) eller cifre.", (string)errors["newCode"]![0]!);
        Assert.Equal("Angiv navnet på det sammenlagte center.", (string)errors["newName"]![0]!);
    }

    [SkippableFact]
    public async Task Create_WithoutTitleAndDate_Is400WithDanishFieldErrors()
    {
        var api = await ReorganisationApi.SignInAsync(fixture.App, Director);

        var response = await api.Client.PostAsJsonAsync(ReorganisationApi.Base, new { title = " " });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await ReorganisationApi.ReadAsync(response))["errors"]!;
        Assert.Equal("Forslaget skal have en titel.", (string)errors["title"]![0]!);
        Assert.Equal("Angiv den dato, den nye organisation gælder fra.", (string)errors["effectiveDate"]![0]!);
    }

    [SkippableFact]
    public async Task Writes_AreAudited_WithTheDirectorAsActor()
    {
        var api = await ReorganisationApi.SignInAsync(fixture.App, Director);
        var proposal = await api.CreateAsync("Revideret");
        proposal = await api.AddChangeAsync(proposal, new { kind = "MoveUnit", unit = Seed2010.Unit("Indkøb"), toCentre = "BSC", rationale = "Nært borgerservice." });
        var response = await api.Client.PostAsJsonAsync($"{ReorganisationApi.Base}/{proposal["id"]}/projects", new
        {
            name = "Flytning", owner = "Centerchef BSC", dueDate = "2029-12-01", status = "InProgress", version = (long)proposal["version"]!,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var project = Assert.Single((await ReorganisationApi.ReadAsync(response))["projects"]!.AsArray())!;
        Assert.Equal("InProgress", (string)project["status"]!);
        Assert.Equal("2029-12-01", (string)project["dueDate"]!);

        await using var scope = fixture.App.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AdminDbContext>>().CreateDbContextAsync();
        var history = await db.AuditEntries.HistoryOf<ReorganisationProposal>(Guid.Parse((string)proposal["id"]!)).ToListAsync();
        Assert.Equal([AuditAction.Created, AuditAction.Modified, AuditAction.Modified], history.Select(e => e.Action));
        Assert.All(history, e => Assert.Equal(Director, e.UserName));
        Assert.Contains(history[1].ReadChanges(), c => c.Field == "Changes" && c.After!.Contains("MoveUnit", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task MoveAndRemoveChanges_KeepTheOrderAsAsked()
    {
        var api = await ReorganisationApi.SignInAsync(fixture.App, Director);
        var proposal = await api.CreateAsync("Rækkefølge");
        proposal = await api.AddChangeAsync(proposal, new { kind = "RenameCentre", centre = "BYC", newName = "Første", rationale = "A" });
        proposal = await api.AddChangeAsync(proposal, new { kind = "RenameCentre", centre = "HRC", newName = "Anden", rationale = "B" });
        proposal = await api.AddChangeAsync(proposal, new { kind = "RenameCentre", centre = "BSC", newName = "Tredje", rationale = "C" });
        var ids = proposal["changes"]!.AsArray().Select(c => (string)c!["id"]!).ToList();

        var moved = await api.Client.PostAsJsonAsync(
            $"{ReorganisationApi.Base}/{proposal["id"]}/changes/{ids[2]}/move", new { position = 1, version = (long)proposal["version"]! });
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        proposal = await ReorganisationApi.ReadAsync(moved);
        var removed = await api.Client.DeleteAsync($"{ReorganisationApi.Base}/{proposal["id"]}/changes/{ids[0]}?version={proposal["version"]}");
        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);

        var changes = (await ReorganisationApi.ReadAsync(removed))["changes"]!.AsArray();
        Assert.Equal([ids[2], ids[1]], changes.Select(c => (string)c!["id"]!));
        Assert.Equal([1, 2], changes.Select(c => (int)c!["number"]!));
    }

    [SkippableFact]
    public async Task UnknownProposal_Is404WithDanishDetail()
    {
        var api = await ReorganisationApi.SignInAsync(fixture.App, Director);

        var response = await api.Client.GetAsync($"{ReorganisationApi.Base}/{Guid.NewGuid()}");

        await ReorganisationApi.AssertProblemAsync(response, HttpStatusCode.NotFound, "Reorganiseringsforslaget findes ikke.");
    }

    [SkippableFact]
    public async Task EditTitleAndTargets_ThenWithdraw_LocksTheChanges()
    {
        var api = await ReorganisationApi.SignInAsync(fixture.App, Director);
        var proposal = await api.CreateAsync("Første udkast");

        var edited = await api.Client.PutAsJsonAsync($"{ReorganisationApi.Base}/{proposal["id"]}", new
        {
            title = "Andet udkast", purpose = "Klarere formål", effectiveDate = "2031-04-01",
            targetCentreCount = 12, targetYearlySaving = 3_500_000, version = (long)proposal["version"]!,
        });
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        proposal = await ReorganisationApi.ReadAsync(edited);
        Assert.Equal("Andet udkast", (string)proposal["title"]!);
        Assert.Equal("2031-04-01", (string)proposal["effectiveDate"]!);
        Assert.Equal(12, (int)proposal["targetCentreCount"]!);
        Assert.Equal(3_500_000, (long)proposal["targetYearlySaving"]!);

        proposal = await ReorganisationApi.ReadAsync(await api.ActAsync(proposal, "withdraw"));
        Assert.Equal("Withdrawn", (string)proposal["status"]!);
        var refused = await api.PostChangeAsync(proposal, new { kind = "RenameCentre", centre = "BYC", newName = "Nyt", rationale = "R" });

        await ReorganisationApi.AssertProblemAsync(refused, HttpStatusCode.UnprocessableEntity, "Forslaget er trukket tilbage og kan ikke længere ændres.");
    }

    [SkippableFact]
    public async Task Projects_CanBeEditedAndRemoved()
    {
        var api = await ReorganisationApi.SignInAsync(fixture.App, Director);
        var proposal = await api.CreateAsync("Med projekter");
        var added = await api.Client.PostAsJsonAsync($"{ReorganisationApi.Base}/{proposal["id"]}/projects", new
        {
            name = "Kommunikation", version = (long)proposal["version"]!,
        });
        proposal = await ReorganisationApi.ReadAsync(added);
        var projectId = (string)proposal["projects"]![0]!["id"]!;

        var updated = await api.Client.PutAsJsonAsync($"{ReorganisationApi.Base}/{proposal["id"]}/projects/{projectId}", new
        {
            name = "Kommunikation og åbenhed", owner = "Byrådscentret", dueDate = "2030-09-30", status = "Done", version = (long)proposal["version"]!,
        });
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        proposal = await ReorganisationApi.ReadAsync(updated);
        var project = proposal["projects"]![0]!;
        Assert.Equal("Kommunikation og åbenhed", (string)project["name"]!);
        Assert.Equal("Byrådscentret", (string)project["owner"]!);
        Assert.Equal("Done", (string)project["status"]!);

        var unknown = await api.Client.DeleteAsync($"{ReorganisationApi.Base}/{proposal["id"]}/projects/{Guid.NewGuid()}?version={proposal["version"]}");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var removed = await api.Client.DeleteAsync($"{ReorganisationApi.Base}/{proposal["id"]}/projects/{projectId}?version={proposal["version"]}");
        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        Assert.Empty((await ReorganisationApi.ReadAsync(removed))["projects"]!.AsArray());
    }

    // Without "version" a write is bad input naming the field, not a 409 "changed by someone else".
    [SkippableFact]
    public async Task Writes_WithoutVersion_Are400NamingTheVersionField_AndChangeNothing()
    {
        var api = await ReorganisationApi.SignInAsync(fixture.App, Director);
        var proposal = await api.CreateAsync("Uden version");
        var id = (string)proposal["id"]!;
        var change = new { kind = "RenameCentre", centre = "HRC", newName = "Personalecenter", rationale = "Kortere navn." };

        HttpResponseMessage[] answers =
        [
            await api.Client.PutAsJsonAsync($"{ReorganisationApi.Base}/{id}", new { title = "Nyt navn", purpose = "", effectiveDate = "2030-01-01" }),
            await api.Client.PostAsJsonAsync($"{ReorganisationApi.Base}/{id}/changes", change),
            await api.Client.PostAsJsonAsync($"{ReorganisationApi.Base}/{id}/projects", new { name = "Kommunikation", status = "NotStarted" }),
            await api.Client.PostAsJsonAsync($"{ReorganisationApi.Base}/{id}/hearing", new { }),
        ];

        foreach (var answer in answers)
        {
            Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
            var errors = (await ReorganisationApi.ReadAsync(answer))["errors"]!.AsObject();
            Assert.Equal(ReorganisationService.MissingVersionMessage, (string)errors["version"]![0]!);
        }

        var after = await api.GetAsync(id);
        Assert.Equal((long)proposal["version"]!, (long)after["version"]!);
        Assert.Equal("Uden version", (string)after["title"]!);
        Assert.Empty(after["changes"]!.AsArray());
    }
}

public sealed class ReorganisationApiTestsOnSqlite(SqliteAppFixture fixture)
    : ReorganisationApiTests<SqliteAppFixture>(fixture), IClassFixture<SqliteAppFixture>;

public sealed class ReorganisationApiTestsOnPostgreSql(PostgreSqlAppFixture fixture)
    : ReorganisationApiTests<PostgreSqlAppFixture>(fixture), IClassFixture<PostgreSqlAppFixture>;
