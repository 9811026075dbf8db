using System.Net.Http.Json;
using System.Text;
using HojeTaastrup.Admin.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;

namespace HojeTaastrup.Admin.EndToEnd.Tests.Organisation;

// The organisation pages against the demo data: the 2010 structure (16 centres and 4 units) from
// 1 January 2010. Tests that change data work on an organisation of their own from a day before 2010:
// the other browser tests (the reorganisation among them) still see the demo organisation as today's,
// and adopting the 2010 proposal is not blocked by a later version.
public sealed class OrganisationTests(PortalFixture portal) : BrowserTest(portal)
{
    private ILocator Chart => Page.GetByTestId("organisation-chart");

    [SkippableFact]
    public async Task Reader_OpensTheOrganisation_SeesThe2010ChartWithCountsAndTotals()
    {
        await SignInAsync(DemoUsers.Reader);

        await Page.GotoAsync("/organisation?dato=2010-06-01");

        await Assertions.Expect(Chart).ToBeVisibleAsync();
        await Assertions.Expect(Chart.GetByTestId("chart-centre")).ToHaveCountAsync(20);
        await Assertions.Expect(Page.GetByTestId("summary-centres")).ToHaveTextAsync("16 centre og 4 enheder");
        var bsc = Chart.Locator("[data-testid='chart-centre'][data-code='BSC']");
        await Assertions.Expect(bsc).ToContainTextAsync("Borgerservicecenter");
        await Assertions.Expect(bsc.GetByTestId("centre-totals")).ToHaveTextAsync("29,0 årsværk · 11,4 mio. kr.");
        await Assertions.Expect(Chart.Locator("[data-testid='chart-centre'][data-code='SPC']")).ToContainTextAsync("enhed");
        await Assertions.Expect(Page.GetByTestId("organisation-versions").Locator("[aria-current='true']")).ToContainTextAsync("Fra 1. januar 2010");
        await SaveScreenshotAsync("organisation-chart");
    }

    // A centre's units are drawn only when it is opened (each drawn unit is kept by the circuit); the toggle is a
    // button that says how many units there are and whether they are shown, and works from the keyboard.
    [SkippableFact]
    public async Task Reader_OpensACentre_SeesItsUnits_AndClosesItFromTheKeyboard()
    {
        await SignInAsync(DemoUsers.Reader);
        await OpenAsync("/organisation?dato=2010-06-01");
        var bsc = Chart.Locator("[data-testid='chart-centre'][data-code='BSC']");
        var toggle = bsc.GetByTestId("centre-toggle");
        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-expanded", "false");
        await Assertions.Expect(toggle).ToHaveAccessibleNameAsync("3 afdelinger i Borgerservicecenter");
        await Assertions.Expect(Chart.GetByTestId("chart-unit")).ToHaveCountAsync(0);

        await toggle.ClickAsync();

        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-expanded", "true");
        await Assertions.Expect(bsc.GetByTestId("chart-unit")).ToHaveCountAsync(3);
        await Assertions.Expect(Chart.GetByTestId("chart-unit")).ToHaveCountAsync(3);
        await Assertions.Expect(bsc.GetByRole(AriaRole.List, new() { Name = "Afdelinger i Borgerservicecenter" })).ToBeVisibleAsync();
        await SaveScreenshotAsync("organisation-chart-centre-open");

        await toggle.FocusAsync();
        await Page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-expanded", "false");
        await Assertions.Expect(bsc.GetByTestId("chart-unit")).ToHaveCountAsync(0);
    }

