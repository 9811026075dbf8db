using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using HojeTaastrup.Admin.EndToEnd.Tests.Infrastructure;
using HojeTaastrup.Admin.EndToEnd.Tests.Reorganisation;
using Microsoft.Playwright;

namespace HojeTaastrup.Admin.EndToEnd.Tests.Savings;

public sealed partial class SavingsTests(PortalFixture portal) : BrowserTest(portal)
{
    // A director creates a programme 2030–2031 with 5 mio. kr. a year, a proposal whose 2 mio. kr. phase in (half in
    // 2030) and one whose 2030 amount is unknown; the totals say so, and the catalogue exports as a valid workbook.
    [SkippableFact]
    public async Task Director_CreatesProgrammeAndProposals_TotalsCountTheUnknown_AndTheCatalogueExportsAsExcel()
    {
        await SignInAsync(DemoUsers.Director);
        await Page.GotoAsync("/besparelser");
        await ProposalPage.WaitUntilLiveAsync(Page);
        await SaveScreenshotAsync("savings-programmes");

        await Page.GetByTestId("new-programme").ClickAsync();
        await ProposalPage.WaitUntilLiveAsync(Page);
        await Page.GetByLabel("Navn", new() { Exact = true }).FillAsync("Effektivisering 2030");
        await Page.GetByLabel("Første budgetår").FillAsync("2030");
        await Page.GetByLabel("Sidste budgetår").FillAsync("2031");
        await Page.GetByLabel("Første budgetår").FocusAsync();
        await Assertions.Expect(Page.GetByTestId("programme-targets").Locator("input")).ToHaveCountAsync(2);
        await Assertions.Expect(Page.GetByLabel("Mål for 2031")).ToBeVisibleAsync();
        await Page.GetByLabel("Mål for 2030").FillAsync("5 mio.");
        await Page.GetByLabel("Mål for 2031").FillAsync("5 mio.");
        await Assertions.Expect(Page.GetByLabel("Mål for 2030")).ToHaveValueAsync("5 mio.");
        await Page.GetByTestId("add-track").ClickAsync();
        await Page.GetByLabel("Spor 1").FillAsync("Organisationssporet");
        await SaveScreenshotAsync("savings-programme-edit");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Opret program" }).ClickAsync();
        await Assertions.Expect(Page).ToHaveURLAsync(ProgrammeUrl());
        var programmeUrl = Page.Url;

        await NewProposalAsync("E1", "Fælles administrative miljøer");
        await Page.GetByLabel("Fuld årlig effekt").FillAsync("2 mio.");
        await Page.Locator("#phase-in-start").SelectOptionAsync("2030");
        await Page.GetByTestId("phase-in-fill").ClickAsync();
        await Assertions.Expect(Page.Locator("#amount-2030")).ToHaveValueAsync("1.000.000");
        await Assertions.Expect(Page.Locator("#amount-2031")).ToHaveValueAsync("2.000.000");
        await Page.GetByTestId("add-milestone").ClickAsync();
        await Page.GetByLabel("Dato for milepæl 1").FillAsync("1. marts 2030");
        await Page.GetByLabel("Tekst for milepæl 1").FillAsync("Udkast til organisering");
        await SaveScreenshotAsync("savings-proposal-edit");
        await CreateProposalAsync();
        await Assertions.Expect(Page.GetByTestId("proposal-amounts")).ToContainTextAsync("1 mio. kr.");
        await Assertions.Expect(Page.GetByTestId("proposal-amounts")).ToContainTextAsync("2 mio. kr.");

        // In hearing, an edit needs a reason and keeps the earlier version; the versions tab says what changed.
        await Page.GetByTestId("status-action").Filter(new() { HasText = "Send i høring" }).ClickAsync();
        await Page.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Send i høring" }).ClickAsync();
        await Assertions.Expect(Page.Locator("header").GetByTestId("savings-status").First).ToHaveTextAsync("I høring");
        await Page.GetByTestId("edit-proposal").ClickAsync();
        await ProposalPage.WaitUntilLiveAsync(Page);
        await Page.Locator("#amount-2031").FillAsync("2,5 mio.");
        await Page.GetByLabel("Begrundelse for ændringen").FillAsync("Helårsvirkningen er genberegnet");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Gem" }).ClickAsync();
        await Assertions.Expect(Page).ToHaveURLAsync(ProposalUrl());
        await Assertions.Expect(Page.Locator(".mud-snackbar")).ToHaveTextAsync("Forslaget er gemt.");
        await Page.GetByRole(AriaRole.Tab, new() { NameRegex = new Regex("^Versioner") }).ClickAsync();
        var version = Page.GetByTestId("revision");
        await Assertions.Expect(version).ToContainTextAsync("Helårsvirkningen er genberegnet");
        await Assertions.Expect(version.GetByTestId("difference")).ToContainTextAsync("2,5 mio. kr.");
        await SaveScreenshotAsync("savings-proposal-versions");

        await Page.GotoAsync(programmeUrl);
        await NewProposalAsync("E2", "Kompetenceråd");
        await Page.GetByLabel("Art af beløbet 2030").SelectOptionAsync("Unknown");
        await CreateProposalAsync();
        await Assertions.Expect(Page.GetByTestId("proposal-amounts")).ToContainTextAsync("xx mio. kr.");
        await SaveScreenshotAsync("savings-proposal-detail");

        await Page.GotoAsync(programmeUrl);
        await ProposalPage.WaitUntilLiveAsync(Page);
        var totals = Page.GetByTestId("totals-table");
        await Assertions.Expect(totals).ToContainTextAsync("1 ukendt");
        await Assertions.Expect(totals.Locator("tr", new() { HasText = "2030" })).ToContainTextAsync("mangler 4 mio. kr.");
        await Assertions.Expect(Page.GetByTestId("proposal-row")).ToHaveCountAsync(2);
        await SaveScreenshotAsync("savings-programme-detail");

        await Page.GotoAsync("/besparelser/katalog");
        await ProposalPage.WaitUntilLiveAsync(Page);
        await Page.GetByLabel("Søg i nummer og titel").FillAsync("Kompetenceråd");
        await Assertions.Expect(Page.GetByTestId("catalogue-count")).ToContainTextAsync("2 forslag");
        await SaveScreenshotAsync("savings-catalogue");

        var download = await Page.RunAndWaitForDownloadAsync(() => Page.GetByTestId("export-xlsx").ClickAsync());
        var file = Path.Combine(Path.GetTempPath(), $"katalog-{Guid.NewGuid():N}.xlsx");
        await download.SaveAsAsync(file);
        try
        {
            using var workbook = SpreadsheetDocument.Open(file, isEditable: false);
            Assert.Empty(new OpenXmlValidator().Validate(workbook));
            Assert.NotNull(workbook.WorkbookPart?.WorksheetParts.SingleOrDefault());
            Assert.EndsWith(".xlsx", download.SuggestedFilename, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    // The import page previews a file row by row: one bad row names its line and column and nothing can be imported;
    // the corrected file imports every row as drafts of the programme.
    [SkippableFact]
    public async Task Director_ImportsACatalogue_BadRowIsNamed_CorrectedFileIsImported()
    {
        var api = await ApiAsync(DemoUsers.Director);
        var created = await api.PostAsJsonAsync("/api/v1/programmes", new
        {
            name = "Import 2031",
            firstYear = 2031,
            lastYear = 2032,
            targets = new[] { new { year = 2031, amount = 1_000_000 } },
        });
        var programme = (await created.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var centre = (await api.GetFromJsonAsync<JsonElement>("/api/v1/organisation")).GetProperty("centres")[0].GetProperty("code").GetString();
        const string header = "Nummer;Titel;Ejer (centerkode);Kategori;Beløb 2031;Usikker 2031;Alternativ 2031";
        var bad = $"{header}\r\nI1;Færre konsulenter;{centre};Administration;3,5 mio.;;5,5 mio.\r\nI2;Fælles indkøb;{centre};Administration;-65.000;;\r\n";

        await SignInAsync(DemoUsers.Director);
        await Page.GotoAsync($"/besparelser/import?program={programme}");
        await ProposalPage.WaitUntilLiveAsync(Page);
        await ChooseFileAsync("import-file", new FilePayload { Name = "katalog.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(bad) });
        var badRow = Page.GetByTestId("import-rows").Locator("tr", new() { HasText = "I2" });
        await Assertions.Expect(badRow).ToContainTextAsync("Beløb 2031: Et beløb kan ikke være negativt.");
        await Assertions.Expect(badRow.Locator("td").First).ToHaveTextAsync("3");
        await Assertions.Expect(Page.GetByTestId("import-confirm")).ToBeDisabledAsync();
        await SaveScreenshotAsync("savings-import-errors");

        await ChooseFileAsync("import-file", new FilePayload
        {
            Name = "katalog.csv",
            MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes(bad.Replace("-65.000", "65.000", StringComparison.Ordinal)),
        });
        await Assertions.Expect(Page.GetByTestId("import-confirm")).ToBeEnabledAsync();
        await Page.GetByTestId("import-confirm").ClickAsync();
        await Assertions.Expect(Page.GetByTestId("import-done")).ToBeVisibleAsync();

        var imported = await api.GetFromJsonAsync<JsonElement>($"/api/v1/programmes/{programme}");
        Assert.Equal(2, imported.GetProperty("proposals").GetArrayLength());
        Assert.Equal(3_565_000, imported.GetProperty("totals")[0].GetProperty("knownSum").GetInt64());
    }

    private async Task NewProposalAsync(string number, string title)
    {
        await ProposalPage.WaitUntilLiveAsync(Page);
        await Page.GetByTestId("new-proposal").ClickAsync();
        await ProposalPage.WaitUntilLiveAsync(Page);
        await Page.GetByLabel("Nr.", new() { Exact = true }).FillAsync(number);
        await Page.GetByLabel("Titel", new() { Exact = true }).FillAsync(title);
        await Page.GetByLabel("Beskrivelse og handlingspunkter").FillAsync("- Kortlægge opgaverne\n- Udkast til organisering 1. marts");
        await Page.Locator("#proposal-owner").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await Page.Locator("#proposal-category").SelectOptionAsync("Administration");
    }

    private async Task CreateProposalAsync()
    {
        await Page.GetByRole(AriaRole.Button, new() { Name = "Opret forslag" }).ClickAsync();
        await Assertions.Expect(Page).ToHaveURLAsync(ProposalUrl());
        await ProposalPage.WaitUntilLiveAsync(Page);
    }

    [GeneratedRegex(@"/besparelser/program/[0-9a-f-]{36}$")]
    private static partial Regex ProgrammeUrl();

    [GeneratedRegex(@"/besparelser/forslag/[0-9a-f-]{36}$")]
    private static partial Regex ProposalUrl();
}
