using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using HojeTaastrup.Admin.EndToEnd.Tests.Infrastructure;
using HojeTaastrup.Admin.EndToEnd.Tests.Reorganisation;
using Microsoft.Playwright;

namespace HojeTaastrup.Admin.EndToEnd.Tests.Realisation;

public sealed class RealisationTests(PortalFixture portal) : BrowserTest(portal)
{
    // A director has a programme 2017–2018 (target 3 mio. kr. in 2017) with one adopted proposal R1 planned at 3 mio. kr.;
    // finance imports a CSV of 2,5 mio. kr. realised in 2017, and the chart and the gap move from 3 to 0,5 mio. kr.
    [SkippableFact]
    public async Task Finance_ImportsACsv_AndTheChartAndTheGapChange()
    {
        var (programmeId, _) = await ArrangeProgrammeAsync();
        await SignInAsync(DemoUsers.Finance);
        await Page.GotoAsync($"/gevinstrealisering/{programmeId}");
        await ProposalPage.WaitUntilLiveAsync(Page);
        await Assertions.Expect(Page.GetByTestId("gap-2017")).ToHaveTextAsync("Mangler 3 mio. kr.");
        await Assertions.Expect(Page.GetByTestId("realisation-chart")).ToHaveAttributeAsync("data-realised", "0;0");

        await FollowAsync(Page.GetByTestId("realisation-import"), "**/import");
        // As Danish Excel saves it: semicolons, Windows-1252, thousands with dots, days as dd-mm-åååå.
        var csv = Encoding.GetEncoding(1252).GetBytes("forslag;år;beløb;dato;note\r\nR1;2017;1.500.000;30-06-2017;Løn 1. halvår\r\nR1;2017;1.000.000;31-12-2017;Løn 2. halvår\r\n");
        await ChooseFileAsync("realisation-file", new FilePayload { Name = "realiseret.csv", MimeType = "text/csv", Buffer = csv });
        await Assertions.Expect(Page.GetByTestId("realisation-preview")).ToContainTextAsync("2 nye på i alt 2,5 mio. kr.");
        await Assertions.Expect(Page.GetByTestId("realisation-rows")).ToContainTextAsync("Løn 1. halvår");
        await SaveScreenshotAsync("realisation-import-preview");
        await Page.GetByTestId("realisation-import-confirm").ClickAsync();
        await Assertions.Expect(Page.GetByTestId("realisation-import-done")).ToContainTextAsync("2 posteringer på i alt 2,5 mio. kr.");

        await Page.GotoAsync($"/gevinstrealisering/{programmeId}");
        await ProposalPage.WaitUntilLiveAsync(Page);
        await Assertions.Expect(Page.GetByTestId("gap-2017")).ToHaveTextAsync("Mangler 0,5 mio. kr.");
        await Assertions.Expect(Page.GetByTestId("realised-2017")).ToHaveTextAsync("2,5 mio. kr.");
        await Assertions.Expect(Page.GetByTestId("realisation-chart")).ToHaveAttributeAsync("data-realised", "2500000;0");
        await Assertions.Expect(Page.GetByTestId("realisation-chart").Locator("svg")).ToHaveCountAsync(1);
    }

