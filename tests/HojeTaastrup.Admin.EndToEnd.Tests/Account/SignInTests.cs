using HojeTaastrup.Admin.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;
using AdminRoles = HojeTaastrup.Admin.Data.Identity.Roles;

namespace HojeTaastrup.Admin.EndToEnd.Tests.Account;

public sealed class SignInTests(PortalFixture portal) : BrowserTest(portal)
{
    // Everyone signed in reads the savings that have left Draft, and their realisation.
    private static readonly string[] EveryoneItems = ["Forside", "Organisation", "Reorganisering", "Besparelser", "Høringer", "Gevinstrealisering"];
    private static readonly string[] FinanceItems = EveryoneItems;
    private static readonly string[] AdministratorItems = [.. FinanceItems, "Administration"];

    public static TheoryData<string, string, string[]> RolesAndTheirMenus => new()
    {
        { AdminRoles.Administrator, DemoUsers.Administrator, AdministratorItems },
        { AdminRoles.Director, DemoUsers.Director, FinanceItems },
        { AdminRoles.Finance, DemoUsers.Finance, FinanceItems },
        { AdminRoles.MedMember, DemoUsers.MedMember, EveryoneItems },
        { AdminRoles.Reader, DemoUsers.Reader, EveryoneItems },
    };

    [SkippableTheory]
    [MemberData(nameof(RolesAndTheirMenus))]
    public async Task SignIn_AsRole_ShowsStartPageWithOnlyTheRolesMenu_AndSignOutShowsLogin(string role, string userName, string[] menuItems)
    {
        var user = await Portal.GetDemoUserAsync(userName);
        Assert.Contains(role, user.Roles);
        Assert.False(string.IsNullOrWhiteSpace(user.DisplayName), $"{userName} has no display name.");
        var login = new LoginPage(Page);
        var shell = new PortalShell(Page);

        await login.OpenAsync();
        await login.SignInAsync(userName, DemoUsers.Password);

        await Assertions.Expect(Page).ToHaveURLAsync(Portal.BaseAddress.ToString());
        await Assertions.Expect(shell.WelcomeHeading).ToBeVisibleAsync();
        await Assertions.Expect(shell.VisibleText(user.DisplayName)).ToBeVisibleAsync();
        await shell.ExpectMenuAsync(menuItems);
        await SaveScreenshotAsync($"start-{userName}");

        await shell.SignOutButton.ClickAsync();

        await login.ExpectShownAsync();
        await Assertions.Expect(shell.SignOutButton).ToHaveCountAsync(0);
    }
}
