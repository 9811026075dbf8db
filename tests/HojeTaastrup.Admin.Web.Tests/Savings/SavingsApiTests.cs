using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using HojeTaastrup.Admin.Data.Auditing;
using HojeTaastrup.Admin.Data.Demo;
using HojeTaastrup.Admin.Domain.Savings;
using HojeTaastrup.Admin.Web.Features.Audit;
using HojeTaastrup.Admin.Web.Features.Savings;
using HojeTaastrup.Admin.Web.Resources;
using HojeTaastrup.Admin.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HojeTaastrup.Admin.Web.Tests.Savings;

// Programmes and proposals through the HTTP API, raw JSON in and out. Each test makes a programme of its own:
//
//   programme "…" 2021–2024, target 37 mio. kr. a year, tracks Organisationssporet and Servicesporet
//     A1  ØAC  2 mio. kr. full year, half in 2021 (phase-in)     →  2021: 1 mio. kr., 2022–2024: 2 mio. kr.
//     A2  ØAC  xx mio. kr. in 2021                                →  counted as unknown, never as zero
public abstract class SavingsApiTests<TFixture>(TFixture fixture)
    where TFixture : AppFixture
{
    private const string Director = "direktor";
    private const string Finance = "okonomi";
    private const string Reader = "laeser";

    [SkippableFact]
    public async Task CreateProgrammeAndProposals_WithPhasedAndUnknownAmounts_TotalsShowKnownSumAndOneUnknown()
    {
        var director = await SavingsApi.SignInAsync(fixture.App, Director);
        var programme = await director.CreateProgrammeAsync("Udmøntning");
        var phased = await director.Client.PostAsJsonAsync(
            $"{SavingsApi.Programmes}/{programme["id"]}/phase-in", new { fullYearEffect = 2_000_000, startYear = 2021 });
        Assert.Equal(HttpStatusCode.OK, phased.StatusCode);
        var amounts = (await phased.Content.ReadFromJsonAsync<JsonArray>())!;
        Assert.Equal([1_000_000L, 2_000_000L, 2_000_000L, 2_000_000L], amounts.Select(a => (long)a!["amount"]!));

        var a1 = await director.CreateProposalAsync(programme, SavingsApi.Proposal("A1", [.. amounts.Select(a => (object)a!)]));
        await director.CreateProposalAsync(programme, SavingsApi.Proposal("A2", new { year = 2021, amount = (long?)null }));

        Assert.Equal("Draft", (string)a1["status"]!);
        Assert.Equal("Økonomi- og Analysecenter", (string)a1["ownerCentreName"]!);
        Assert.Equal(["1 mio. kr.", "2 mio. kr.", "2 mio. kr.", "2 mio. kr."], a1["amounts"]!.AsArray().Select(a => (string)a!["text"]!));
        var got = await director.GetProgrammeAsync(programme);
        Assert.Equal(["A1", "A2"], got["proposals"]!.AsArray().Select(p => (string)p!["number"]!));
        var y2021 = got["totals"]!.AsArray().Single(t => (int)t!["year"]! == 2021)!;
        Assert.Equal(37_000_000, (long)y2021["target"]!);
        Assert.Equal(1_000_000, (long)y2021["knownSum"]!);
        Assert.Equal(1, (int)y2021["unknownCount"]!);
        Assert.Equal(0, (int)y2021["uncertainCount"]!);
        Assert.Equal(36_000_000, (long)y2021["gap"]!);
        var y2022 = got["totals"]!.AsArray().Single(t => (int)t!["year"]! == 2022)!;
        Assert.Equal(0, (int)y2022["unknownCount"]!);
        Assert.Equal(7_000_000, (long)got["total"]!["knownSum"]!);
        Assert.Equal(148_000_000, (long)got["total"]!["target"]!);
    }

    [SkippableFact]
    public async Task AlternativeAndUncertainAmounts_AreShownBeside_NotAdded()
    {
        var director = await SavingsApi.SignInAsync(fixture.App, Director);
        var programme = await director.CreateProgrammeAsync("Alternativer");
        var freeze = await director.CreateProposalAsync(programme, SavingsApi.Proposal(
            "2", new { year = 2021, amount = 3_500_000, alternative = 5_500_000 }));
        await director.CreateProposalAsync(programme, SavingsApi.Proposal("3", new { year = 2021, amount = 6_000_000, uncertain = true }));

        Assert.Equal("3,5 (5,5) mio. kr.", (string)freeze["amounts"]![0]!["text"]!);
        var y2021 = (await director.GetProgrammeAsync(programme))["totals"]![0]!;
        Assert.Equal(9_500_000, (long)y2021["knownSum"]!);
        Assert.Equal(1, (int)y2021["uncertainCount"]!);
        Assert.Equal(1, (int)y2021["alternativeCount"]!);
        Assert.Equal(11_500_000, (long)y2021["withAlternatives"]!);
    }

    [SkippableFact]
    public async Task BadProposals_Are400WithDanishFieldErrors_AndNothingIsSaved()
    {
        var director = await SavingsApi.SignInAsync(fixture.App, Director);
        var programme = await director.CreateProgrammeAsync("Forkert input");
        await director.CreateProposalAsync(programme, SavingsApi.Proposal("A1", new { year = 2021, amount = 1_000_000 }));

        var negative = await SavingsApi.ErrorsAsync(await director.PostProposalAsync(programme, SavingsApi.Proposal("B1", new { year = 2021, amount = -5 })));
        var outside = await SavingsApi.ErrorsAsync(await director.PostProposalAsync(programme, SavingsApi.Proposal(
            "B2", new { year = 2021, amount = 1 }, new { year = 2030, amount = 1 })));
        var duplicate = await SavingsApi.ErrorsAsync(await director.PostProposalAsync(programme, SavingsApi.Proposal(" a1 ", new { year = 2021, amount = 1 })));
        var twice = await SavingsApi.ErrorsAsync(await director.PostProposalAsync(programme, SavingsApi.Proposal(
            "B3", new { year = 2022, amount = 1 }, new { year = 2022, amount = 2 })));
        var untitled = SavingsApi.Proposal("B4");
        untitled["title"] = " ";
        untitled["ownerCentre"] = "XYZ";
        untitled["milestones"] = new[] { new { date = "2021-02-01", text = "" } };
        var missing = await SavingsApi.ErrorsAsync(await director.PostProposalAsync(programme, untitled));

        Assert.Equal("Et beløb kan ikke være negativt.", (string)negative["amounts[0].amount"]![0]!);
        Assert.Equal("Budgetåret 2030 ligger uden for programmets år 2021–2024.", (string)outside["amounts[1].year"]![0]!);
        Assert.Equal("Nummeret a1 er allerede brugt af et andet forslag i programmet.", (string)duplicate["number"]![0]!);
        Assert.Equal("Budgetåret 2022 står to gange; et forslag har ét beløb pr. år.", (string)twice["amounts[1].year"]![0]!);
        Assert.Equal("Forslaget skal have en titel.", (string)missing["title"]![0]!);
        Assert.Equal("Skriv, hvad milepælen går ud på.", (string)missing["milestones[0].text"]![0]!);
        var programmeAfter = await director.GetProgrammeAsync(programme);
        Assert.Equal(["A1"], programmeAfter["proposals"]!.AsArray().Select(p => (string)p!["number"]!));
        Assert.Equal((long)programme["version"]!, (long)programmeAfter["version"]!);
    }

    [SkippableFact]
    public async Task UnknownOwnerCentreTrackAndReorganisation_Are400AtTheirFields()
    {
        var director = await SavingsApi.SignInAsync(fixture.App, Director);
        var programme = await director.CreateProgrammeAsync("Ukendte");
        var body = SavingsApi.Proposal("C1", new { year = 2021, amount = 1 });
        body["ownerCentre"] = "XYZ";
        body["track"] = "Teknologisporet";
        body["reorganisation"] = Guid.NewGuid();

        var errors = await SavingsApi.ErrorsAsync(await director.PostProposalAsync(programme, body));

        Assert.Equal("Centret XYZ findes ikke i den organisation, der gælder i dag.", (string)errors["ownerCentre"]![0]!);
        Assert.Equal("Programmet har ikke sporet \"Teknologisporet\".", (string)errors["track"]![0]!);
        Assert.Equal("Reorganiseringsforslaget findes ikke eller er trukket tilbage.", (string)errors["reorganisation"]![0]!);
    }

    [SkippableFact]
    public async Task Programme_WithBadTargets_Is400_AndWithoutVersionOnEdit_Is400()
    {
        var finance = await SavingsApi.SignInAsync(fixture.App, Finance);
        var bad = await finance.Client.PostAsJsonAsync(SavingsApi.Programmes, new
        {
            name = "",
            firstYear = 2019,
            lastYear = 2019,
            targets = new object[] { new { year = 2019, amount = -1 }, new { year = 2020, amount = 1 } },
            tracks = new[] { "Spor", "spor" },
        });
        var errors = await SavingsApi.ErrorsAsync(bad);
        Assert.Equal("Programmet skal have et navn.", (string)errors["name"]![0]!);
        Assert.Equal("Et mål kan ikke være negativt.", (string)errors["targets[0].amount"]![0]!);
        Assert.Equal("Budgetåret 2020 ligger uden for programmets år 2019–2019.", (string)errors["targets[1].year"]![0]!);
        Assert.Equal("Sporet \"spor\" står to gange.", (string)errors["tracks[1]"]![0]!);

        var programme = await finance.CreateProgrammeAsync("Uden version");
        var edit = await finance.Client.PutAsJsonAsync($"{SavingsApi.Programmes}/{programme["id"]}", new
        {
            name = "Nyt navn", targets = new[] { new { year = 2021, amount = 1 } }, tracks = Array.Empty<string>(),
        });
        Assert.Equal(SavingsService.MissingVersionMessage, (string)(await SavingsApi.ErrorsAsync(edit))["version"]![0]!);
    }

    [SkippableFact]
    public async Task ProposalEdit_WithoutVersion_Is400_AndWithAStaleOne_Is409_AndNothingIsSaved()
    {
        var director = await SavingsApi.SignInAsync(fixture.App, Director);
        var programme = await director.CreateProgrammeAsync("Versioner");
        var proposal = await director.CreateProposalAsync(programme, SavingsApi.Proposal("V1", new { year = 2021, amount = 1_000_000 }));
        var first = SavingsApi.EditBody(proposal);
        first["title"] = "Første ændring";
        Assert.Equal(HttpStatusCode.OK, (await director.PutProposalAsync(proposal, first)).StatusCode);

        var stale = SavingsApi.EditBody(proposal);
        stale["title"] = "Anden ændring på et gammelt grundlag";
        var conflict = await director.PutProposalAsync(proposal, stale);
        var noVersion = SavingsApi.EditBody(proposal);
        noVersion.Remove("version");
        var missing = await director.PutProposalAsync(proposal, noVersion);
        var staleStatus = await director.ChangeStatusAsync(proposal, "InHearing");

        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, staleStatus.StatusCode);
        Assert.Equal(SavingsService.MissingVersionMessage, (string)(await SavingsApi.ErrorsAsync(missing))["version"]![0]!);
        var after = await director.GetProposalAsync(proposal);
        Assert.Equal("Første ændring", (string)after["title"]!);
        Assert.Equal("Draft", (string)after["status"]!);
    }

    [SkippableTheory]
    [InlineData(Reader)]
    [InlineData("med")]
    [InlineData("admin")]
    public async Task Writes_ByThoseWhoMayNot_Are403(string user)
    {
        var director = await SavingsApi.SignInAsync(fixture.App, Director);
        var programme = await director.CreateProgrammeAsync("Roller");
        var proposal = await director.CreateProposalAsync(programme, SavingsApi.Proposal("R1", new { year = 2021, amount = 1 }));
        var other = await SavingsApi.SignInAsync(fixture.App, user);

        var body = SavingsApi.Proposal("R2", new { year = 2021, amount = 1 });
        HttpResponseMessage[] answers =
        [
            await other.Client.PostAsJsonAsync(SavingsApi.Programmes, new { name = "Forsøg", targets = new[] { new { year = 2021, amount = 1 } } }),
            await other.Client.PutAsJsonAsync($"{SavingsApi.Programmes}/{programme["id"]}", new { name = "Forsøg", version = 1 }),
            await other.PostProposalAsync(programme, body),
            await other.PutProposalAsync(proposal, SavingsApi.EditBody(proposal)),
            await other.ChangeStatusAsync(proposal, "InHearing"),
        ];

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Forbidden, a.StatusCode));
        Assert.Single((await director.GetProgrammeAsync(programme))["proposals"]!.AsArray());
    }

    [SkippableFact]
    public async Task Finance_WritesProgrammes_ButNotProposals()
    {
        var finance = await SavingsApi.SignInAsync(fixture.App, Finance);
        var programme = await finance.CreateProgrammeAsync("Økonomi");

        var proposal = await finance.PostProposalAsync(programme, SavingsApi.Proposal("F1", new { year = 2021, amount = 1 }));
        var edit = await finance.Client.PutAsJsonAsync($"{SavingsApi.Programmes}/{programme["id"]}", new
        {
            name = "Økonomi, rettet",
            targets = new[] { new { year = 2021, amount = 40_000_000 } },
            lastYear = 2024,
            tracks = new[] { "Organisationssporet" },
            version = (long)programme["version"]!,
        });

        Assert.Equal(HttpStatusCode.Forbidden, proposal.StatusCode);
        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        var edited = await SavingsApi.ReadAsync(edit);
        Assert.Equal("Økonomi, rettet", (string)edited["name"]!);
        Assert.Equal(2024, (int)edited["lastYear"]!);
        Assert.Null(edited["totals"]![1]!["target"]);
    }

    [SkippableFact]
    public async Task Drafts_AreHiddenFromReaders_ButNotFromFinance()
    {
        var director = await SavingsApi.SignInAsync(fixture.App, Director);
        var programme = await director.CreateProgrammeAsync("Udkast");
        var draft = await director.CreateProposalAsync(programme, SavingsApi.Proposal("D1", new { year = 2021, amount = 1_000_000 }));
        var heard = await director.CreateProposalAsync(programme, SavingsApi.Proposal("D2", new { year = 2021, amount = 2_000_000 }));
        heard = await director.MoveAsync(heard, "InHearing");
        var reader = await SavingsApi.SignInAsync(fixture.App, Reader);
        var finance = await SavingsApi.SignInAsync(fixture.App, Finance);

        Assert.Equal(HttpStatusCode.NotFound, (await reader.Client.GetAsync($"{SavingsApi.Proposals}/{draft["id"]}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reader.Client.GetAsync($"{SavingsApi.Proposals}/{heard["id"]}")).StatusCode);
        var readersProgramme = await reader.GetProgrammeAsync(programme);
        Assert.Equal(["D2"], readersProgramme["proposals"]!.AsArray().Select(p => (string)p!["number"]!));
        Assert.Equal(2_000_000, (long)readersProgramme["totals"]![0]!["knownSum"]!);
        var readersCatalogue = await reader.GetAsync($"{SavingsApi.Proposals}?programme={programme["id"]}");
        Assert.Equal(1, (int)readersCatalogue["totalCount"]!);
        var readersList = (await reader.Client.GetFromJsonAsync<JsonArray>(SavingsApi.Programmes))!;
        Assert.Equal(1, (int)readersList.Single(p => (string)p!["id"]! == (string)programme["id"]!)!["proposalCount"]!);
        Assert.Equal(HttpStatusCode.OK, (await finance.Client.GetAsync($"{SavingsApi.Proposals}/{draft["id"]}")).StatusCode);
        Assert.Equal(2, (await finance.GetProgrammeAsync(programme))["proposals"]!.AsArray().Count);
    }

    [SkippableFact]
    public async Task RefusedTransitions_Are422WithTheirCodes()
    {
        var director = await SavingsApi.SignInAsync(fixture.App, Director);
        var programme = await director.CreateProgrammeAsync("Overgange");
        var proposal = await director.CreateProposalAsync(programme, SavingsApi.Proposal("T1", new { year = 2021, amount = (long?)null }));
        var empty = await director.CreateProposalAsync(programme, SavingsApi.Proposal("T2"));

        await SavingsApi.AssertRefusedAsync(await director.ChangeStatusAsync(proposal, "Adopted"), SavingsRefusals.TransitionCode);
        await SavingsApi.AssertRefusedAsync(await director.ChangeStatusAsync(empty, "InHearing"), SavingsRefusals.NoAmountsCode);
        proposal = await director.MoveAsync(proposal, "InHearing");
        await SavingsApi.AssertRefusedAsync(await director.ChangeStatusAsync(proposal, "Rejected"), SavingsRefusals.StatusReasonCode);
        var bad = await director.Client.PostAsJsonAsync($"{SavingsApi.Proposals}/{proposal["id"]}/status", new { status = "Vedtaget", version = (long)proposal["version"]! });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);

        proposal = await director.MoveAsync(proposal, "Postponed", "Afventer budgetforliget.");
        Assert.Equal("Postponed", (string)proposal["status"]!);
        var change = Assert.Single(proposal["statusHistory"]!.AsArray(), s => (string)s!["to"]! == "Postponed")!;
        Assert.Equal("Afventer budgetforliget.", (string)change["reason"]!);
        Assert.Equal(["InHearing", "Adopted", "Rejected"], proposal["nextStatuses"]!.AsArray().Select(s => (string)s!["status"]!));
        Assert.True((bool)proposal["nextStatuses"]![2]!["needsReason"]!);
        Assert.Null(proposal["nextStatuses"]![0]!["refusal"]);
    }

    [SkippableFact]
    public async Task EditAfterDraft_WithoutReason_Is422_AndWithReason_KeepsTheEarlierVersionWithItsDifferences()
    {
        var director = await SavingsApi.SignInAsync(fixture.App, Director);
        var programme = await director.CreateProgrammeAsync("Revisioner");
        var proposal = await director.CreateProposalAsync(programme, SavingsApi.Proposal("E1", new { year = 2021, amount = (long?)null }));
        proposal = await director.MoveAsync(proposal, "InHearing");
        var body = SavingsApi.EditBody(proposal);
        body["amounts"] = new[] { new { year = 2021, amount = 3_500_000, alternative = 5_500_000 } };

        await SavingsApi.AssertRefusedAsync(await director.PutProposalAsync(proposal, body), SavingsRefusals.ReasonRequiredCode);
        body["reason"] = "Beløbet er kvalificeret efter høringen.";
        var edited = await director.PutProposalAsync(proposal, body);

        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        var after = await director.GetProposalAsync(await SavingsApi.ReadAsync(edited));
        Assert.Equal(2, (int)after["currentRevision"]!);
        var revision = Assert.Single(after["revisions"]!.AsArray())!;
        Assert.Equal(1, (int)revision["number"]!);
        Assert.Equal("Beløbet er kvalificeret efter høringen.", (string)revision["reason"]!);
        Assert.Equal("Dorthe Direktør", (string)revision["replacedBy"]!);
        var difference = Assert.Single(revision["differences"]!.AsArray())!;
        Assert.Equal("Beløb 2021", (string)difference["field"]!);
        Assert.Equal("xx mio. kr.", (string)difference["before"]!);
        Assert.Equal("3,5 (5,5) mio. kr.", (string)difference["after"]!);
        Assert.True((bool)after["editNeedsReason"]!);
    }

    [SkippableFact]
    public async Task Catalogue_FiltersSortsAndPages_WithTotalsForAllFilteredRows()
    {
        var director = await SavingsApi.SignInAsync(fixture.App, Director);
        var programme = await director.CreateProgrammeAsync("Katalog");
        var unknown = SavingsApi.Proposal("K1", new { year = 2021, amount = (long?)null }, new { year = 2022, amount = 4_000_000 });
        unknown["track"] = "servicesporet";
        unknown["milestones"] = new[] { new { date = "2021-02-01", text = "Udkast til kommissorium" } };
        await director.CreateProposalAsync(programme, unknown);
        var k2 = await director.CreateProposalAsync(programme, SavingsApi.Proposal("K2", new { year = 2021, amount = 1_000_000 }));
        await director.MoveAsync(k2, "InHearing");
        var k10 = SavingsApi.Proposal("K10", new { year = 2021, amount = 2_000_000 });
        k10["ownerCentre"] = "hrc";
        k10["category"] = "CitizenFacing";
        await director.CreateProposalAsync(programme, k10);
        var id = (string)programme["id"]!;

        var all = await director.GetAsync($"{SavingsApi.Proposals}?programme={id}&pageSize=2");
        var withUnknown = await director.GetAsync($"{SavingsApi.Proposals}?programme={id}&hasUnknownAmounts=true");
        var heard = await director.GetAsync($"{SavingsApi.Proposals}?programme={id}&statuses=InHearing&statuses=Adopted");
        var hrc = await director.GetAsync($"{SavingsApi.Proposals}?programme={id}&ownerCentre=HRC&category=CitizenFacing");
        var overdue = await director.GetAsync($"{SavingsApi.Proposals}?programme={id}&hasOverdueMilestones=true&track=Servicesporet&year=2022");
        var byAmount = await director.GetAsync($"{SavingsApi.Proposals}?programme={id}&sortBy=amount:2021&descending=true&page=0&pageSize=200");
        var badQuery = await director.Client.GetAsync($"{SavingsApi.Proposals}?pageSize=500&sortBy=colour");

        Assert.Equal(3, (int)all["totalCount"]!);
        Assert.Equal(["K1", "K2"], Numbers(all));
        Assert.Equal([2021, 2022, 2023, 2024], all["years"]!.AsArray().Select(y => (int)y!));
        var all2021 = all["totals"]![0]!;
        Assert.Equal(3_000_000, (long)all2021["knownSum"]!);
        Assert.Equal(1, (int)all2021["unknownCount"]!);
        Assert.Equal(34_000_000, (long)all2021["gap"]!);
        Assert.Equal(7_000_000, (long)all["total"]!["knownSum"]!);
        Assert.Equal(["K1"], Numbers(withUnknown));
        Assert.Equal(0, (long)withUnknown["totals"]![0]!["knownSum"]!);
        Assert.Equal(1, (int)withUnknown["totals"]![0]!["unknownCount"]!);
        Assert.Equal(["K2"], Numbers(heard));
        Assert.Equal(1_000_000, (long)heard["total"]!["knownSum"]!);
        Assert.Equal(["K10"], Numbers(hrc));
        Assert.Equal("HR-center", (string)hrc["rows"]![0]!["ownerCentreName"]!);
        Assert.Equal(["K1"], Numbers(overdue));
        Assert.Equal(1, (int)overdue["rows"]![0]!["overdueMilestones"]!);
        Assert.Equal("Servicesporet", (string)overdue["rows"]![0]!["track"]!);
        Assert.Equal(["K10", "K2", "K1"], Numbers(byAmount));
        var errors = await SavingsApi.ErrorsAsync(badQuery);
        Assert.True(errors.ContainsKey("pageSize"));
        Assert.True(errors.ContainsKey("sortBy"));
    }

    [SkippableFact]
    public async Task Proposal_LinkedToTheDemoReorganisation_ShowsItsTitle()
    {
        var director = await SavingsApi.SignInAsync(fixture.App, Director);
        var reorganisations = (await director.Client.GetFromJsonAsync<JsonArray>("/api/v1/reorganisations"))!;
        var demo = reorganisations.Single(r => (string)r!["title"]! == Seed2010.Title)!;
        var programme = await director.CreateProgrammeAsync("Reorganisering");
        var body = SavingsApi.Proposal("L1", new { year = 2021, amount = 25_000_000 });
        body["reorganisation"] = (string)demo["id"]!;

        var proposal = await director.CreateProposalAsync(programme, body);

        Assert.Equal(Seed2010.Title, (string)proposal["reorganisation"]!["title"]!);
        Assert.Equal("25 mio. kr.", (string)proposal["amounts"]![0]!["text"]!);
    }

    [SkippableFact]
    public async Task History_ShowsAmountsAsMoneyAndStatusesInDanish()
    {
        var director = await SavingsApi.SignInAsync(fixture.App, Director);
        var programme = await director.CreateProgrammeAsync("Historik");
        var proposal = await director.CreateProposalAsync(programme, SavingsApi.Proposal("H1", new { year = 2021, amount = (long?)null }));
        proposal = await director.MoveAsync(proposal, "InHearing");
        var body = SavingsApi.EditBody(proposal);
        body["amounts"] = new[] { new { year = 2021, amount = 3_500_000, alternative = 5_500_000 } };
        body["reason"] = "Kvalificeret.";
        Assert.Equal(HttpStatusCode.OK, (await director.PutProposalAsync(proposal, body)).StatusCode);

        var api = await director.Client.GetAsync($"/api/v1/audit?entity={nameof(SavingsProposal)}&id={proposal["id"]}");
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        await using var db = await fixture.CreateDbContextAsync();
        var history = await db.AuditEntries.HistoryOf<SavingsProposal>(Guid.Parse((string)proposal["id"]!)).ToListAsync();
        Assert.Equal([AuditAction.Created, AuditAction.Modified, AuditAction.Modified], history.Select(e => e.Action));
        using var danish = new CultureScope("da-DK");
        var lines = history.Select(e => AuditDisplay.Describe(e.ReadChanges(), TestText.For<AuditText>(), CultureInfo.GetCultureInfo("da-DK"))).ToList();
        Assert.Contains(new AuditLine("Status", "Udkast", "I høring"), lines[1]);
        Assert.Contains(new AuditLine("Beløb pr. år", "2021: xx mio. kr.", "2021: 3,5 (5,5) mio. kr."), lines[2]);
        // Only what changed: the edit replaced the amounts, not the milestones or the title.
        Assert.DoesNotContain(lines[2], l => l.Field is "Titel" or "Milepæle");
    }

    [SkippableFact]
    public async Task DemoProgrammes_AreSeeded_AndTheReorganisationsSavingIsLinkedToIt()
    {
        var reader = await SavingsApi.SignInAsync(fixture.App, Reader);

        var programmes = (await reader.Client.GetFromJsonAsync<JsonArray>(SavingsApi.Programmes))!;
        var slagelse = programmes.Single(p => (string)p!["name"]! == SeedSlagelse2020.Name)!.AsObject();
        var nyNy = programmes.Single(p => (string)p!["name"]! == SeedNyNy2017.Name)!.AsObject();
        var linked = programmes.Single(p => (string)p!["name"]! == SeedReorganisationSaving2010.Name)!.AsObject();

        Assert.Equal(10, (int)slagelse["proposalCount"]!);
        var y2021 = (await reader.GetProgrammeAsync(slagelse))["totals"]![0]!;
        Assert.Equal(15_500_000, (long)y2021["knownSum"]!);
        Assert.Equal(4, (int)y2021["unknownCount"]!);
        var y2019 = (await reader.GetProgrammeAsync(nyNy))["totals"]!.AsArray().Single(t => (int)t!["year"]! == 2019)!;
        Assert.Equal(13_400_000, (long)y2019["target"]!);
        var proposalId = (string)(await reader.GetProgrammeAsync(linked))["proposals"]![0]!["id"]!;
        var proposal = await reader.GetAsync($"{SavingsApi.Proposals}/{proposalId}");
        Assert.Equal(Seed2010.Title, (string)proposal["reorganisation"]!["title"]!);
    }

    private static List<string> Numbers(JsonObject page) => page["rows"]!.AsArray().Select(r => (string)r!["number"]!).ToList();
}

public sealed class SavingsApiTestsOnSqlite(SqliteAppFixture fixture)
    : SavingsApiTests<SqliteAppFixture>(fixture), IClassFixture<SqliteAppFixture>;

public sealed class SavingsApiTestsOnPostgreSql(PostgreSqlAppFixture fixture)
    : SavingsApiTests<PostgreSqlAppFixture>(fixture), IClassFixture<PostgreSqlAppFixture>;
