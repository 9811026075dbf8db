using Microsoft.Data.Sqlite;

namespace HojeTaastrup.Admin.Web.Tests.Infrastructure;

// A new database file under the temp folder.
public sealed class SqliteTestDatabase : TestDatabase
{
    public override string Provider => "Sqlite";

    protected override string CreateDatabase()
    {
        var folder = Path.Combine(Path.GetTempPath(), "hojetaastrup-admin-tests");
        Directory.CreateDirectory(folder);
        return new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, $"{Guid.NewGuid():N}.db") }.ToString();
    }

    protected override Task DropDatabaseAsync(string connectionString)
    {
        // Pooled connections keep the file open.
        using (var connection = new SqliteConnection(connectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
        foreach (var path in new[] { file, file + "-wal", file + "-shm" })
        {
            File.Delete(path);
        }

        return Task.CompletedTask;
    }
}
