using HojeTaastrup.Admin.Data;
using HojeTaastrup.Admin.Data.Auditing;
using HojeTaastrup.Admin.Data.Identity;
using HojeTaastrup.Admin.Data.Providers;
using HojeTaastrup.Admin.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace HojeTaastrup.Admin.Web.Tests.Persistence;

public sealed class PersistenceSetupTestsOnSqlite(SqliteTestDatabase database) : PersistenceSetupTests(database), IClassFixture<SqliteTestDatabase>
{
    [Fact]
    public void AddAdminPersistence_SqliteWithoutConnectionString_UsesAppDataUnderTheContentRoot()
    {
        var contentRoot = Path.Combine(Path.GetTempPath(), "hojetaastrup-admin-tests", Guid.NewGuid().ToString("N"));
        try
        {
            using var services = BuildServices(new Dictionary<string, string?>(), contentRoot);

            var settings = services.GetRequiredService<AdminDatabaseSettings>();
            var file = new SqliteConnectionStringBuilder(settings.ConnectionString).DataSource;
            Assert.Equal(AdminDatabaseProvider.Sqlite, settings.Provider);
            Assert.Equal(Path.Combine(contentRoot, "App_Data", "admin.db"), file);
            Assert.True(Directory.Exists(Path.Combine(contentRoot, "App_Data")));
        }
        finally
        {
            Directory.Delete(contentRoot, recursive: true);
        }
    }
}

public sealed class PersistenceSetupTestsOnPostgreSql(PostgreSqlTestDatabase database) : PersistenceSetupTests(database), IClassFixture<PostgreSqlTestDatabase>;

public abstract class PersistenceSetupTests(TestDatabase database)
{
    [SkippableFact]
    public async Task MigrateAdminDatabaseAsync_MigrateOnStartupFalse_LeavesTheDatabaseAlone()
    {
        // A database of its own: the other tests of this class migrate the shared one.
        await using var untouched = TestDatabase.Create(database.Provider);
        var settings = new Dictionary<string, string?>(untouched.ConfigurationValues) { ["Database:MigrateOnStartup"] = "false" };
        using var services = BuildServices(settings);

        await services.MigrateAdminDatabaseAsync();

        await using var db = untouched.CreateContext();
        Assert.Empty(await db.Database.GetAppliedMigrationsAsync());
    }

    [SkippableFact]
    public async Task AddAdminPersistence_ScopedActor_IsWhoTheAuditNames_AndTheProvidersContextIsCreated()
    {
        using var services = BuildServices(database.ConfigurationValues, s => s.AddScoped<IAuditActor>(_ => new TestAuditActor("user-eva", "eva@htk.dk")));
        await services.MigrateAdminDatabaseAsync();
        var user = new AdminUser { UserName = "ny@htk.dk", DisplayName = "Ny bruger" };

        await using (var scope = services.CreateAsyncScope())
        {
            var factory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<AdminDbContext>>();
            await using var db = await factory.CreateDbContextAsync();
            Assert.IsType(database.Provider == "Sqlite" ? typeof(SqliteAdminDbContext) : typeof(PostgresAdminDbContext), db);
            db.Users.Add(user);
            await db.SaveChangesAsync();
        }

        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AdminDbContext>();
            var entry = Assert.Single(await db.AuditEntries.HistoryOf(AuditEntry.KindOf<AdminUser>(), user.Id).ToListAsync());
            Assert.Equal(("user-eva", "eva@htk.dk", AuditAction.Created), (entry.UserId, entry.UserName, entry.Action));
        }
    }

    protected static ServiceProvider BuildServices(IEnumerable<KeyValuePair<string, string?>> settings, string? contentRoot = null, Action<IServiceCollection>? configure = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddAdminPersistence(configuration, new TestHostEnvironment(contentRoot ?? Path.GetTempPath()));
        configure?.Invoke(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    private static ServiceProvider BuildServices(IEnumerable<KeyValuePair<string, string?>> settings, Action<IServiceCollection> configure) =>
        BuildServices(settings, null, configure);


    private sealed class TestHostEnvironment(string contentRoot) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Development;

        public string ApplicationName { get; set; } = "HojeTaastrup.Admin.Web.Tests";

        public string ContentRootPath { get; set; } = contentRoot;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
