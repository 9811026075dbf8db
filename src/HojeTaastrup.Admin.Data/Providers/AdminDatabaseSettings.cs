using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace HojeTaastrup.Admin.Data.Providers;

public enum AdminDatabaseProvider
{
    Sqlite,
    PostgreSql,
    SqlServer,
}

// What configuration says about the database:
//   Database:Provider          Sqlite (default) | PostgreSQL | SqlServer
//   ConnectionStrings:Admin    empty with Sqlite: App_Data/admin.db under the content root
//   Database:MigrateOnStartup  true (default) | false
public sealed record AdminDatabaseSettings(AdminDatabaseProvider Provider, string ConnectionString, bool MigrateOnStartup = true)
{
    public const string ProviderKey = "Database:Provider";
    public const string ConnectionStringName = "Admin";
    public const string MigrateOnStartupKey = "Database:MigrateOnStartup";

    // The connection string may hold a password: keep it out of logs.
    public override string ToString() => $"{Provider} database (migrate on start-up: {MigrateOnStartup})";

    public static AdminDatabaseSettings FromConfiguration(IConfiguration configuration, string contentRootPath)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var provider = ParseProvider(configuration[ProviderKey]);
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        var migrateOnStartup = configuration.GetValue(MigrateOnStartupKey, defaultValue: true);
        connectionString = provider switch
        {
            AdminDatabaseProvider.Sqlite => PrepareSqliteFile(connectionString, contentRootPath),
            _ => string.IsNullOrWhiteSpace(connectionString)
                ? throw new InvalidOperationException($"{ProviderKey} is {provider}, but ConnectionStrings:{ConnectionStringName} is empty.")
                : connectionString,
        };
        return new AdminDatabaseSettings(provider, connectionString, migrateOnStartup);
    }

    public static AdminDatabaseProvider ParseProvider(string? value) => value?.Trim().ToUpperInvariant() switch
    {
        null or "" or "SQLITE" => AdminDatabaseProvider.Sqlite,
        "POSTGRESQL" or "POSTGRES" or "NPGSQL" => AdminDatabaseProvider.PostgreSql,
        "SQLSERVER" or "MSSQL" => AdminDatabaseProvider.SqlServer,
        _ => throw new InvalidOperationException($"{ProviderKey} '{value}' is not supported: use Sqlite, PostgreSQL or SqlServer."),
    };

    // A relative file is placed under the content root, not wherever the process was started from,
    // and its folder is created so that the first run needs no set-up.
    private static string PrepareSqliteFile(string? connectionString, string contentRootPath)
    {
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(connectionString) ? "" : connectionString);
        if (string.IsNullOrWhiteSpace(builder.DataSource))
        {
            builder.DataSource = Path.Combine("App_Data", "admin.db");
        }

        var inMemory = builder.Mode == SqliteOpenMode.Memory || builder.DataSource == ":memory:";
        if (!inMemory)
        {
            builder.DataSource = Path.GetFullPath(builder.DataSource, contentRootPath);
            Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        }

        return builder.ConnectionString;
    }
}
