using Microsoft.EntityFrameworkCore.Design;

namespace HojeTaastrup.Admin.Data.Providers;

// For dotnet ef (tools/add-migration.sh, .ci/run): one factory per provider context, so each context
// scaffolds and scripts its own migration set. Scaffolding and scripting never open these connections;
// they only select the provider.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAdminDbContext>
{
    public SqliteAdminDbContext CreateDbContext(string[] args) =>
        DesignTime.Create<SqliteAdminDbContext>(AdminDatabaseProvider.Sqlite, "Data Source=design-time.db");
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresAdminDbContext>
{
    public PostgresAdminDbContext CreateDbContext(string[] args) =>
        DesignTime.Create<PostgresAdminDbContext>(AdminDatabaseProvider.PostgreSql, "Host=localhost;Database=hojetaastrup_admin_design");
}

internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerAdminDbContext>
{
    public SqlServerAdminDbContext CreateDbContext(string[] args) =>
        DesignTime.Create<SqlServerAdminDbContext>(AdminDatabaseProvider.SqlServer, "Server=localhost;Database=hojetaastrup_admin_design;Integrated Security=true;TrustServerCertificate=true");
}

internal static class DesignTime
{
    public static TContext Create<TContext>(AdminDatabaseProvider provider, string connectionString)
        where TContext : AdminDbContext
        => (TContext)AdminDbContextFactory.Create(new AdminDatabaseSettings(provider, connectionString));
}
