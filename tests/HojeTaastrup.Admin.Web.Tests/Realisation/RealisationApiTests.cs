using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using HojeTaastrup.Admin.Web.Infrastructure.Spreadsheets;
using HojeTaastrup.Admin.Web.Tests.Infrastructure;
using HojeTaastrup.Admin.Web.Tests.Savings;

namespace HojeTaastrup.Admin.Web.Tests.Realisation;

// The realisation API with raw JSON and raw files: figures (gap, over-realisation, cover measures), entries, the
// baseline and its re-baselines, follow-ups, import all or nothing, roles. Each test has a programme of its own.
public abstract class RealisationApiTests<TFixture>(TFixture fixture)
    where TFixture : AppFixture
{
    private const string Director = "direktor";
    private const string Finance = "okonomi";
    private const string Reader = "laeser";

    static RealisationApiTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [SkippableFact]
    public async Task Realisation_GapCoverMeasureAndOverRealisation_AreTheFiguresOfTheEntries()
    {
        var programme = await RealisationProgramme.CreateAsync(fixture, "Tal");
        using var finance = await fixture.App.CreateApiClientAsync(Finance);
        using var director = await fixture.App.CreateApiClientAsync(Director);

        await RecordAsync(finance, programme.A, """{ "year": 2017, "amount": 1000000, "date": "2017-06-30", "note": "Løn 1. halvår" }""");
        await RecordAsync(finance, programme.A, """{ "year": 2017, "amount": 700000, "date": "2017-12-31", "note": null }""");
        await RecordAsync(finance, programme.B, """{ "year": 2020, "amount": 15000000, "date": "2020-12-31", "note": "Borgerkontakt" }""");
        var cover = await PostAsync(director, $"/api/v1/programmes/{programme.Id}/cover-measures",
            """{ "title": "Ansættelsesstop i administrative funktioner", "year": 2017, "amount": 1400000, "note": "1. budgetopfølgning" }""");
        Assert.Equal(HttpStatusCode.Created, cover.StatusCode);

        var realisation = await GetAsync(finance, programme.Realisation);

        var y2017 = RealisationProgramme.Year(realisation, 2017);
        Assert.Equal(3_100_000, (long)y2017["target"]!);
        Assert.Equal(1_700_000, (long)y2017["planned"]!);
        Assert.Equal(1_700_000, (long)y2017["realised"]!);
        Assert.Equal(1_400_000, (long)y2017["gap"]!);
        Assert.False((bool)y2017["overRealised"]!);
        Assert.Equal(1_400_000, (long)y2017["coverOutstanding"]!);
        Assert.Equal(0, (long)y2017["uncovered"]!);
        Assert.Equal("Ansættelsesstop i administrative funktioner", (string)y2017["coverMeasures"]![0]!["title"]!);
        var y2020 = RealisationProgramme.Year(realisation, 2020);
        Assert.Equal(13_400_000, (long)y2020["planned"]!); // B's uncertain 1,4 counts; the draft C does not
        Assert.Equal(15_000_000, (long)y2020["realised"]!);
        Assert.Equal(-1_600_000, (long)y2020["gap"]!);
        Assert.True((bool)y2020["overRealised"]!);
        Assert.DoesNotContain(realisation["proposals"]!.AsArray(), p => (string)p!["number"]! == "C");

        // The cover measure's own realisation closes the gap.
        var measure = realisation["coverMeasures"]![0]!;
        var realised = await finance.PutAsync($"/api/v1/cover-measures/{measure["id"]}/realised", Json($$"""{ "amount": 1400000, "version": {{measure["version"]}} }"""));
        Assert.Equal(HttpStatusCode.OK, realised.StatusCode);
        Assert.Equal(0, (long)RealisationProgramme.Year(await GetAsync(finance, programme.Realisation), 2017)["gap"]!);
    }

    [SkippableFact]
    public async Task Adoption_LocksTheBaseline_AndARebaselineNeedsAReason_AndStaysVisible()
    {
        var programme = await RealisationProgramme.CreateAsync(fixture, "Baseline");
        using var finance = await fixture.App.CreateApiClientAsync(Finance);
        var path = $"/api/v1/proposals/{programme.A["id"]}/realisation";

        var locked = await GetAsync(finance, path);
        var noReason = await PostAsync(finance, $"{path}/rebaseline", $$"""{ "year": 2017, "amount": 2200000, "reason": "", "version": {{locked["version"]}} }""");
        var moved = await PostAsync(finance, $"{path}/rebaseline", $$"""{ "year": 2017, "amount": 1200000, "reason": "Fusionen blev udskudt", "version": {{locked["version"]}} }""");
        var stale = await PostAsync(finance, $"{path}/rebaseline", $$"""{ "year": 2020, "amount": 1, "reason": "Igen", "version": {{locked["version"]}} }""");

        Assert.True((bool)locked["baselined"]!);
        Assert.Equal(1_700_000, (long)locked["years"]!.AsArray().Single(y => (int)y!["year"]! == 2017)!["planned"]!);
        Assert.True((await SavingsApi.ErrorsAsync(noReason)).ContainsKey("reason"));
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        var after = await SavingsApi.ReadAsync(moved);
        var rebaseline = after["rebaselines"]![0]!;
        Assert.Equal((1_700_000L, 1_200_000L, "Fusionen blev udskudt"), ((long)rebaseline["before"]!, (long)rebaseline["after"]!, (string)rebaseline["reason"]!));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(1_200_000, (long)RealisationProgramme.Year(await GetAsync(finance, programme.Realisation), 2017)["planned"]!);
    }

    [SkippableFact]
    public async Task Record_BadInput_Is400PerField_AndADraftIs422()
    {
        var programme = await RealisationProgramme.CreateAsync(fixture, "Fejl");
        using var finance = await fixture.App.CreateApiClientAsync(Finance);

        var negative = await PostAsync(finance, RealisationProgramme.Entries(programme.A), """{ "year": 2017, "amount": -5000, "date": "2017-06-30" }""");
        var outside = await PostAsync(finance, RealisationProgramme.Entries(programme.A), """{ "year": 2030, "amount": 5000, "date": "2030-01-01" }""");
        var future = await PostAsync(finance, RealisationProgramme.Entries(programme.A), """{ "year": 2020, "amount": 5000, "date": "2099-01-01" }""");
        var correction = await PostAsync(finance, RealisationProgramme.Entries(programme.A), """{ "year": 2017, "amount": -5000, "date": "2017-07-01", "correction": true }""");
        var draft = await PostAsync(finance, RealisationProgramme.Entries(programme.C), """{ "year": 2020, "amount": 5000, "date": "2020-06-30" }""");

        Assert.True((await SavingsApi.ErrorsAsync(negative)).ContainsKey("amount"));
        Assert.True((await SavingsApi.ErrorsAsync(outside)).ContainsKey("year"));
        Assert.True((await SavingsApi.ErrorsAsync(future)).ContainsKey("date"));
        Assert.Equal(HttpStatusCode.Created, correction.StatusCode);
        await SavingsApi.AssertRefusedAsync(draft, "realisation.proposal.not-adopted");
    }

    [SkippableFact]
    public async Task Roles_ReaderAndDirectorCannotRecord_FinanceCannotDecideCovers_EveryoneReads()
    {
        var programme = await RealisationProgramme.CreateAsync(fixture, "Roller");
        using var reader = await fixture.App.CreateApiClientAsync(Reader);
        using var director = await fixture.App.CreateApiClientAsync(Director);
        using var finance = await fixture.App.CreateApiClientAsync(Finance);
        const string entry = """{ "year": 2017, "amount": 5000, "date": "2017-06-30" }""";

        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(reader, RealisationProgramme.Entries(programme.A), entry)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(director, RealisationProgramme.Entries(programme.A), entry)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.PostAsync(programme.Import, Csv("forslag;år;beløb;dato;note\r\nA;2017;5000;30-06-2017;x\r\n"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(reader, $"/api/v1/programmes/{programme.Id}/follow-ups", """{ "name": "1. budgetopfølgning" }""")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(finance, $"/api/v1/programmes/{programme.Id}/cover-measures", """{ "title": "x", "year": 2017, "amount": 1 }""")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(programme.Realisation)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"/api/v1/realisations?programme={programme.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/api/v1/proposals/{programme.C["id"]}/realisation")).StatusCode);
    }

    [SkippableFact]
    public async Task Import_AGoodCsvInWindows1252_SavesEveryRow_AndTheSameFileTwiceCountsOnce()
    {
        var programme = await RealisationProgramme.CreateAsync(fixture, "Import");
        using var finance = await fixture.App.CreateApiClientAsync(Finance);
        var file = Encoding.GetEncoding(1252).GetBytes(
            "forslag;år;beløb;dato;note\r\nA;2017;1.000.000;30-06-2017;Løn 1. halvår\r\nA;2017;700.000;31-12-2017;Løn 2. halvår\r\nB;2020;15.000.000;2020-12-31;Borgerkontakt\r\nB;2020;15.000.000;2020-12-31;Borgerkontakt\r\n");

        var preview = await finance.PostAsync($"{programme.Import}?preview=true", Csv(file));
        var first = await finance.PostAsync(programme.Import, Csv(file));
        var second = await finance.PostAsync(programme.Import, Csv(file));

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var previewed = await SavingsApi.ReadAsync(preview);
        Assert.Equal((4, 0, "Linje"), ((int)previewed["new"]!, ((JsonArray)previewed["errors"]!).Count, (string)previewed["rowLabel"]!));
        Assert.Equal("Løn 1. halvår", (string)previewed["rows"]![0]!["note"]!);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var firstResult = await SavingsApi.ReadAsync(first);
        Assert.Equal((4, 0), ((int)firstResult["created"]!, (int)firstResult["alreadyImported"]!));
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        var secondResult = await SavingsApi.ReadAsync(second);
        Assert.Equal((0, 4), ((int)secondResult["created"]!, (int)secondResult["alreadyImported"]!));
        var realisation = await GetAsync(finance, programme.Realisation);
        Assert.Equal(1_700_000, (long)RealisationProgramme.Year(realisation, 2017)["realised"]!);
        Assert.Equal(30_000_000, (long)RealisationProgramme.Year(realisation, 2020)["realised"]!);
        var entries = await GetAsync(finance, $"/api/v1/realisations?programme={programme.Id}&source=Import");
        Assert.Equal(4, (int)entries["total"]!);
    }

    [SkippableFact]
    public async Task Import_AnXlsxSheet_IsReadLikeTheCsv()
    {
        var programme = await RealisationProgramme.CreateAsync(fixture, "Import XLSX");
        using var finance = await fixture.App.CreateApiClientAsync(Finance);
        var table = new SheetTable(["forslag", "år", "beløb", "dato", "note"]);
        table.AddRow("A", SheetCell.FromWhole(2017), SheetCell.FromKroner(1_250_000), SheetCell.FromDay(new DateOnly(2017, 9, 30)), "Excel");
        using var xlsx = new MemoryStream();
        XlsxWriter.Write(table, xlsx);
        using var body = new ByteArrayContent(xlsx.ToArray());
        body.Headers.ContentType = new MediaTypeHeaderValue(XlsxWriter.ContentType);

        var response = await finance.PostAsync(programme.Import, body);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(1_250_000, (long)RealisationProgramme.Year(await GetAsync(finance, programme.Realisation), 2017)["realised"]!);
    }

    [SkippableFact]
    public async Task Import_OneBadRowAmong1000_SavesNothing_AndNamesTheRowAndColumn()
    {
        var programme = await RealisationProgramme.CreateAsync(fixture, "Import fejl");
        using var finance = await fixture.App.CreateApiClientAsync(Finance);
        var csv = new StringBuilder("forslag;år;beløb;dato;note\r\n");
        for (var i = 1; i <= 1000; i++)
        {
            csv.Append(i == 500 ? "A;2017;tusind;30-06-2017;række 500\r\n" : $"A;2017;{i * 100};30-06-2017;Post {i}\r\n");
        }

        var response = await finance.PostAsync(programme.Import, Csv(Encoding.UTF8.GetBytes(csv.ToString())));

        var errors = await SavingsApi.ErrorsAsync(response);
        Assert.Equal(["rows[501].beløb"], errors.Select(e => e.Key));
        Assert.StartsWith("Linje 501, beløb: \"tusind\" er ikke et beløb", (string)errors["rows[501].beløb"]![0]!, StringComparison.Ordinal);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(501, (int)problem["rows"]![0]!["row"]!);
        var entries = await GetAsync(finance, $"/api/v1/realisations?programme={programme.Id}");
        Assert.Equal(0, (int)entries["total"]!);
    }

    [SkippableFact]
    public async Task FollowUp_Frozen_ThenAnEntry_TheComparisonTellsWhatMovedAndWhy()
    {
        var programme = await RealisationProgramme.CreateAsync(fixture, "Opfølgning");
        using var finance = await fixture.App.CreateApiClientAsync(Finance);
        await RecordAsync(finance, programme.A, """{ "year": 2017, "amount": 1000000, "date": "2017-03-31", "note": "1. kvartal" }""");

        var frozen = await PostAsync(finance, $"/api/v1/programmes/{programme.Id}/follow-ups", """{ "name": "1. budgetopfølgning 2017" }""");
        var twice = await PostAsync(finance, $"/api/v1/programmes/{programme.Id}/follow-ups", """{ "name": "1. BUDGETOPFØLGNING 2017" }""");
        await RecordAsync(finance, programme.A, """{ "year": 2017, "amount": 400000, "date": "2017-06-30", "note": "2. kvartal" }""");
        var comparison = await GetAsync(finance, $"/api/v1/follow-ups/{(await SavingsApi.ReadAsync(frozen))["id"]}/comparison");

        Assert.Equal(HttpStatusCode.Created, frozen.StatusCode);
        Assert.True((await SavingsApi.ErrorsAsync(twice)).ContainsKey("name"));
        Assert.Equal(1_000_000, (long)RealisationProgramme.Year(new JsonObject { ["years"] = comparison["frozen"]!.DeepClone() }, 2017)["realised"]!);
        var moved = comparison["moves"]!.AsArray().Single(m => m!["proposal"] is null && (string)m["figure"]! == "Realised")!;
        Assert.Equal((1_000_000L, 1_400_000L, 400_000L), ((long)moved["before"]!, (long)moved["after"]!, (long)moved["change"]!));
        Assert.Contains("2. kvartal", (string)moved["why"]![0]!, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Investments_DisbursedAndRemaining_AndMoreThanRemainsIs422()
    {
        var programme = await RealisationProgramme.CreateAsync(fixture, "Investering");
        using var finance = await fixture.App.CreateApiClientAsync(Finance);

        var created = await PostAsync(finance, $"/api/v1/programmes/{programme.Id}/investments",
            """{ "name": "Investeringspuljen", "grants": [{ "year": 2017, "amount": 5000000 }, { "year": 2018, "amount": 5000000 }] }""");
        var fund = await SavingsApi.ReadAsync(created);
        var fibre = await PostAsync(finance, $"/api/v1/investments/{fund["id"]}/disbursements",
            $$"""{ "title": "Fibernet", "date": "2017-02-01", "amount": 6000000, "yearlyEffect": 570000, "proposal": "{{programme.A["id"]}}", "version": {{fund["version"]}} }""");
        var after = await SavingsApi.ReadAsync(fibre);
        var tooMuch = await PostAsync(finance, $"/api/v1/investments/{fund["id"]}/disbursements",
            $$"""{ "title": "For meget", "date": "2017-03-01", "amount": 5000000, "yearlyEffect": 0, "version": {{after["version"]}} }""");

        Assert.Equal(HttpStatusCode.OK, fibre.StatusCode);
        Assert.Equal((10_000_000L, 6_000_000L, 4_000_000L, 570_000L), ((long)after["granted"]!, (long)after["disbursed"]!, (long)after["remaining"]!, (long)after["yearlyEffect"]!));
        Assert.Equal("A", (string)after["disbursements"]![0]!["proposalNumber"]!);
        await SavingsApi.AssertRefusedAsync(tooMuch, "realisation.investment.over-disbursed");
    }

    [SkippableFact]
    public async Task DashboardExport_Csv_HasTheYearsWithKronerAsDigits()
    {
        var programme = await RealisationProgramme.CreateAsync(fixture, "Eksport");
        using var reader = await fixture.App.CreateApiClientAsync(Reader);

        var text = await reader.GetStringAsync($"{programme.Realisation}/export?format=csv");

        Assert.Contains("Budgetår;Mål;Planlagt;Realiseret;Prognose;Mangler (mål − realiseret);Dækningstiltag;Udækket", text, StringComparison.Ordinal);
        Assert.Contains("2017;3100000;1700000;0;1700000;3100000;;3100000", text, StringComparison.Ordinal);
    }

    private static async Task RecordAsync(HttpClient client, JsonObject proposal, string json)
    {
        var response = await PostAsync(client, RealisationProgramme.Entries(proposal), json);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string json) => client.PostAsync(path, Json(json));

    private static async Task<JsonObject> GetAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static ByteArrayContent Csv(string text) => Csv(Encoding.UTF8.GetBytes(text));

    private static ByteArrayContent Csv(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return content;
    }
}

public sealed class RealisationApiTestsOnSqlite(SqliteAppFixture fixture)
    : RealisationApiTests<SqliteAppFixture>(fixture), IClassFixture<SqliteAppFixture>;

public sealed class RealisationApiTestsOnPostgreSql(PostgreSqlAppFixture fixture)
    : RealisationApiTests<PostgreSqlAppFixture>(fixture), IClassFixture<PostgreSqlAppFixture>;
