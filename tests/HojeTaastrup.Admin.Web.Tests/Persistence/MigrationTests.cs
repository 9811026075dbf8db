using HojeTaastrup.Admin.Data.Providers;
using HojeTaastrup.Admin.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HojeTaastrup.Admin.Web.Tests.Persistence;

public sealed class MigrationTestsOnSqlite(SqliteTestDatabase database) : MigrationTests(database), IClassFixture<SqliteTestDatabase>;

public sealed class MigrationTestsOnPostgreSql(PostgreSqlTestDatabase database) : MigrationTests(database), IClassFixture<PostgreSqlTestDatabase>;

// Needs no server: compares the model with each provider's migration snapshot.
public sealed class MigrationSnapshotTests
{
    [Theory]
    [InlineData(AdminDatabaseProvider.Sqlite, "Data Source=unused.db")]
    [InlineData(AdminDatabaseProvider.PostgreSql, "Host=unused;Database=unused")]
    [InlineData(AdminDatabaseProvider.SqlServer, "Server=unused;Database=unused")]
    public void Model_MatchesTheProvidersMigrations(AdminDatabaseProvider provider, string connectionString)
    {
        using var db = AdminDbContextFactory.Create(new AdminDatabaseSettings(provider, connectionString));

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), $"The model has changes without a {provider} migration: run tools/add-migration.sh <Name>.");
    }
}

public abstract class MigrationTests(TestDatabase database)
{
    [SkippableFact]
    public async Task Migrate_EmptyDatabase_AppliesEveryMigration()
    {
        await using var db = database.CreateContext();

        await db.Database.MigrateAsync();

        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(0, await db.Users.CountAsync());
        Assert.Equal(0, await db.AuditEntries.CountAsync());
    }
}
