using System.Text.RegularExpressions;
using HojeTaastrup.Admin.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;

namespace HojeTaastrup.Admin.EndToEnd.Tests.Account;

public sealed partial class LoginPageTests(PortalFixture portal) : BrowserTest(portal)
{
    [SkippableFact]
    public async Task LoginPage_ShowsDanishForm()
    {
        var login = new LoginPage(Page);

        await login.OpenAsync();

        await login.ExpectShownAsync();
        await SaveScreenshotAsync("login");
    }

    [SkippableFact]
    public async Task SignIn_WithWrongPassword_ShowsDanishMessageAndStaysOnLogin()
    {
        var login = new LoginPage(Page);
        await login.OpenAsync();

        await login.SignInAsync(DemoUsers.Reader, "Forkert-kode-1");

        await Assertions.Expect(Page.GetByText("Forkert brugernavn eller adgangskode.")).ToBeVisibleAsync();
        await login.ExpectShownAsync();
        await SaveScreenshotAsync("login-error");
    }

    [SkippableFact]
    public async Task AnonymousVisitToStartPage_RedirectsToLogin_AndSignInReturnsThere()
    {
        var login = new LoginPage(Page);

        await Page.GotoAsync("/");

        await Assertions.Expect(Page).ToHaveURLAsync(LoginWithReturnUrl());
        await login.ExpectShownAsync();

        await login.SignInAsync(DemoUsers.Reader, DemoUsers.Password);

        await Assertions.Expect(Page).ToHaveURLAsync(Portal.BaseAddress.ToString());
        await Assertions.Expect(new PortalShell(Page).WelcomeHeading).ToBeVisibleAsync();
    }

    [GeneratedRegex(@"/account/login\?returnUrl=", RegexOptions.IgnoreCase)]
    private static partial Regex LoginWithReturnUrl();
}
