using Npgsql;

namespace HojeTaastrup.Admin.Web.Tests.Infrastructure;

// A new, uniquely named database on the server that TEST_POSTGRES points to (a role with CREATEDB).
public sealed class PostgreSqlTestDatabase : TestDatabase
{
    public const string ServerVariable = "TEST_POSTGRES";

    private const string HowToInstall =
        "PostgreSQL tests need a server: apt-get install -y postgresql && pg_ctlcluster 15 main start, " +
        "su postgres -c \"psql -c \\\"CREATE ROLE admin_test LOGIN PASSWORD 'admin_test' CREATEDB\\\"\", then " +
        "export TEST_POSTGRES='Host=127.0.0.1;Username=admin_test;Password=admin_test;Database=postgres'.";

    public override string Provider => "PostgreSQL";

    // Without a server the test is skipped locally, but fails in CI, where nothing may be skipped.
    public static string RequireServer()
    {
        var server = Environment.GetEnvironmentVariable(ServerVariable);
        if (!string.IsNullOrWhiteSpace(server))
        {
            return server;
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"CI=true but {ServerVariable} is not set. {HowToInstall}");
        }

        throw new SkipException($"{ServerVariable} is not set. {HowToInstall}");
    }

    protected override string CreateDatabase()
    {
        var server = new NpgsqlConnectionStringBuilder(RequireServer());
        var name = $"admin_test_{Guid.NewGuid():N}";
        using (var connection = new NpgsqlConnection(server.ConnectionString))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"CREATE DATABASE \"{name}\"";
            command.ExecuteNonQuery();
        }

        server.Database = name;
        return server.ConnectionString;
    }

    protected override async Task DropDatabaseAsync(string connectionString)
    {
        var database = new NpgsqlConnectionStringBuilder(connectionString);
        using (var pooled = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(pooled);
        }

        var server = new NpgsqlConnectionStringBuilder(RequireServer());
        // FORCE ends the sessions still open, but a session opened in between (an app's last background read) can
        // still make the drop fail once (a class cleanup failure in one CI run): try again after a moment.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var connection = new NpgsqlConnection(server.ConnectionString);
                await connection.OpenAsync();
                await using var command = connection.CreateCommand();
                command.CommandText = $"DROP DATABASE IF EXISTS \"{database.Database}\" WITH (FORCE)";
                await command.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException) when (attempt < 5)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt));
            }
        }
    }
}
