using System.Net.Http.Json;
using HojeTaastrup.Admin.EndToEnd.Tests.Account;
using Microsoft.Playwright;

namespace HojeTaastrup.Admin.EndToEnd.Tests.Infrastructure;

// A fresh browser context per test (own cookies), with the console watched: a Blazor circuit error only shows there.
[Collection(PortalTests.Name)]
public abstract class BrowserTest(PortalFixture portal) : IAsyncLifetime
{
    private readonly List<string> _consoleErrors = [];
    private IBrowserContext? _context;
    private IPage? _page;

    protected PortalFixture Portal { get; } = portal;

    protected IPage Page => _page ?? throw new InvalidOperationException("The page is not open.");

    public async Task InitializeAsync()
    {
        Skip.If(Portal.SkipReason is not null, Portal.SkipReason);

        // The first page of a cold app on a busy two-core CI machine takes longer than Playwright's 5 s default.
        Assertions.SetDefaultExpectTimeout(15_000);
        _context = await Portal.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Portal.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1366, Height = 768 },
            Locale = "da-DK",
            TimezoneId = "Europe/Copenhagen",
        });
        _page = await _context.NewPageAsync();
        _page.Console += (_, message) =>
        {
            if (message.Type == "error" && !IsMissingFavicon(message))
            {
                _consoleErrors.Add($"console: {message.Text} ({message.Location})");
            }
        };
        _page.PageError += (_, error) => _consoleErrors.Add($"page error: {error}");
    }

    public async Task DisposeAsync()
    {
        if (_context is null)
        {
            return;
        }

        await _context.DisposeAsync();
        Assert.True(_consoleErrors.Count == 0, "The page logged errors:" + Environment.NewLine + string.Join(Environment.NewLine, _consoleErrors));
    }

    // Signs a demo user in through the login page and waits for the start page.
    protected async Task SignInAsync(string userName)
    {
        var login = new LoginPage(Page);
        await login.OpenAsync();
        await login.SignInAsync(userName, DemoUsers.Password);
        var shell = new PortalShell(Page);
        await Assertions.Expect(shell.WelcomeHeading).ToBeVisibleAsync();
        await Assertions.Expect(shell.SignOutButton).ToBeVisibleAsync();
    }

    // An API client of the running portal with a demo user's bearer token, for arranging test data.
    protected async Task<HttpClient> ApiAsync(string userName)
    {
        var api = new HttpClient { BaseAddress = Portal.BaseAddress };
        var token = await (await api.PostAsJsonAsync("/api/v1/auth/token", new { userName, password = DemoUsers.Password }))
            .EnsureSuccessStatusCode().Content.ReadFromJsonAsync<TokenResponse>();
        api.DefaultRequestHeaders.Authorization = new("Bearer", token!.Token);
        return api;
    }

    private sealed record TokenResponse(string Token);

    // Chromium asks for /favicon.ico on its own; its absence is not an application error.
    private static bool IsMissingFavicon(IConsoleMessage message) =>
        message.Location.EndsWith("/favicon.ico:0:0", StringComparison.Ordinal);

    // A file chosen before the page's file field listens is lost (see FileField.razor): wait for it, then choose.
    protected async Task ChooseFileAsync(string testId, FilePayload file)
    {
        await Assertions.Expect(Page.Locator($"[data-listening='true'] [data-testid='{testId}']")).ToHaveCountAsync(1);
        await Page.GetByTestId(testId).SetInputFilesAsync(file);
    }

    protected async Task SaveScreenshotAsync(string name)
    {
        Directory.CreateDirectory(RepositoryPaths.Screenshots);
        await Page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(RepositoryPaths.Screenshots, name + ".png"),
            FullPage = true,
        });
    }
}
