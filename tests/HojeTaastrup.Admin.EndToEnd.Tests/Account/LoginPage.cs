using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace HojeTaastrup.Admin.EndToEnd.Tests.Account;

// The login form as a person sees it: found by its Danish labels, not by markup.
public sealed partial class LoginPage(IPage page)
{
    public const string Path = "/account/login";

    public ILocator UserName => page.GetByLabel("Brugernavn");

    public ILocator Password => page.GetByLabel("Adgangskode");

    public ILocator SubmitButton => page.GetByRole(AriaRole.Button, new() { Name = "Log ind" });

    public async Task OpenAsync() => await page.GotoAsync(Path);

    public async Task SignInAsync(string userName, string password)
    {
        await UserName.FillAsync(userName);
        await Password.FillAsync(password);
        await SubmitButton.ClickAsync();
    }

    public async Task ExpectShownAsync()
    {
        await Assertions.Expect(page).ToHaveURLAsync(LoginUrl());
        await Assertions.Expect(UserName).ToBeVisibleAsync();
        await Assertions.Expect(Password).ToBeVisibleAsync();
        await Assertions.Expect(SubmitButton).ToBeVisibleAsync();
    }

    [GeneratedRegex("/account/login", RegexOptions.IgnoreCase)]
    private static partial Regex LoginUrl();
}
