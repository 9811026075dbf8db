using HojeTaastrup.Admin.Data;
using HojeTaastrup.Admin.Data.Auditing;
using HojeTaastrup.Admin.Data.Providers;
using Microsoft.EntityFrameworkCore;

namespace HojeTaastrup.Admin.Web.Tests.Infrastructure;

// A fresh, empty database per test class: use it as a class fixture,
//   public sealed class FooTestsOnSqlite(SqliteTestDatabase db) : FooTests(db), IClassFixture<SqliteTestDatabase>;
//   public sealed class FooTestsOnPostgreSql(PostgreSqlTestDatabase db) : FooTests(db), IClassFixture<PostgreSqlTestDatabase>;
// and mark the tests [SkippableFact]: the database is created on first use, and where PostgreSQL is not
// available that first use skips the test (or fails it when CI=true).
// For a WebApplicationFactory, put ConfigurationValues into the app's configuration.
// Outside a fixture: await using var db = TestDatabase.Create("PostgreSQL");
public abstract class TestDatabase : IAsyncLifetime, IAsyncDisposable
{
    private DbContextOptions<AdminDbContext>? _options;
    private string? _connectionString;

    // As Database:Provider expects it: "Sqlite" or "PostgreSQL".
    public abstract string Provider { get; }

    public string ConnectionString => _connectionString ??= CreateDatabase();

    public AdminDatabaseSettings Settings => new(AdminDatabaseSettings.ParseProvider(Provider), ConnectionString);

    public IReadOnlyDictionary<string, string?> ConfigurationValues => new Dictionary<string, string?>
    {
        [AdminDatabaseSettings.ProviderKey] = Provider,
        ["ConnectionStrings:" + AdminDatabaseSettings.ConnectionStringName] = ConnectionString,
    };

    // Options as the app builds them, for test-only contexts derived from AdminDbContext.
    public DbContextOptions<AdminDbContext> Options => _options ??= AdminDbContextFactory.CreateOptions(Settings);

    // The provider's own context (with its migrations), as IDbContextFactory<AdminDbContext> gives it.
    public AdminDbContext CreateContext(IAuditActor? actor = null, TimeProvider? timeProvider = null) =>
        AdminDbContextFactory.Create(Settings.Provider, Options, actor ?? SystemAuditActor.Instance, timeProvider ?? TimeProvider.System);

    public async Task MigrateAsync()
    {
        await using var db = CreateContext();
        await db.Database.MigrateAsync();
    }

    public static TestDatabase Create(string provider) => AdminDatabaseSettings.ParseProvider(provider) switch
    {
        AdminDatabaseProvider.Sqlite => new SqliteTestDatabase(),
        _ => new PostgreSqlTestDatabase(),
    };

    public async ValueTask DisposeAsync()
    {
        if (_connectionString is not null)
        {
            await DropDatabaseAsync(_connectionString);
            _connectionString = null;
        }

        GC.SuppressFinalize(this);
    }

    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    protected abstract string CreateDatabase();

    protected abstract Task DropDatabaseAsync(string connectionString);
}
