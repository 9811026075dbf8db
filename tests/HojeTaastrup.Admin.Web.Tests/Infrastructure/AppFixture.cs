namespace HojeTaastrup.Admin.Web.Tests.Infrastructure;

// One running app per test class and provider, on a database of its own. The app starts on first
// use, so that a test without PostgreSQL is skipped (or fails with CI=true) instead of the fixture
// failing: mark the tests [SkippableFact] / [SkippableTheory].
public abstract class AppFixture : IAsyncLifetime
{
    private readonly TestDatabase _database;
    private AdminAppFactory? _app;

    protected AppFixture(TestDatabase database) => _database = database;

    public TestDatabase Database => _database;

    public AdminAppFactory App
    {
        get
        {
            if (_app is null)
            {
                var app = new AdminAppFactory(_database.Provider, _database.ConnectionString);
                _ = app.Server; // starts the host: migrations and seeding run now
                _app = app;
            }

            return _app;
        }
    }

    // A context of the running app, for reading back what an HTTP call saved.
    public Task<HojeTaastrup.Admin.Data.AdminDbContext> CreateDbContextAsync() =>
        Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<HojeTaastrup.Admin.Data.AdminDbContext>>(App.Services)
            .CreateDbContextAsync();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        await _database.DisposeAsync();
    }
}

public sealed class SqliteAppFixture() : AppFixture(new SqliteTestDatabase());

public sealed class PostgreSqlAppFixture() : AppFixture(new PostgreSqlTestDatabase());
