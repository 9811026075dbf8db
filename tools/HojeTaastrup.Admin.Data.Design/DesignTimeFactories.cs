using HojeTaastrup.Admin.Data.Auditing;
using HojeTaastrup.Admin.Data.Providers;
using Microsoft.EntityFrameworkCore.Design;

namespace HojeTaastrup.Admin.Data.Design;

// Scaffolding a migration never opens these connections; they only select the provider.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAdminDbContext>
{
    public SqliteAdminDbContext CreateDbContext(string[] args) =>
        (SqliteAdminDbContext)Create(new AdminDatabaseSettings(AdminDatabaseProvider.Sqlite, "Data Source=design-time.db"));

    internal static AdminDbContext Create(AdminDatabaseSettings settings) =>
        AdminDbContextFactory.Create(settings.Provider, AdminDbContextFactory.CreateOptions(settings), SystemAuditActor.Instance, TimeProvider.System);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresAdminDbContext>
{
    public PostgresAdminDbContext CreateDbContext(string[] args) =>
        (PostgresAdminDbContext)SqliteDesignTimeFactory.Create(new AdminDatabaseSettings(AdminDatabaseProvider.PostgreSql, "Host=localhost;Database=hojetaastrup_admin_design"));
}
