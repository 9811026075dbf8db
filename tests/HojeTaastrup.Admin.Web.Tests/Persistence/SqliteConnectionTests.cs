using System.Diagnostics;
using HojeTaastrup.Admin.Data.Identity;
using HojeTaastrup.Admin.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace HojeTaastrup.Admin.Web.Tests.Persistence;

public sealed class SqliteConnectionTests(SqliteTestDatabase database) : IClassFixture<SqliteTestDatabase>
{
    [Fact]
    public async Task Connection_IsInWalModeWithABusyTimeout()
    {
        await database.MigrateAsync();
        await using var db = database.CreateContext();
        await db.Database.OpenConnectionAsync();

        Assert.Equal("wal", await PragmaAsync(db, "journal_mode"));
        Assert.Equal("5000", await PragmaAsync(db, "busy_timeout"));
    }

    [Fact]
    public async Task SaveChanges_WhileAnotherConnectionWrites_WaitsForTheLockInsteadOfFailing()
    {
        await database.MigrateAsync();
        await using var writer = new SqliteConnection(database.ConnectionString);
        await writer.OpenAsync();
        await using (var begin = writer.CreateCommand())
        {
            begin.CommandText = "BEGIN IMMEDIATE; INSERT INTO AuditEntries (AtUtc, UserName, EntityKind, EntityId, Action, Changes) VALUES (0, 'x', 'x', 'x', 'Created', '{}');";
            await begin.ExecuteNonQueryAsync();
        }

        var release = Task.Run(async () =>
        {
            await Task.Delay(TimeSpan.FromMilliseconds(700));
            await using var commit = writer.CreateCommand();
            commit.CommandText = "COMMIT;";
            await commit.ExecuteNonQueryAsync();
        });

        var stopwatch = Stopwatch.StartNew();
        await using (var db = database.CreateContext())
        {
            db.Users.Add(new AdminUser { UserName = "vent@htk.dk", DisplayName = "Vent" });
            await db.SaveChangesAsync();
        }

        await release;
        Assert.True(stopwatch.Elapsed >= TimeSpan.FromMilliseconds(500), $"saved after {stopwatch.Elapsed}, before the lock was released");
        await using var check = database.CreateContext();
        Assert.Equal(1, await check.Users.CountAsync(u => u.UserName == "vent@htk.dk"));
    }

    private static async Task<string?> PragmaAsync(DbContext db, string pragma)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"PRAGMA {pragma};";
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
