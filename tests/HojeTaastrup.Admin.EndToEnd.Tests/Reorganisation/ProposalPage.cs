using Microsoft.Playwright;

namespace HojeTaastrup.Admin.EndToEnd.Tests.Reorganisation;

// A reorganisation proposal's page as a person sees it: tabs, the summary sentence, the change editor.
public sealed class ProposalPage(IPage page)
{
    // The proposal page is live (the circuit has taken over the prerendered page): tabs and buttons work.
    public Task WaitUntilLiveAsync() => WaitUntilLiveAsync(page);

    // Blazor drops a navigation started before the circuit has taken over the prerendered page, so
    // the tests wait for the page's data-interactive marker before they click.
    public static Task WaitUntilLiveAsync(IPage page) =>
        Assertions.Expect(page.Locator("[data-interactive='true']")).ToHaveCountAsync(1);

    public ILocator Summary => page.GetByTestId("impact-summary");

    public ILocator Status => page.Locator("header").GetByTestId("proposal-status");

    public ILocator Problems => page.GetByTestId("problems");

    public ILocator ChangeProblems => page.GetByTestId("change-problem");

    public ILocator Editor => page.GetByTestId("change-editor");

    public Task OpenTabAsync(string name) => page.GetByRole(AriaRole.Tab, new() { NameRegex = new System.Text.RegularExpressions.Regex("^" + name.Replace("/", "\\/", StringComparison.Ordinal)) }).ClickAsync();

    public async Task StartChangeAsync(string kind)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Tilføj ændring" }).ClickAsync();
        await Editor.GetByLabel("Type ændring").SelectOptionAsync(new SelectOptionValue { Label = kind });
    }

    public async Task SaveChangeAsync(string rationale)
    {
        await Editor.GetByLabel("Begrundelse").FillAsync(rationale);
        await Editor.GetByRole(AriaRole.Button, new() { Name = "Gem ændring" }).ClickAsync();
        await Assertions.Expect(Editor).ToHaveCountAsync(0);
    }

    // Clicks the action, then the button of the same name in the confirmation dialog.
    public async Task ConfirmActionAsync(string action)
    {
        await page.GetByTestId("overview").GetByRole(AriaRole.Button, new() { Name = action }).ClickAsync();
        await page.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = action }).ClickAsync();
    }
}
