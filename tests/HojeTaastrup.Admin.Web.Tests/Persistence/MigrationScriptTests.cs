using HojeTaastrup.Admin.Data;
using HojeTaastrup.Admin.Data.Providers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;

namespace HojeTaastrup.Admin.Web.Tests.Persistence;

// The scripts .ci/run writes with dotnet ef into artifacts/migrations/<provider>.sql, as a DBA would run
// them. For SQL Server this is the whole check short of a server, since no engine runs on the build
// machines. With CI=true a missing script fails; elsewhere it is made here, the same way, so the test
// never skips silently.
public sealed class MigrationScriptTests
{
    [Fact]
    public void Script_ForSqlServer_CreatesEveryTable() =>
        AssertCreatesEveryTable(AdminDatabaseProvider.SqlServer, "Server=unused;Database=unused", "sqlserver.sql");

    [Fact]
    public void Script_ForPostgreSql_CreatesEveryTable() =>
        AssertCreatesEveryTable(AdminDatabaseProvider.PostgreSql, "Host=unused;Database=unused", "postgresql.sql");

    [Fact]
    public void Script_ForSqlite_CreatesEveryTable() =>
        AssertCreatesEveryTable(AdminDatabaseProvider.Sqlite, "Data Source=unused.db", "sqlite.sql");

    private static void AssertCreatesEveryTable(AdminDatabaseProvider provider, string connectionString, string fileName)
    {
        using var db = AdminDbContextFactory.Create(new AdminDatabaseSettings(provider, connectionString));

        var script = ReadOrGenerateScript(db, provider, fileName);

        var tables = db.Model.GetRelationalModel().Tables.Select(t => t.Name).ToList();
        Assert.Contains("DataProtectionKeys", tables);
        var sql = db.GetService<ISqlGenerationHelper>();
        var missing = tables.Where(table => !script.Contains($"CREATE TABLE {sql.DelimitIdentifier(table)}", StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, $"The {provider} script creates no table {string.Join(", ", missing)}: add the migration with tools/add-migration.sh.");
    }

    private static string ReadOrGenerateScript(AdminDbContext db, AdminDatabaseProvider provider, string fileName)
    {
        var path = Path.Combine(RepositoryRoot(), "artifacts", "migrations", fileName);
        if (File.Exists(path))
        {
            return File.ReadAllText(path);
        }

        Assert.False(
            string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase),
            $"CI=true but {path} is missing: .ci/run writes it with dotnet ef migrations script before the tests.");

        // EF makes no idempotent script for SQLite, so .ci/run does not ask for one either.
        var options = provider == AdminDatabaseProvider.Sqlite ? MigrationsSqlGenerationOptions.Default : MigrationsSqlGenerationOptions.Idempotent;
        return db.GetService<IMigrator>().GenerateScript(options: options);
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "HojeTaastrup.Admin.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException($"No HojeTaastrup.Admin.sln above {AppContext.BaseDirectory}.");
    }
}
