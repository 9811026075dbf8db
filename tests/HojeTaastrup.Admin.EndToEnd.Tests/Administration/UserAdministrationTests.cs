using System.Net.Http.Json;
using HojeTaastrup.Admin.EndToEnd.Tests.Account;
using HojeTaastrup.Admin.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;

namespace HojeTaastrup.Admin.EndToEnd.Tests.Administration;

// The administrator works on /administration; the users concerned sit in browser contexts of their own.
// Every test makes its own users, so the shared portal's demo users stay as they are.
public sealed class UserAdministrationTests(PortalFixture portal) : BrowserTest(portal)
{
    private const string Password = "Ny-direktor-2030";
    private static readonly string[] DirectorMenu = ["Forside", "Organisation", "Reorganisering", "Høringer", "Besparelser", "Gevinstrealisering"];

    [SkippableFact]
    public async Task CreateDirector_OnTheAdministrationPage_TheDirectorSignsInAndSeesTheDirectorMenu()
    {
        var userName = "dir" + Guid.NewGuid().ToString("N")[..8];
        await SignInAsync(DemoUsers.Administrator);
        var users = new UsersPage(Page);
        await users.OpenAsync();

        await users.CreateAsync(userName, "Nina Direktør", Password, "Direktion");

        await Assertions.Expect(users.Status(userName)).ToHaveTextAsync("Aktiv");
        await SaveScreenshotAsync("administration-users");
        await using var directorContext = await NewContextAsync();
        var director = await directorContext.NewPageAsync();
        var login = new LoginPage(director);
        await login.OpenAsync();
        await login.SignInAsync(userName, Password);
        var shell = new PortalShell(director);
        await Assertions.Expect(shell.WelcomeHeading).ToBeVisibleAsync();
        await Assertions.Expect(shell.VisibleText("Nina Direktør")).ToBeVisibleAsync();
        await shell.ExpectMenuAsync(DirectorMenu);
    }

    [SkippableFact]
    public async Task Disable_AUserWithAnOpenPage_ThatPageLosesAccessWithoutReload()
    {
        var userName = "laeser" + Guid.NewGuid().ToString("N")[..8];
        var admin = await ApiAsync(DemoUsers.Administrator);
        var created = await admin.PostAsJsonAsync("/api/v1/users", new { userName, displayName = "Lise Læser", password = Password, roles = new[] { "Reader" } });
        created.EnsureSuccessStatusCode();
        await using var readerContext = await NewContextAsync();
        var reader = await readerContext.NewPageAsync();
        var login = new LoginPage(reader);
        await login.OpenAsync();
        await login.SignInAsync(userName, Password);
        await reader.GotoAsync("/organisation");
        await Assertions.Expect(reader.Locator("[data-interactive='true']")).ToHaveCountAsync(1);
        await Assertions.Expect(reader.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();

        await SignInAsync(DemoUsers.Administrator);
        var users = new UsersPage(Page);
        await users.OpenAsync();
        await users.DisableAsync(userName);

        // Nobody reloads the reader's page: the circuit re-validates now and the router sends it to sign-in.
        await Assertions.Expect(reader).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login"), new() { Timeout = 5_000 });
        await new LoginPage(reader).ExpectShownAsync();
    }

    // Another person's browser: cookies of its own.
    private Task<IBrowserContext> NewContextAsync() => Portal.Browser.NewContextAsync(new BrowserNewContextOptions
    {
        BaseURL = Portal.BaseAddress.ToString(),
        Locale = "da-DK",
        TimezoneId = "Europe/Copenhagen",
    });
}
