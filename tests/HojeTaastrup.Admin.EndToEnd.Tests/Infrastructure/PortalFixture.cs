using HojeTaastrup.Admin.Data;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace HojeTaastrup.Admin.EndToEnd.Tests.Infrastructure;

// One app and one browser for all browser tests: starting either costs seconds, a fresh context per test is cheap.
public sealed class PortalFixture : IAsyncLifetime
{
    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), $"hojetaastrup-e2e-{Guid.NewGuid():N}");
    private PortalFactory? _factory;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public string? SkipReason { get; private set; }

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public IBrowser Browser => _browser ?? throw new InvalidOperationException(SkipReason ?? "The browser is not started.");

    public async Task InitializeAsync()
    {
        if (!BrowserRequirements.IsChromiumInstalled)
        {
            if (BrowserRequirements.IsCi)
            {
                throw new InvalidOperationException(BrowserRequirements.MissingChromiumMessage + " (CI=true: not skipped)");
            }

            SkipReason = BrowserRequirements.MissingChromiumMessage;
            return;
        }

        Directory.CreateDirectory(_dataFolder);
        _factory = new PortalFactory(_dataFolder);
        _factory.UseKestrel(0);
        _factory.StartServer();
        BaseAddress = ReadBoundAddress(_factory.Services);

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserRequirements.ChromiumPath,
            Headless = true,
            Args = BrowserRequirements.ChromiumArgs,
        });
    }

    // Read from the database so the tests follow whatever display names the demo seed chooses.
    public async Task<DemoUser> GetDemoUserAsync(string userName)
    {
        await using var scope = Services.CreateAsyncScope();
        var contextFactory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<AdminDbContext>>();
        await using var db = await contextFactory.CreateDbContextAsync();
        var user = await db.Users.SingleOrDefaultAsync(u => u.UserName == userName)
            ?? throw new InvalidOperationException($"Demo user '{userName}' is not seeded.");
        var roles = await db.UserRoles
            .Where(ur => ur.UserId == user.Id)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!)
            .ToListAsync();
        return new DemoUser(user.UserName!, user.DisplayName, roles);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        // Pooled SQLite connections keep the file open; release them before deleting the folder.
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dataFolder))
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
    }

    private IServiceProvider Services => _factory?.Services ?? throw new InvalidOperationException("The app is not started.");

    private static Uri ReadBoundAddress(IServiceProvider services)
    {
        var addresses = services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
        var address = addresses?.FirstOrDefault(a => a.StartsWith("http://", StringComparison.Ordinal))
            ?? throw new InvalidOperationException("Kestrel reported no http address.");
        // Kestrel may report a wildcard host; the browser needs one it can connect to.
        var uri = new UriBuilder(address);
        if (uri.Host is "[::]" or "0.0.0.0" or "+" or "*")
        {
            uri.Host = "127.0.0.1";
        }

        return uri.Uri;
    }
}

public sealed record DemoUser(string UserName, string DisplayName, IReadOnlyList<string> Roles);

[CollectionDefinition(Name)]
public sealed class PortalTests : ICollectionFixture<PortalFixture>
{
    public const string Name = "Portal in Chromium";
}