    // The demo programme of seed 004: the dashboard, a proposal's realisation and the comparison with the frozen
    // "1. budgetopfølgning 2017", looked at as screenshots.
    [SkippableFact]
    public async Task Reader_SeesTheNyNyDashboard_AProposalsRealisation_AndTheFollowUpComparison()
    {
        await SignInAsync(DemoUsers.Reader);
        await Page.GotoAsync("/gevinstrealisering");
        await ProposalPage.WaitUntilLiveAsync(Page);
        await Page.GetByRole(AriaRole.Link, new() { Name = "Nye Rammer – Ny Administration" }).ClickAsync();
        await ProposalPage.WaitUntilLiveAsync(Page);
        await Assertions.Expect(Page.GetByTestId("gap-2017")).ToHaveTextAsync("Mangler 1,4 mio. kr.");
        await Assertions.Expect(Page.GetByTestId("cover-measures")).ToContainTextAsync("Ansættelsesstop i administrative funktioner");
        await Assertions.Expect(Page.GetByTestId("realisation-years")).ToContainTextAsync("2,4 mio. kr. over målet");
        await Assertions.Expect(Page.GetByTestId("investment-remaining")).ToContainTextAsync("7,94 mio. kr.");
        await Assertions.Expect(Page.GetByTestId("realisation-import")).ToHaveCountAsync(0);
        await SaveScreenshotAsync("realisation-dashboard");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Tekniske budgetrester og PL-fremskrivning" }).ClickAsync();
        await ProposalPage.WaitUntilLiveAsync(Page);
        await Assertions.Expect(Page.GetByTestId("rebaselines")).ToContainTextAsync("planlagt 1,025 mio. kr. → 0,9 mio. kr.");
        await Assertions.Expect(Page.GetByTestId("entries")).ToContainTextAsync("Budgetrester, 2. halvår");
        await SaveScreenshotAsync("realisation-proposal");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Nye Rammer – Ny Administration" }).ClickAsync();
        await ProposalPage.WaitUntilLiveAsync(Page);
        await Page.GetByRole(AriaRole.Link, new() { Name = "1. budgetopfølgning 2017" }).ClickAsync();
        await ProposalPage.WaitUntilLiveAsync(Page);
        await Assertions.Expect(Page.GetByTestId("moves")).ToContainTextAsync("PL-fremskrivningen for 2019 blev nedjusteret");
        await Assertions.Expect(Page.GetByTestId("moves")).ToContainTextAsync("3. kvartal");
        await SaveScreenshotAsync("realisation-follow-up-comparison");
    }

