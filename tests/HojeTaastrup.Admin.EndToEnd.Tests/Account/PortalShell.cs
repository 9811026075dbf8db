using Microsoft.Playwright;

namespace HojeTaastrup.Admin.EndToEnd.Tests.Account;

// The frame around every signed-in page: header with the user's name and "Log ud", and the role-dependent menu.
public sealed class PortalShell(IPage page)
{
    public static readonly string[] AllMenuItems =
        ["Forside", "Organisation", "Reorganisering", "Høringer", "Besparelser", "Gevinstrealisering", "Administration"];

    public ILocator Menu => page.Locator("[data-testid='main-menu']");

    public ILocator WelcomeHeading => page.GetByRole(AriaRole.Heading, new() { Name = "Velkommen" }).First;

    public ILocator SignOutButton => page.GetByRole(AriaRole.Button, new() { Name = "Log ud" });

    public ILocator MenuItem(string text) => Menu.GetByRole(AriaRole.Link, new() { Name = text });

    public ILocator VisibleText(string text) => page.GetByText(text).Filter(new() { Visible = true }).First;

    public async Task ExpectMenuAsync(IReadOnlyCollection<string> expectedItems)
    {
        foreach (var item in expectedItems)
        {
            await Assertions.Expect(MenuItem(item)).ToBeVisibleAsync();
        }

        // Checked after the expected items are visible, so the menu has rendered and absence means absence.
        foreach (var item in AllMenuItems.Except(expectedItems))
        {
            await Assertions.Expect(MenuItem(item)).ToHaveCountAsync(0);
        }
    }
}
