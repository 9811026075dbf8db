using System.Net;
using System.Net.Sockets;
using HojeTaastrup.Admin.EndToEnd.Tests.Account;
using HojeTaastrup.Admin.EndToEnd.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;

namespace HojeTaastrup.Admin.EndToEnd.Tests.Shell;

// The server goes away under an open page and comes back on the same port with the same data: the person sees
// the Danish reconnect dialog, then the page works again (the circuit is gone with the old process, so the
// template's script reloads the page). A portal of its own, so that the shared one is never stopped.
public sealed class ReconnectTests : IAsyncLifetime
{
    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), $"hojetaastrup-e2e-reconnect-{Guid.NewGuid():N}");
    private readonly int _port = FreePort();
    private PortalFactory? _factory;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    private Uri BaseAddress => new($"http://127.0.0.1:{_port}/");

    public async Task InitializeAsync()
    {
        if (!BrowserRequirements.IsChromiumInstalled)
        {
            if (BrowserRequirements.IsCi)
            {
                throw new InvalidOperationException(BrowserRequirements.MissingChromiumMessage + " (CI=true: not skipped)");
            }

            return;
        }

        Directory.CreateDirectory(_dataFolder);
        StartServer();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserRequirements.ChromiumPath,
            Headless = true,
            Args = BrowserRequirements.ChromiumArgs,
        });
    }

    [SkippableFact]
    public async Task Page_WhenTheServerRestarts_ShowsTheDanishReconnectDialog_ThenWorksAgain()
    {
        Skip.If(_browser is null, BrowserRequirements.MissingChromiumMessage);
        Assertions.SetDefaultExpectTimeout(30_000);
        await using var context = await _browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseAddress.ToString(), Locale = "da-DK" });
        var page = await context.NewPageAsync();
        var login = new LoginPage(page);
        await login.OpenAsync();
        await login.SignInAsync(DemoUsers.Reader, DemoUsers.Password);
        await page.GotoAsync("/organisation");
        await Assertions.Expect(page.Locator("h1[data-interactive='true']")).ToBeVisibleAsync();
        var dialog = page.Locator("#components-reconnect-modal");
        await Assertions.Expect(dialog).Not.ToBeVisibleAsync();

        await StopServerAsync();

        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await Assertions.Expect(dialog).ToContainTextAsync("Forbindelsen til serveren er afbrudt");

        StartServer();

        // Blazor retries with growing pauses while the server is down, so the attempt that finds the new server may
        // come well after it is up (14–42 s in runs on this machine; over 30 s once under CI load).
        await Assertions.Expect(dialog).Not.ToBeVisibleAsync(new() { Timeout = 90_000 });
        await Assertions.Expect(page.Locator("h1[data-interactive='true']")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("organisation-chart")).ToBeVisibleAsync();
        // The menu button only reacts through a live circuit.
        var menuButton = page.GetByRole(AriaRole.Button, new() { Name = "Vis eller skjul menuen" });
        var expanded = await menuButton.GetAttributeAsync("aria-expanded");
        await menuButton.ClickAsync();
        await Assertions.Expect(menuButton).ToHaveAttributeAsync("aria-expanded", expanded == "true" ? "false" : "true");
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await StopServerAsync();
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dataFolder))
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
    }

    private void StartServer()
    {
        _factory = new PortalFactory(_dataFolder);
        _factory.UseKestrel(_port);
        _factory.StartServer();
    }

    private async Task StopServerAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
            _factory = null;
        }
    }

    // A port that is free now; the restarted server needs the same one, so Kestrel's own choice (port 0) will not do.
    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
