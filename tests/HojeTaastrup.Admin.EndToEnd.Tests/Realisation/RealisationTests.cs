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
        var programmeId = await ArrangeProgrammeAsync();
        await SignInAsync(DemoUsers.Finance);
        await Page.GotoAsync($"/gevinstrealisering/{programmeId}");
        await ProposalPage.WaitUntilLiveAsync(Page);
        await Assertions.Expect(Page.GetByTestId("gap-2017")).ToHaveTextAsync("Mangler 3 mio. kr.");
        await Assertions.Expect(Page.GetByTestId("realisation-chart")).ToHaveAttributeAsync("data-realised", "0;0");

        await Page.GetByTestId("realisation-import").ClickAsync();
        await ProposalPage.WaitUntilLiveAsync(Page);
        // As Danish Excel saves it: semicolons, Windows-1252, thousands with dots, days as dd-mm-åååå.
        var csv = Encoding.GetEncoding(1252).GetBytes("forslag;år;beløb;dato;note\r\nR1;2017;1.500.000;30-06-2017;Løn 1. halvår\r\nR1;2017;1.000.000;31-12-2017;Løn 2. halvår\r\n");
        await Page.GetByTestId("realisation-file").SetInputFilesAsync(new FilePayload { Name = "realiseret.csv", MimeType = "text/csv", Buffer = csv });
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

    private async Task<string> ArrangeProgrammeAsync()
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

        return (string)programme["id"]!;
    }

    private static async Task<JsonObject> ReadAsync(HttpResponseMessage response) =>
        (await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonObject>())!;

    static RealisationTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
}
