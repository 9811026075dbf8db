namespace HojeTaastrup.Admin.Web.Tests.Infrastructure;

// One running app per test class and provider, on a database of its own.
public abstract class AppFixture : IAsyncLifetime
{
    private AdminAppFactory? _app;

    public AdminAppFactory App => _app ?? throw new InvalidOperationException("The app did not start.");

    public abstract string Provider { get; }

    protected abstract Task<string> CreateDatabaseAsync();

    protected abstract Task DropDatabaseAsync();

    public async Task InitializeAsync()
    {
        var connectionString = await CreateDatabaseAsync();
        _app = new AdminAppFactory(Provider, connectionString);
        _ = _app.Server; // starts the host: migrations and seeding run now
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        await DropDatabaseAsync();
    }
}

public sealed class SqliteAppFixture : AppFixture
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "hta-app-" + Guid.NewGuid().ToString("N"));

    public override string Provider => "Sqlite";

    protected override Task<string> CreateDatabaseAsync()
    {
        Directory.CreateDirectory(_folder);
        return Task.FromResult($"Data Source={Path.Combine(_folder, "admin.db")}");
    }

    protected override Task DropDatabaseAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }

        return Task.CompletedTask;
    }
}
