using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using HojeTaastrup.Admin.Domain.Savings;
using HojeTaastrup.Admin.Web.Infrastructure.Spreadsheets;
using HojeTaastrup.Admin.Web.Tests.Infrastructure;

namespace HojeTaastrup.Admin.Web.Tests.Savings;

// The catalogue as a file through the HTTP API: export (CSV, XLSX) of the filtered rows and import into a programme,
// all or nothing. Each test makes programmes of its own (ExchangeProgramme), so the tests of a class share one database.
public abstract class SavingsExchangeApiTests<TFixture>(TFixture fixture)
    where TFixture : AppFixture
{
    private const string Director = "direktor";
    private const string Finance = "okonomi";
    private const string Reader = "laeser";
    private const string Csv = "text/csv";

    [SkippableFact]
    public async Task ExportCsv_IsUtf8WithBomSemicolonsDanishHeaders_KronerAsDigits_AndXxForUnknown()
    {
        var programme = await ExchangeProgramme.CreateAsync(fixture, "Eksport CSV");
        using var api = await fixture.App.CreateApiClientAsync(Director);

        var response = await api.GetAsync($"/api/v1/proposals/export?format=csv&programme={programme.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Matches(@"^besparelseskatalog-\d{4}-\d{2}-\d{2}\.csv$", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        var lines = text.Split("\r\n");
        Assert.Equal(
            "Program;Nummer;Titel;Beskrivelse;Ejer (centerkode);Ejer (center);Ansvarlig;Kategori;Spor;Status;"
            + "Beløb 2021;Usikker 2021;Alternativ 2021;Beløb 2022;Usikker 2022;Alternativ 2022;Beløb 2023;Usikker 2023;Alternativ 2023;"
            + "Beløb 2024;Usikker 2024;Alternativ 2024;Milepæle;Reorganisering",
            lines[0]);
        Assert.Contains(";BSC;Borgerservicecenter;Per Holm;Administration;Organisationssporet;I høring;3500000;;;xx;;;2000000;ja;3000000;;;;\"01-02-2021 Udkast til kommissorium (udført)\n01-06-2021 Beslutning i udvalget\";", text, StringComparison.Ordinal);
        Assert.Contains(";A2;\"Åbningstider; borgerservice\";;TMC;", text, StringComparison.Ordinal);
        Assert.Contains(";Borgernær;;Udkast;;;;65000;;;", text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task ExportXlsx_IsAValidPackage_WithAmountsAsNumberCells()
    {
        var programme = await ExchangeProgramme.CreateAsync(fixture, "Eksport XLSX");
        using var api = await fixture.App.CreateApiClientAsync(Director);

        var response = await api.GetAsync($"/api/v1/proposals/export?format=xlsx&programme={programme.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(XlsxWriter.ContentType, response.Content.Headers.ContentType!.MediaType);
        using var file = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using (var document = SpreadsheetDocument.Open(file, isEditable: false))
        {
            Assert.Empty(new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document));
            var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
            var rowA1 = sheet.Descendants<Row>().Single(r => r.Descendants<Cell>().Any(c => c.InnerText == "A1"));
            var amount2021 = rowA1.Descendants<Cell>().Single(c => c.CellReference == $"K{rowA1.RowIndex}");
            Assert.Null(amount2021.DataType); // a number, not a text
            Assert.Equal("3500000", amount2021.CellValue!.Text);
            var unknown2022 = rowA1.Descendants<Cell>().Single(c => c.CellReference == $"N{rowA1.RowIndex}");
            Assert.Equal("xx", unknown2022.InnerText);
        }

        file.Position = 0;
        var read = XlsxReader.Read(file, SheetLimits.Default);
        var a1 = read.Table.Rows.Single(r => r["Nummer"].Text == "A1");
        Assert.Equal((SheetCellKind.Number, 3_500_000L), (a1["Beløb 2021"].Kind, a1["Beløb 2021"].AsKroner()!.Value));
        Assert.Equal(3_000_000L, a1["Alternativ 2023"].AsKroner());
    }

    [SkippableFact]
    public async Task Export_AsReader_LeavesTheDraftsOut_AndAsFinanceKeepsThem()
    {
        var programme = await ExchangeProgramme.CreateAsync(fixture, "Eksport roller");
        using var reader = await fixture.App.CreateApiClientAsync(Reader);
        using var finance = await fixture.App.CreateApiClientAsync(Finance);

        var asReader = await reader.GetStringAsync($"/api/v1/proposals/export?format=csv&programme={programme.Id}");
        var asFinance = await finance.GetStringAsync($"/api/v1/proposals/export?format=csv&programme={programme.Id}");

        Assert.Contains(";A1;", asReader, StringComparison.Ordinal);
        Assert.DoesNotContain(";A2;", asReader, StringComparison.Ordinal);
        Assert.Contains(";A2;", asFinance, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Export_FiltersAsTheCatalogue_AllRowsNotOnePage()
    {
        var programme = await ExchangeProgramme.CreateAsync(fixture, "Eksport filter");
        using var api = await fixture.App.CreateApiClientAsync(Director);

        var unknownOnly = await api.GetStringAsync($"/api/v1/proposals/export?format=csv&programme={programme.Id}&hasUnknownAmounts=true");
        var drafts = await api.GetStringAsync($"/api/v1/proposals/export?format=csv&programme={programme.Id}&statuses=Draft&pageSize=1");

        Assert.Contains(";A1;", unknownOnly, StringComparison.Ordinal);
        Assert.DoesNotContain(";A2;", unknownOnly, StringComparison.Ordinal);
        Assert.Contains(";A2;", drafts, StringComparison.Ordinal);
        Assert.DoesNotContain(";A1;", drafts, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Export_WithAnUnknownFormat_Is400AtFormat()
    {
        using var api = await fixture.App.CreateApiClientAsync(Director);

        var response = await api.GetAsync("/api/v1/proposals/export?format=pdf");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("Vælg formatet csv eller xlsx.", (string)problem["errors"]!["format"]![0]!);
    }

    [SkippableFact]
    public async Task CatalogueDownload_WithTheBrowsersCookie_ReturnsTheFile()
    {
        var programme = await ExchangeProgramme.CreateAsync(fixture, "Eksport side");
        using var browser = await fixture.App.CreateSignedInBrowserAsync(Director);

        var response = await browser.GetAsync($"/besparelser/katalog/eksport?format=xlsx&programme={programme.Id}&statuses=InHearing&sortBy=title&descending=true");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(XlsxWriter.ContentType, response.Content.Headers.ContentType!.MediaType);
        var read = XlsxReader.Read(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), SheetLimits.Default);
        Assert.Equal(["A1"], read.Table.Rows.Select(r => r["Nummer"].Text));
    }

    [SkippableTheory]
    [InlineData("csv")]
    [InlineData("xlsx")]
    public async Task ExportThenImport_IntoAnotherProgramme_RecreatesTheSameProposalsAsDrafts(string format)
    {
        var source = await ExchangeProgramme.CreateAsync(fixture, "Kilde");
        var target = await ExchangeProgramme.CreateAsync(fixture, "Mål", withProposals: false);
        using var api = await fixture.App.CreateApiClientAsync(Director);
        var file = await api.GetByteArrayAsync($"/api/v1/proposals/export?format={format}&programme={source.Id}");

        var preview = await PostAsync(api, target.Id, file, format == "csv" ? Csv : XlsxWriter.ContentType, preview: true);
        var imported = await PostAsync(api, target.Id, file, format == "csv" ? Csv : XlsxWriter.ContentType, preview: false);

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var previewBody = JsonNode.Parse(await preview.Content.ReadAsStringAsync())!;
        Assert.Equal(2, (int)previewBody["rowCount"]!);
        Assert.Empty(previewBody["errors"]!.AsArray());
        Assert.True((bool)previewBody["canImport"]!);
        Assert.Equal(HttpStatusCode.Created, imported.StatusCode);
        Assert.Equal(2, (int)JsonNode.Parse(await imported.Content.ReadAsStringAsync())!["created"]!);
        var before = await ExchangeProgramme.ProposalsAsync(fixture, source.Id);
        var after = await ExchangeProgramme.ProposalsAsync(fixture, target.Id);
        Assert.Equal(before.Count, after.Count);
        for (var i = 0; i < before.Count; i++)
        {
            Assert.Empty(after[i].Content.DifferencesFrom(before[i].Content));
            Assert.Equal(SavingsStatus.Draft, after[i].Status);
        }
    }

    [SkippableFact]
    public async Task Import_500RowsWithANegativeAmountInRow317_SavesNothing_AndNamesTheRowAndColumn()
    {
        var programme = await ExchangeProgramme.CreateAsync(fixture, "Fem hundrede", withProposals: false);
        using var api = await fixture.App.CreateApiClientAsync(Director);
        var csv = new StringBuilder("Nummer;Titel;Ejer (centerkode);Kategori;Spor;Beløb 2021;Beløb 2022\r\n");
        for (var row = 2; row <= 501; row++)
        {
            csv.Append($"N{row};Forslag {row};BSC;Administration;Servicesporet;{(row == 317 ? "-5.000" : "3,5 mio.")};65.000\r\n");
        }

        var response = await PostAsync(api, programme.Id, Encoding.UTF8.GetBytes(csv.ToString()), Csv, preview: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var errors = problem["errors"]!.AsObject();
        Assert.Equal(["rows[317].Beløb 2021"], errors.Select(e => e.Key));
        Assert.Equal("Linje 317, Beløb 2021: Et beløb kan ikke være negativt.", (string)errors["rows[317].Beløb 2021"]![0]!);
        var row317 = Assert.Single(problem["rows"]!.AsArray())!;
        Assert.Equal((317, "Beløb 2021"), ((int)row317["row"]!, (string)row317["column"]!));
        Assert.Empty(await ExchangeProgramme.ProposalsAsync(fixture, programme.Id));
    }

    [SkippableFact]
    public async Task Import_500GoodRows_SavesThemAllWithDanishAmounts()
    {
        var programme = await ExchangeProgramme.CreateAsync(fixture, "Fem hundrede gode", withProposals: false);
        using var api = await fixture.App.CreateApiClientAsync(Director);
        var csv = new StringBuilder("nummer;TITEL;Ejer (centerkode);kategori;Beløb 2021;Usikker 2021;Beløb 2022\r\n");
        for (var row = 2; row <= 501; row++)
        {
            csv.Append($"N{row};Forslag {row};bsc;Borgernær;3,5 mio.;ja;xx\r\n");
        }

        var response = await PostAsync(api, programme.Id, Encoding.UTF8.GetBytes(csv.ToString()), Csv, preview: false);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var saved = await ExchangeProgramme.ProposalsAsync(fixture, programme.Id);
        Assert.Equal(500, saved.Count);
        var n2 = saved.Single(p => p.Number == "N2");
        Assert.Equal(("BSC", "Borgerservicecenter", SavingsCategory.CitizenFacing), (n2.OwnerCentreCode, n2.OwnerCentreName, n2.Category));
        Assert.Equal([new YearAmount(2021, Domain.Common.Money.FromKroner(3_500_000), uncertain: true), YearAmount.Unknown(2022)], n2.Amounts);
    }

    [SkippableFact]
    public async Task Preview_NamesADuplicateInTheFile_ANumberThatExists_AnUnknownCentre_AndAYearOutside_AndSavesNothing()
    {
        var programme = await ExchangeProgramme.CreateAsync(fixture, "Fejl");
        using var api = await fixture.App.CreateApiClientAsync(Director);
        var csv = "Nummer;Titel;Ejer (centerkode);Kategori;Spor;Beløb 2021;Beløb 2030\r\n"
            + "a1;Findes allerede;BSC;Administration;;1000;\r\n"
            + "B1;Ny;BSC;Administration;;1000;\r\n"
            + "b1 ;Ny igen;BSC;Administration;;1000;\r\n"
            + "C1;Ukendt center;XYZ;Administration;;1000;\r\n"
            + "D1;Ukendt spor;BSC;Administration;Sparesporet;abc;5\r\n";

        var response = await PostAsync(api, programme.Id, Encoding.UTF8.GetBytes(csv), Csv, preview: true);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var preview = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.False((bool)preview["canImport"]!);
        var errors = preview["errors"]!.AsArray().Select(e => ((int)e!["row"]!, (string?)e["column"], (string)e["message"]!)).ToList();
        Assert.Equal(
            [
                (2, "Nummer", "Nummeret a1 er allerede brugt af et andet forslag i programmet."),
                (4, "Nummer", "Nummeret b1 står også i linje 3; et nummer må kun bruges én gang i programmet."),
                (5, "Ejer (centerkode)", "Centret XYZ findes ikke i den organisation, der gælder i dag."),
                (6, "Spor", "Programmet har ikke sporet \"Sparesporet\"."),
                (6, "Beløb 2021", "\"abc\" er ikke et beløb i hele kroner. Skriv fx 3500000, 65.000 eller 3,5 mio. (og xx for et ukendt beløb)."),
                (6, "Beløb 2030", "Budgetåret 2030 ligger uden for programmets år 2021–2024."),
            ],
            errors);
        Assert.Equal(["A1", "A2"], (await ExchangeProgramme.ProposalsAsync(fixture, programme.Id)).Select(p => p.Number));
    }

    [SkippableFact]
    public async Task Import_AsFinance_Is403()
    {
        var programme = await ExchangeProgramme.CreateAsync(fixture, "Roller", withProposals: false);
        using var api = await fixture.App.CreateApiClientAsync(Finance);

        var response = await PostAsync(api, programme.Id, "Nummer;Titel;Ejer (centerkode);Kategori\r\nX1;T;BSC;Administration\r\n"u8.ToArray(), Csv, preview: false);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(await ExchangeProgramme.ProposalsAsync(fixture, programme.Id));
    }

    [SkippableFact]
    public async Task Import_LargerThan8MB_Is413()
    {
        var programme = await ExchangeProgramme.CreateAsync(fixture, "Stor", withProposals: false);
        using var api = await fixture.App.CreateApiClientAsync(Director);
        var big = Encoding.UTF8.GetBytes("Nummer;Titel;Ejer (centerkode);Kategori\r\n" + new string('x', 8 * 1024 * 1024));

        var response = await PostAsync(api, programme.Id, big, Csv, preview: true);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("Filen er for stor", (string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["title"]!);
    }

    [SkippableTheory]
    [InlineData("text/csv")]
    [InlineData("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    public async Task Import_OfAFileThatIsNeitherCsvNorXlsx_Is400WithADanishMessage(string contentType)
    {
        var programme = await ExchangeProgramme.CreateAsync(fixture, "Billede", withProposals: false);
        using var api = await fixture.App.CreateApiClientAsync(Director);
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1];

        var response = await PostAsync(api, programme.Id, png, contentType, preview: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = (string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!["file"]![0]!;
        Assert.StartsWith("Filen er ", message, StringComparison.Ordinal);
        Assert.Contains("Excel", message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Import_IntoAProgrammeThatDoesNotExist_Is404()
    {
        using var api = await fixture.App.CreateApiClientAsync(Director);

        var response = await PostAsync(api, Guid.NewGuid(), "Nummer;Titel;Ejer (centerkode)\r\nX;Y;BSC\r\n"u8.ToArray(), Csv, preview: true);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [SkippableFact]
    public async Task ImportPage_ForADirector_OpensOnTheProgrammeGiven_AndAReaderIsTurnedAway()
    {
        var programme = await ExchangeProgramme.CreateAsync(fixture, "Importside", withProposals: false);
        using var director = await fixture.App.CreateSignedInBrowserAsync(Director);
        using var reader = await fixture.App.CreateSignedInBrowserAsync(Reader);

        using var page = await director.GetAsync($"/besparelser/import?program={programme.Id}");
        using var denied = await reader.GetAsync($"/besparelser/import?program={programme.Id}");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
        Assert.Contains("Importér besparelsesforslag", html, StringComparison.Ordinal);
        Assert.Contains(programme.Name, html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"import-file\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.Contains("/account/access-denied", denied.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    // A query string that is not an id (a pasted link cut short, a hand-typed address) opens the page without a
    // programme chosen; the framework would throw on it if the page took a Guid.
    [SkippableTheory]
    [InlineData("/besparelser/import?program=ikke-et-id")]
    [InlineData("/besparelser/katalog?program=123")]
    [InlineData("/besparelser/forslag/ny?program=%3Cscript%3E")]
    public async Task SavingsPages_QueryThatIsNotAnId_OpenWithoutAServerError(string path)
    {
        using var director = await fixture.App.CreateSignedInBrowserAsync(Director);

        using var page = await director.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient api, Guid programmeId, byte[] content, string contentType, bool preview)
    {
        var body = new ByteArrayContent(content);
        body.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return api.PostAsync($"/api/v1/programmes/{programmeId}/proposals/import?preview={(preview ? "true" : "false")}", body);
    }
}

public sealed class SavingsExchangeApiTestsOnSqlite(SqliteAppFixture fixture)
    : SavingsExchangeApiTests<SqliteAppFixture>(fixture), IClassFixture<SqliteAppFixture>;

public sealed class SavingsExchangeApiTestsOnPostgreSql(PostgreSqlAppFixture fixture)
    : SavingsExchangeApiTests<PostgreSqlAppFixture>(fixture), IClassFixture<PostgreSqlAppFixture>;
