using Microsoft.Playwright;

namespace HojeTaastrup.Admin.EndToEnd.Tests.Administration;

// /administration as an administrator sees it: the user list, its row buttons and the user form.
public sealed class UsersPage(IPage page)
{
    public const string Path = "/administration";

    public async Task OpenAsync()
    {
        await page.GotoAsync(Path);
        await Assertions.Expect(page.Locator("[data-interactive='true']")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByTestId("users-grid")).ToBeVisibleAsync();
    }

    public ILocator Status(string userName) => page.GetByTestId($"user-status-{userName}");

    public async Task CreateAsync(string userName, string displayName, string password, string roleLabel)
    {
        await page.GetByTestId("user-create").ClickAsync();
        var form = page.GetByTestId("user-form");
        await form.GetByLabel("Brugernavn").FillAsync(userName);
        await form.GetByLabel("Navn", new() { Exact = true }).FillAsync(displayName);
        await form.GetByLabel("Adgangskode").FillAsync(password);
        await form.GetByLabel(roleLabel, new() { Exact = true }).CheckAsync();
        await page.GetByTestId("user-save").ClickAsync();
        await Assertions.Expect(page.GetByText($"Brugeren {userName} er oprettet.")).ToBeVisibleAsync();
    }

    public async Task DisableAsync(string userName)
    {
        await page.GetByTestId($"user-disable-{userName}").ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Deaktivér" }).ClickAsync();
        await Assertions.Expect(Status(userName)).ToHaveTextAsync("Deaktiveret");
    }
}