    // The search in the chart finds a unit inside a closed centre: only the centres found are shown, and the centre
    // of the unit found is opened.
    [SkippableFact]
    public async Task Reader_SearchesTheChart_FindsAUnitInAClosedCentre()
    {
        await SignInAsync(DemoUsers.Reader);
        await OpenAsync("/organisation?dato=2010-06-01");
        await Assertions.Expect(Chart.GetByText("Tandplejen")).ToHaveCountAsync(0);

        await Page.GetByLabel("Find i diagrammet").FillAsync("tandpleje");

        await Assertions.Expect(Chart.GetByTestId("chart-centre")).ToHaveCountAsync(1);
        // The centre found is opened with all its units, the one found highlighted.
        await Assertions.Expect(Chart.GetByTestId("chart-unit")).ToHaveCountAsync(4);
        var found = Chart.Locator("[data-testid='chart-unit'].org-unit--found");
        await Assertions.Expect(found).ToHaveCountAsync(1);
        await Assertions.Expect(found).ToContainTextAsync("Tandplejen");
        await Assertions.Expect(Chart.GetByTestId("chart-centre").GetByTestId("centre-toggle")).ToHaveAttributeAsync("aria-expanded", "true");
        await Assertions.Expect(Page.GetByTestId("chart-search-status")).ToHaveTextAsync("1 center og 1 afdeling passer til søgningen.");
        await SaveScreenshotAsync("organisation-chart-search");

        await Page.GetByLabel("Find i diagrammet").FillAsync("ingen sådan afdeling");
        await Assertions.Expect(Chart.GetByTestId("chart-centre")).ToHaveCountAsync(0);
        await Assertions.Expect(Page.GetByTestId("chart-search-status")).ToHaveTextAsync("Intet center eller afdeling passer til søgningen.");

        await Page.GetByLabel("Find i diagrammet").FillAsync("");
        await Assertions.Expect(Chart.GetByTestId("chart-centre")).ToHaveCountAsync(20);
    }

    // A large organisation (more than 60 centres) starts with its directorates closed: the page does not draw
    // thousands of centres. Opening a directorate shows its centres; a search finds a unit two levels down.
    [SkippableFact]
    public async Task Reader_OfALargeOrganisation_SeesDirectoratesClosed_OpensOne_AndSearchFindsAUnit()
    {
        using var api = await ApiAsync(DemoUsers.Administrator);
        var centres = Enumerable.Range(1, 70).Select(n => new { code = $"C{n:00}", name = $"Center {n}", directorate = n <= 35 ? "Nord" : "Syd", kind = "Centre" }).ToArray();
        var units = Enumerable.Range(1, 70).Select(n => new { name = n == 42 ? "Skovbørnehaven" : $"Afdeling {n}", centre = $"C{n:00}", fte = 10m, payroll = 4_000_000L }).ToArray();
        (await api.PostAsJsonAsync("/api/v1/organisation/import", new
        {
            effectiveFrom = "2000-01-01",
            source = "Browsertest",
            directorates = new[] { new { name = "Nord", director = "Anne Holm" }, new { name = "Syd", director = "Bo Berg" } },
            centres,
            units,
        })).EnsureSuccessStatusCode();

        await SignInAsync(DemoUsers.Reader);
        await OpenAsync("/organisation?dato=2000-01-01");

        await Assertions.Expect(Chart.GetByTestId("chart-directorate")).ToHaveCountAsync(2);
        await Assertions.Expect(Chart.GetByTestId("chart-centre")).ToHaveCountAsync(0);
        var nord = Chart.GetByTestId("chart-directorate").Filter(new() { HasText = "Nord" });
        var toggle = nord.GetByTestId("directorate-toggle");
        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-expanded", "false");
        await Assertions.Expect(toggle).ToContainTextAsync("35 centre");
        await SaveScreenshotAsync("organisation-chart-large");

        await toggle.ClickAsync();
        await Assertions.Expect(nord.GetByTestId("chart-centre")).ToHaveCountAsync(35);
        await Assertions.Expect(Chart.GetByTestId("chart-unit")).ToHaveCountAsync(0);

        await Page.GetByLabel("Find i diagrammet").FillAsync("skovbørne");

        var found = Chart.Locator("[data-testid='chart-centre'][data-code='C42']");
        await Assertions.Expect(Chart.GetByTestId("chart-centre")).ToHaveCountAsync(1);
        await Assertions.Expect(found.Locator("[data-testid='chart-unit'].org-unit--found")).ToContainTextAsync("Skovbørnehaven");
    }

