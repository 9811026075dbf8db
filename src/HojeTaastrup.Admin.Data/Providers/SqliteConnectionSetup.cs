using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace HojeTaastrup.Admin.Data.Providers;

// WAL lets readers go on while one writer writes; the busy timeout makes a second writer wait for
// the lock instead of failing at once with "database is locked".
internal sealed class SqliteConnectionSetup : DbConnectionInterceptor
{
    public const int BusyTimeoutMilliseconds = 5000;

    public static SqliteConnectionSetup Instance { get; } = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = CreateCommand(connection);
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = CreateCommand(connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static DbCommand CreateCommand(DbConnection connection)
    {
        // busy_timeout is per connection; journal_mode=WAL is stored in the file and a no-op once set
        // (an in-memory database just stays in memory mode).
        var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds}; PRAGMA journal_mode = 'wal';";
        return command;
    }
}