    // Finance opens the proposal's realisation and sets its 2017 forecast to 2,2 mio. kr.; the dashboard's forecast for
    // 2017 goes from 3 mio. kr. (the plan) to it. A negative forecast gets the validator's Danish message. Someone
    // else then changes the forecast through the API: the stale save says so, keeps "2,4 mio." in the field, and after
    // fetching the newest figures the same save goes through.
    [SkippableFact]
    public async Task Finance_SetsAForecast_AndTheDashboardsForecastForThatYearChanges()
    {
        var (programmeId, proposalId) = await ArrangeProgrammeAsync();
        await SignInAsync(DemoUsers.Finance);
        await Page.GotoAsync($"/gevinstrealisering/{programmeId}");
        await ProposalPage.WaitUntilLiveAsync(Page);
        await Assertions.Expect(Page.GetByTestId("forecast-2017")).ToHaveTextAsync("3 mio. kr.");

        await FollowAsync(Page.GetByRole(AriaRole.Link, new() { Name = "Fælles lønadministration" }), $"**/gevinstrealisering/forslag/{proposalId}");
        var form = Page.GetByTestId("forecast-form");
        var amount = Page.Locator("#forecast-amount");
        await ChooseAsync(form, "2017");
        await Assertions.Expect(amount).ToHaveValueAsync("3.000.000");
        await amount.FillAsync("-5");
        await form.GetByTestId("forecast-save").ClickAsync();
        await Assertions.Expect(form.GetByTestId("form-error")).ToContainTextAsync("En prognose kan ikke være negativ.");

        await amount.FillAsync("2,2 mio.");
        await form.GetByTestId("forecast-save").ClickAsync();
        await Assertions.Expect(Page.GetByTestId("forecast-2017")).ToHaveTextAsync("2,2 mio. kr.");
        await Assertions.Expect(form.GetByTestId("form-error")).ToHaveCountAsync(0);

        using var otherFinance = await ApiAsync(DemoUsers.Finance);
        var realisation = await ReadAsync(await otherFinance.GetAsync($"/api/v1/proposals/{proposalId}/realisation"));
        await ReadAsync(await otherFinance.PostAsJsonAsync($"/api/v1/proposals/{proposalId}/realisation/forecast",
            new { year = 2017, amount = 2_500_000L, version = (long)realisation["version"]! }));
        await amount.FillAsync("2,4 mio.");
        await form.GetByTestId("forecast-save").ClickAsync();
        await Assertions.Expect(form.GetByTestId("form-error")).ToContainTextAsync("En anden har ændret tallene");
        await Assertions.Expect(amount).ToHaveValueAsync("2,4 mio.");
        await SaveScreenshotAsync("realisation-forecast-conflict");
        await form.GetByTestId("reload").ClickAsync();
        await Assertions.Expect(Page.GetByTestId("forecast-2017")).ToHaveTextAsync("2,5 mio. kr.");
        await Assertions.Expect(amount).ToHaveValueAsync("2,4 mio.");
        await form.GetByTestId("forecast-save").ClickAsync();
        await Assertions.Expect(Page.GetByTestId("forecast-2017")).ToHaveTextAsync("2,4 mio. kr.");
        await SaveScreenshotAsync("realisation-forecast");
        // The full page has the sticky header over the forms; the forms alone, as finance sees them.
        await Page.Locator(".realisation-forms").ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Screenshots, "realisation-proposal-forms.png") });

        await Page.GotoAsync($"/gevinstrealisering/{programmeId}");
        await ProposalPage.WaitUntilLiveAsync(Page);
        await Assertions.Expect(Page.GetByTestId("forecast-2017")).ToHaveTextAsync("2,4 mio. kr.");
    }

    // Finance creates a fund of 5 mio. kr. in 2017 and 1 mio. kr. in 2018, disburses 1,5 mio. kr. for a fibre network
    // with a yearly effect of 0,3 mio. kr. carried by R1: 4,5 mio. kr. remain. Disbursing 5 mio. kr. more is refused
    // with the domain's Danish sentence, and nothing of it is saved.
    [SkippableFact]
    public async Task Finance_DisbursesFromAFund_RemainingDrops_AndMoreThanRemainsIsRefused()
    {
        var (programmeId, _) = await ArrangeProgrammeAsync();
        await SignInAsync(DemoUsers.Finance);
        await Page.GotoAsync($"/gevinstrealisering/{programmeId}");
        await ProposalPage.WaitUntilLiveAsync(Page);
        await FollowAsync(Page.GetByTestId("investments-link"), "**/investeringer");

        var fundForm = Page.GetByTestId("fund-form");
        await Page.Locator("#fund-name").FillAsync("Digitaliseringspulje");
        await Page.Locator("#grant-amount-0").FillAsync("5 mio.");
        await fundForm.GetByTestId("add-grant").ClickAsync();
        await Assertions.Expect(Page.Locator("#grant-year-1")).ToHaveValueAsync("2018");
        await Page.Locator("#grant-amount-1").FillAsync("1.000.000");
        await fundForm.GetByTestId("fund-save").ClickAsync();
        var fund = Page.Locator("[data-testid='investment'][data-fund='Digitaliseringspulje']");
        await Assertions.Expect(fund.GetByTestId("investment-remaining")).ToHaveTextAsync("Endnu ikke udbetalt: 6 mio. kr.");

        await fund.GetByTestId("disburse-open").ClickAsync();
        await Page.Locator("#disburse-title").FillAsync("Fibernet");
        await Page.Locator("#disburse-amount").FillAsync("1,5 mio.");
        await Page.Locator("#disburse-effect").FillAsync("300.000");
        await ChooseAsync(fund.GetByTestId("disburse-form"), "R1 · Fælles lønadministration");
        await fund.GetByTestId("disburse-save").ClickAsync();
        await Assertions.Expect(fund.GetByTestId("investment-remaining")).ToHaveTextAsync("Endnu ikke udbetalt: 4,5 mio. kr.");
        await Assertions.Expect(fund.GetByTestId("disbursement")).ToHaveCountAsync(1);
        await Assertions.Expect(fund.GetByTestId("disbursement")).ToContainTextAsync("R1");
        await Assertions.Expect(fund.GetByTestId("disbursement")).ToContainTextAsync("0,3 mio. kr.");

        await fund.GetByTestId("disburse-open").ClickAsync();
        await Page.Locator("#disburse-title").FillAsync("iPads");
        await Page.Locator("#disburse-amount").FillAsync("5 mio.");
        await fund.GetByTestId("disburse-save").ClickAsync();
        await Assertions.Expect(fund.GetByTestId("form-error")).ToHaveTextAsync("Der er kun 4,5 mio. kr. tilbage i investeringspuljen.");
        await Assertions.Expect(fund.GetByTestId("investment-remaining")).ToHaveTextAsync("Endnu ikke udbetalt: 4,5 mio. kr.");
        await SaveScreenshotAsync("realisation-investments-refused");

        await Page.ReloadAsync();
        await ProposalPage.WaitUntilLiveAsync(Page);
        await Assertions.Expect(fund.GetByTestId("investment-remaining")).ToHaveTextAsync("Endnu ikke udbetalt: 4,5 mio. kr.");
        await Assertions.Expect(fund.GetByTestId("disbursement")).ToHaveCountAsync(1);
        await Assertions.Expect(fund.GetByTestId("investment-disbursed")).ToHaveTextAsync("1,5 mio. kr.");

        await Page.GotoAsync($"/gevinstrealisering/{programmeId}");
        await ProposalPage.WaitUntilLiveAsync(Page);
        await Assertions.Expect(fund.GetByTestId("investment-remaining")).ToHaveTextAsync("Endnu ikke udbetalt: 4,5 mio. kr.");
        await Assertions.Expect(fund.GetByTestId("disburse-open")).ToHaveCountAsync(0);
        await SaveScreenshotAsync("realisation-dashboard-finance");
    }

    // Finance has typed a disbursement while a colleague disburses 0,5 mio. kr. from the same 5 mio. kr. fund through
    // the API: the stale save is refused with the conflict message, the form keeps what was typed, and after fetching
    // the newest figures (4,5 mio. kr. remaining) the same save leaves 3 mio. kr.
    [SkippableFact]
    public async Task Finance_DisbursesFromAFundChangedMeanwhile_IsToldSo_AndKeepsWhatWasTyped()
    {
        var (programmeId, _) = await ArrangeProgrammeAsync();
        using var colleague = await ApiAsync(DemoUsers.Finance);
        var created = await ReadAsync(await colleague.PostAsJsonAsync($"/api/v1/programmes/{programmeId}/investments",
            new { name = "Velfærdsteknologi", grants = new[] { new { year = 2017, amount = 5_000_000L } } }));
        await SignInAsync(DemoUsers.Finance);
        await Page.GotoAsync($"/gevinstrealisering/{programmeId}/investeringer");
        await ProposalPage.WaitUntilLiveAsync(Page);
        var fund = Page.Locator("[data-testid='investment'][data-fund='Velfærdsteknologi']");
        await fund.GetByTestId("disburse-open").ClickAsync();
        await Page.Locator("#disburse-title").FillAsync("Skærme til hjemmeplejen");
        await Page.Locator("#disburse-amount").FillAsync("1,5 mio.");

        await ReadAsync(await colleague.PostAsJsonAsync($"/api/v1/investments/{created["id"]}/disbursements",
            new { title = "Sensorer", date = "2017-03-01", amount = 500_000L, yearlyEffect = 0L, version = (long)created["version"]! }));
        await fund.GetByTestId("disburse-save").ClickAsync();
        await Assertions.Expect(fund.GetByTestId("form-error")).ToContainTextAsync("En anden har ændret tallene");
        await Assertions.Expect(Page.Locator("#disburse-title")).ToHaveValueAsync("Skærme til hjemmeplejen");
        await Assertions.Expect(fund.GetByTestId("investment-remaining")).ToHaveTextAsync("Endnu ikke udbetalt: 5 mio. kr.");

        await fund.GetByTestId("reload").ClickAsync();
        await Assertions.Expect(fund.GetByTestId("investment-remaining")).ToHaveTextAsync("Endnu ikke udbetalt: 4,5 mio. kr.");
        await Assertions.Expect(Page.Locator("#disburse-amount")).ToHaveValueAsync("1,5 mio.");
        await fund.GetByTestId("disburse-save").ClickAsync();
        await Assertions.Expect(fund.GetByTestId("investment-remaining")).ToHaveTextAsync("Endnu ikke udbetalt: 3 mio. kr.");
        await Assertions.Expect(fund.GetByTestId("disbursement")).ToHaveCountAsync(2);
    }

    // A reader sees the forecast and the investments of the seed's programme, and no form or button to change them.
    [SkippableFact]
    public async Task Reader_SeesForecastsAndInvestments_WithoutAnyEditButtons()
    {
        await SignInAsync(DemoUsers.Reader);
        await Page.GotoAsync("/gevinstrealisering");
        await ProposalPage.WaitUntilLiveAsync(Page);
        await Page.GetByRole(AriaRole.Link, new() { Name = "Nye Rammer – Ny Administration" }).ClickAsync();
        await ProposalPage.WaitUntilLiveAsync(Page);
        var dashboard = Page.Url;
        await Assertions.Expect(Page.GetByTestId("investment").First).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByTestId("investments-link")).ToHaveCountAsync(0);

        await Page.GotoAsync(dashboard + "/investeringer");
        await ProposalPage.WaitUntilLiveAsync(Page);
        await Assertions.Expect(Page.GetByTestId("investment-remaining").First).ToContainTextAsync("mio. kr.");
        await Assertions.Expect(Page.GetByTestId("disburse-open")).ToHaveCountAsync(0);
        await Assertions.Expect(Page.GetByTestId("fund-form")).ToHaveCountAsync(0);
        await Assertions.Expect(Page.Locator(".realisation-page button")).ToHaveCountAsync(0);
        await SaveScreenshotAsync("realisation-investments-reader");

        await Page.GotoAsync(dashboard);
        await ProposalPage.WaitUntilLiveAsync(Page);
        await Page.GetByRole(AriaRole.Link, new() { Name = "Tekniske budgetrester og PL-fremskrivning" }).ClickAsync();
        await ProposalPage.WaitUntilLiveAsync(Page);
        await Assertions.Expect(Page.GetByTestId("proposal-years")).ToContainTextAsync("Prognose");
        await Assertions.Expect(Page.GetByTestId("forecast-form")).ToHaveCountAsync(0);
        await Assertions.Expect(Page.GetByTestId("entry-form")).ToHaveCountAsync(0);
        await Assertions.Expect(Page.GetByTestId("rebaseline-form")).ToHaveCountAsync(0);
        await Assertions.Expect(Page.Locator(".realisation-page button")).ToHaveCountAsync(0);
    }

    // Until the link's address is there, the old page's live marker would answer the wait.
    private async Task FollowAsync(ILocator link, string address)
    {
        await link.ClickAsync();
        await Page.WaitForURLAsync(address);
        await ProposalPage.WaitUntilLiveAsync(Page);
    }

    // A MudSelect inside the scope: open it and pick the option by its text.
    private async Task ChooseAsync(ILocator scope, string option)
    {
        await scope.Locator(".mud-select").First.ClickAsync();
        await Page.GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
    }

    private async Task<(string Programme, string Proposal)> ArrangeProgrammeAsync()
    {
        using var director = await ApiAsync(DemoUsers.Director);
        var programme = await ReadAsync(await director.PostAsJsonAsync("/api/v1/programmes", new
        {
            name = $"Realisering {Guid.NewGuid():N}"[..24],
            firstYear = 2017,
            lastYear = 2018,
            targets = new[] { new { year = 2017, amount = 3_000_000L } },
            tracks = Array.Empty<string>(),
        }));
        var proposal = await ReadAsync(await director.PostAsJsonAsync($"/api/v1/programmes/{programme["id"]}/proposals", new
        {
            number = "R1",
            title = "Fælles lønadministration",
            ownerCentre = "ØAC",
            category = "Administration",
            amounts = new[] { new { year = 2017, amount = 3_000_000L } },
            milestones = Array.Empty<object>(),
        }));
        foreach (var status in new[] { "InHearing", "Adopted" })
        {
            proposal = await ReadAsync(await director.PostAsJsonAsync($"/api/v1/proposals/{proposal["id"]}/status", new { status, version = (long)proposal["version"]! }));
        }

        return ((string)programme["id"]!, (string)proposal["id"]!);
    }

    private static async Task<JsonObject> ReadAsync(HttpResponseMessage response) =>
        (await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonObject>())!;

    static RealisationTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
}