    // The date picker speaks Danish and starts the week on Monday; picking a day shows that day's organisation.
    [SkippableFact]
    public async Task Reader_PicksADayInTheCalendar_WeekStartsOnMonday_AndTheChartFollows()
    {
        await SignInAsync(DemoUsers.Reader);
        await Page.GotoAsync("/organisation?dato=2010-06-01");
        await Assertions.Expect(Page.Locator("h1[data-interactive='true']")).ToBeVisibleAsync();

        await Page.GetByTestId("organisation-day").GetByRole(AriaRole.Button, new() { Name = "Åbn kalender" }).ClickAsync();

        var weekdays = Page.Locator(".mud-picker-calendar-header-day");
        await Assertions.Expect(weekdays).ToContainTextAsync("ma");
        Assert.StartsWith("ma", (await weekdays.InnerTextAsync()).Trim(), StringComparison.Ordinal);
        await Assertions.Expect(Page.Locator(".mud-picker-calendar-header-transition").First).ToContainTextAsync("juni 2010");
        await SaveScreenshotAsync("organisation-day-picker");

        await Page.Locator(".mud-picker-calendar-day").GetByText("15", new() { Exact = true }).First.ClickAsync();

        await Assertions.Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("dato=2010-06-15"));
        await Assertions.Expect(Page.GetByTestId("summary-centres")).ToHaveTextAsync("16 centre og 4 enheder");
    }

    [SkippableFact]
    public async Task Reader_SearchesTheList_FindsAUnitByName()
    {
        await SignInAsync(DemoUsers.Reader);
        await OpenAsync("/organisation?dato=2010-06-01");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Liste" }).ClickAsync();
        await Assertions.Expect(Page.GetByTestId("organisation-list")).ToBeVisibleAsync();

        await Page.GetByLabel("Søg").FillAsync("tandpleje");

        await Assertions.Expect(Page.GetByTestId("list-unit")).ToHaveCountAsync(1);
        await Assertions.Expect(Page.GetByTestId("list-unit")).ToHaveTextAsync("Tandplejen");
        await Assertions.Expect(Page.GetByTestId("organisation-search-count")).ToHaveTextAsync("Viser 1 af 46 linjer");
        await Page.GetByLabel("Søg").FillAsync("");
        await Page.GetByLabel("Søg").FillAsync("Birgitte");
        await Assertions.Expect(Page.GetByTestId("organisation-search-count")).ToHaveTextAsync("Viser 13 af 46 linjer");
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Visninger" }).EvaluateAsync("nav => nav.scrollIntoView()");
        await SaveScreenshotAsync("organisation-list");
    }

    [SkippableFact]
    public async Task Administrator_EditsAUnitsFte_AndSeesTheCentreTotalChange()
    {
        using var api = await EditOwnOrganisationAsync("2003-01-01");
        var dig = Page.Locator("[data-testid='edit-centre'][data-code='DIG']");
        await Assertions.Expect(dig.GetByTestId("edit-centre-fte")).ToHaveTextAsync("20,5");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Ret Digitalisering", Exact = true }).ClickAsync();
        var fte = Page.GetByLabel("Årsværk (én decimal, fx 12,5)");
        await Assertions.Expect(fte).ToHaveValueAsync("12,5");
        await Assertions.Expect(Page.GetByLabel("Lønsum i hele kroner")).ToHaveValueAsync("5.400.000");
        await fte.FillAsync("14,5");
        await SaveScreenshotAsync("organisation-edit");
        await Page.GetByTestId("save").ClickAsync();

        await Assertions.Expect(dig.GetByTestId("edit-centre-fte")).ToHaveTextAsync("22,5");
        // The version's history: created by the import, then this edit.
        await Assertions.Expect(Page.GetByTestId("audit-record")).ToHaveCountAsync(2);
        await Page.GotoAsync("/organisation?dato=2003-01-01");
        await Assertions.Expect(Chart.Locator("[data-testid='chart-centre'][data-code='DIG']").GetByTestId("centre-totals")).ToContainTextAsync("22,5 årsværk");
    }

    [SkippableFact]
    public async Task Administrator_EntersAnFteWithTwoDecimals_IsToldAtTheField_AndKeepsTheInput()
    {
        using var api = await EditOwnOrganisationAsync("2004-01-01");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Ret It-drift", Exact = true }).ClickAsync();
        await Page.GetByLabel("Årsværk (én decimal, fx 12,5)").FillAsync("8,25");
        await Page.GetByTestId("save").ClickAsync();

        await Assertions.Expect(Page.GetByText("Årsværk skal være mellem 0 og 100.000 og må højst have én decimal.")).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByLabel("Årsværk (én decimal, fx 12,5)")).ToHaveValueAsync("8,25");
    }

    [SkippableFact]
    public async Task Administrator_SavesAfterSomeoneElse_IsToldSo_KeepsTheInput_AndSavesAfterReloading()
    {
        using var api = await EditOwnOrganisationAsync("2002-01-01");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Ret Digitalisering", Exact = true }).ClickAsync();
        var fte = Page.GetByLabel("Årsværk (én decimal, fx 12,5)");
        await fte.FillAsync("15,0");

        // Someone else renames the directorate meanwhile.
        var versions = await api.GetFromJsonAsync<List<VersionDto>>("/api/v1/organisation/versions");
        var version = versions!.Single(v => v.EffectiveFrom == "2002-01-01");
        var read = await api.GetFromJsonAsync<VersionDetailsDto>($"/api/v1/organisation/versions/{version.Id}");
        var directorate = read!.Structure.Directorates.Single();
        (await api.PutAsJsonAsync($"/api/v1/organisation/versions/{version.Id}/directorates/{directorate.Key}", new { version = version.Version, name = "Digitalisering og borgerservice", directorName = "Anne Holm" }))
            .EnsureSuccessStatusCode();
        await Page.GetByTestId("save").ClickAsync();

        await Assertions.Expect(Page.GetByTestId("form-error")).ToContainTextAsync("En anden har ændret organisationen");
        await Assertions.Expect(fte).ToHaveValueAsync("15,0");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Hent igen" }).ClickAsync();
        await Page.GetByTestId("save").ClickAsync();

        var dig = Page.Locator("[data-testid='edit-centre'][data-code='DIG']");
        await Assertions.Expect(dig.GetByTestId("edit-centre-fte")).ToHaveTextAsync("23,0");
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Digitalisering og borgerservice" })).ToBeVisibleAsync();
    }

    [SkippableFact]
    public async Task Administrator_ImportsASmallCsv_SeesThePreviewCounts_AndThenTheChart()
    {
        await SignInAsync(DemoUsers.Administrator);
        await OpenAsync("/organisation/import");
        const string csv = """
            direktørområde;direktør;centerkode;centernavn;type;afdeling;årsværk;lønsum
            Digitalisering og service;Anne Holm;DIG;Digitaliseringscenter;center;Digitalisering;12,5;5.400.000
            Digitalisering og service;Anne Holm;DIG;Digitaliseringscenter;center;It-drift;8,0;3.100.000
            Job og social;Bo Berg;JOB;Jobcenter;center;Jobformidling;20,0;8.200.000
            Job og social;Bo Berg;SEK;Sekretariat;stab;;;
            """;

        await ChooseFileAsync("import-file", new FilePayload { Name = "organisation.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
        var day = Page.GetByTestId("import-day").Locator("input");
        await day.FillAsync("1. januar 2005");
        await day.PressAsync("Tab");
        await Page.GetByTestId("import-check").ClickAsync();

        var preview = Page.GetByTestId("import-preview");
        await Assertions.Expect(preview).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByTestId("preview-centres")).ToHaveTextAsync("2 centre og 1 stab");
        await Assertions.Expect(Page.GetByTestId("preview-units")).ToHaveTextAsync("3");
        await SaveScreenshotAsync("organisation-import");
        await Page.GetByTestId("import-confirm").ClickAsync();
        await Assertions.Expect(Page.GetByTestId("import-done")).ToContainTextAsync("1. januar 2005");

        await Page.GotoAsync("/organisation?dato=2005-01-01");
        await Assertions.Expect(Chart.GetByTestId("chart-centre")).ToHaveCountAsync(3);
        await Assertions.Expect(Page.GetByTestId("summary-fte")).ToHaveTextAsync("40,5");
    }

    [SkippableFact]
    public async Task Administrator_ImportsJson_ThenReplacesItOnlyAfterConfirming()
    {
        await SignInAsync(DemoUsers.Administrator);
        const string json = """
            { "effectiveFrom": "2006-01-01",
              "directorates": [ { "name": "Service", "director": "Anne Holm" } ],
              "centres": [ { "code": "BSC", "name": "Borgerservicecenter", "directorate": "Service", "kind": "Centre" } ],
              "units": [ { "name": "Borgerservice", "centre": "BSC", "fte": 22.5, "payroll": 8360000 } ] }
            """;
        var file = new FilePayload { Name = "organisation.json", MimeType = "application/json", Buffer = Encoding.UTF8.GetBytes(json) };

        await OpenAsync("/organisation/import");
        await ChooseFileAsync("import-file", file);
        await Assertions.Expect(Page.GetByTestId("import-day").Locator("input")).ToHaveValueAsync("1. januar 2006");
        await Page.GetByTestId("import-check").ClickAsync();
        await Assertions.Expect(Page.GetByTestId("preview-centres")).ToHaveTextAsync("1 center");
        await Page.GetByTestId("import-confirm").ClickAsync();
        await Assertions.Expect(Page.GetByTestId("import-done")).ToContainTextAsync("importeret");

        await OpenAsync("/organisation/import");
        await ChooseFileAsync("import-file", file);
        await Page.GetByTestId("import-check").ClickAsync();
        await Assertions.Expect(Page.GetByTestId("import-preview")).ToContainTextAsync("Importen erstatter den helt.");
        await Assertions.Expect(Page.GetByTestId("import-confirm")).ToBeDisabledAsync();
        await Page.GetByLabel("Ja, erstat organisationen fra 1. januar 2006").CheckAsync();
        await Page.GetByTestId("import-confirm").ClickAsync();

        await Assertions.Expect(Page.GetByTestId("import-done")).ToContainTextAsync("Organisationen fra 1. januar 2006 er erstattet.");
    }

    [SkippableFact]
    public async Task Administrator_ImportsACsvWithABadRow_SeesTheLineAndReason()
    {
        await SignInAsync(DemoUsers.Administrator);
        await OpenAsync("/organisation/import");
        const string csv = """
            direktørområde;direktør;centerkode;centernavn;type;afdeling;årsværk;lønsum
            Digitalisering og service;Anne Holm;DIG;Digitaliseringscenter;center;Digitalisering;tolv;5.400.000
            Digitalisering og service;Anne Holm;DIG;Digitaliseringscenter;kontor;It-drift;8,0;3.100.000 kr.
            Job og social;Bo Berg;JOB;Jobcenter;center;Jobformidling;20,0;-5
            """;

        await ChooseFileAsync("import-file", new FilePayload { Name = "fejl.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
        var day = Page.GetByTestId("import-day").Locator("input");
        await day.FillAsync("1. januar 2007");
        await day.PressAsync("Tab");
        await Page.GetByTestId("import-check").ClickAsync();

        await Assertions.Expect(Page.GetByTestId("import-errors")).ToContainTextAsync("Linje 2: Årsværk 'tolv' er ikke et tal. Skriv fx 12,5.");
        await Assertions.Expect(Page.GetByTestId("import-errors")).ToContainTextAsync("Linje 4: Lønsummen kan ikke være negativ.");
        await Assertions.Expect(Page.GetByTestId("import-preview")).ToHaveCountAsync(0);
        await SaveScreenshotAsync("organisation-import-errors");
    }

    // Clicks and typing reach the page only once its circuit runs; the prerendered HTML looks the same.
    private async Task OpenAsync(string path)
    {
        await Page.GotoAsync(path);
        await Assertions.Expect(Page.Locator("h1[data-interactive='true']")).ToBeVisibleAsync();
    }

    // Imports the test's own organisation from the day, and opens it in the editor as the administrator.
    // Returns the administrator's API client, for edits by "someone else".
    private async Task<HttpClient> EditOwnOrganisationAsync(string effectiveFrom)
    {
        var api = await ImportThroughTheApiAsync(effectiveFrom);
        await SignInAsync(DemoUsers.Administrator);
        await OpenAsync($"/organisation/rediger?dato={effectiveFrom}");
        return api;
    }

    // An organisation of the test's own: DIG (Digitalisering 12,5 + It-drift 8,0 = 20,5) and JOB.
    private async Task<HttpClient> ImportThroughTheApiAsync(string effectiveFrom)
    {
        var api = await ApiAsync(DemoUsers.Administrator);
        var response = await api.PostAsJsonAsync("/api/v1/organisation/import", new
        {
            effectiveFrom,
            source = "Browsertest",
            directorates = new[] { new { name = "Digitalisering og service", director = "Anne Holm" } },
            centres = new[]
            {
                new { code = "DIG", name = "Digitaliseringscenter", directorate = "Digitalisering og service", kind = "Centre" },
                new { code = "JOB", name = "Jobcenter", directorate = "Digitalisering og service", kind = "Centre" },
            },
            units = new[]
            {
                new { name = "Digitalisering", centre = "DIG", fte = 12.5m, payroll = 5_400_000L },
                new { name = "It-drift", centre = "DIG", fte = 8.0m, payroll = 3_100_000L },
                new { name = "Jobformidling", centre = "JOB", fte = 20.0m, payroll = 8_200_000L },
            },
        });
        response.EnsureSuccessStatusCode();
        return api;
    }

    private sealed record VersionDto(Guid Id, string EffectiveFrom, long Version);

    private sealed record VersionDetailsDto(StructureDto Structure);

    private sealed record StructureDto(List<DirectorateDto> Directorates);

    private sealed record DirectorateDto(Guid Key, string Name);
}
