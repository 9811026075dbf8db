using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using HojeTaastrup.Admin.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace HojeTaastrup.Admin.EndToEnd.Tests.Reorganisation;

// A proposal with many changes: the Ændringer tab draws only the changes in view (Virtualize), so switching to it
// does not grow with the number of changes; scrolling brings the later ones. Works on a draft of its own from 2033
// (after the other tests' drafts) that is never adopted.
public sealed class LongProposalTests(PortalFixture portal, ITestOutputHelper output) : BrowserTest(portal)
{
    private const int Changes = 80;

    [SkippableFact]
    public async Task Director_OpensTheChangesOfALongProposal_SeesOnlyWhatIsInView_AndScrollsToTheLast()
    {
        using var director = await ApiAsync(DemoUsers.Director);
        var created = await director.PostAsJsonAsync("/api/v1/reorganisations", new { title = "Mange navneændringer", purpose = "Prøve", effectiveDate = "2033-01-01" });
        var proposal = (await created.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonObject>())!;
        var id = (string)proposal["id"]!;
        var version = (long)proposal["version"]!;
        for (var n = 1; n <= Changes; n++)
        {
            var added = await director.PostAsJsonAsync($"/api/v1/reorganisations/{id}/changes", new { kind = "RenameCentre", centre = "BYC", newName = $"Byrådscenter {n}", rationale = $"Navn nummer {n}.", version });
            version = (long)(await added.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonObject>())!["version"]!;
        }

        await SignInAsync(DemoUsers.Director);
        await Page.GotoAsync($"/reorganisering/{id}");
        var page = new ProposalPage(Page);
        await page.WaitUntilLiveAsync();

        var watch = Stopwatch.StartNew();
        await page.OpenTabAsync("Ændringer");
        var items = Page.GetByTestId("change-item");
        await Assertions.Expect(items.First).ToContainTextAsync("BYC omdøbes til Byrådscenter 1.");
        output.WriteLine($"Ændringer tab with {Changes} changes drawn in {watch.ElapsedMilliseconds} ms");

        // Only what fits the window (and a few around it) is drawn, not all the changes.
        var drawn = await items.CountAsync();
        Assert.InRange(drawn, 3, Changes / 2);
        await Assertions.Expect(Page.GetByText("BYC omdøbes til Byrådscenter 80.")).ToHaveCountAsync(0);
        await SaveScreenshotAsync("reorganisation-changes-long");

        // Scrolling to the end draws the last change, numbered for assistive technology as the 80th.
        var last = Page.GetByTestId("change-item").Filter(new() { HasText = "BYC omdøbes til Byrådscenter 80." });
        for (var i = 0; i < 40 && await last.CountAsync() == 0; i++)
        {
            await items.Last.ScrollIntoViewIfNeededAsync();
            await Page.WaitForTimeoutAsync(100);
        }

        await Assertions.Expect(last).ToBeVisibleAsync();
        await Assertions.Expect(last).ToHaveAttributeAsync("value", Changes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.InRange(await items.CountAsync(), 3, Changes / 2);
    }
}
