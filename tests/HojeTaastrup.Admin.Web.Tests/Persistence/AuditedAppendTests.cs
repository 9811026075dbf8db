using HojeTaastrup.Admin.Data;
using HojeTaastrup.Admin.Data.Auditing;
using HojeTaastrup.Admin.Data.Concurrency;
using HojeTaastrup.Admin.Data.Providers;
using HojeTaastrup.Admin.Domain.Common;
using HojeTaastrup.Admin.Domain.Realisation;
using HojeTaastrup.Admin.Domain.Savings;
using HojeTaastrup.Admin.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace HojeTaastrup.Admin.Web.Tests.Persistence;

public sealed class AuditedAppendTestsOnSqlite(SqliteTestDatabase database) : AuditedAppendTests(database), IClassFixture<SqliteTestDatabase>;

public sealed class AuditedAppendTestsOnPostgreSql(PostgreSqlTestDatabase database) : AuditedAppendTests(database), IClassFixture<PostgreSqlTestDatabase>;

// The realisation import writes its entries and their audit records with AppendAuditedAsync (one prepared INSERT per
// table) instead of SaveChanges. What it stores must be what SaveChanges stores, column by column, and a failure
// part-way must leave nothing behind.
//
//   programme "Append <guid>" 2017–2020 ── proposal A ── entries (the same objects in both databases)
public abstract class AuditedAppendTests(TestDatabase database)
{
    private static readonly DateTimeOffset Noon = new(2026, 12, 2, 11, 0, 0, TimeSpan.Zero);
    private readonly TestAuditActor _finance = new("user-okonomi", "økonomi@htk.dk");

    [SkippableFact]
    public async Task AppendAudited_StoresTheSameEntriesAndAuditRecordsAsSaveChanges()
    {
        await using var viaAppend = TestDatabase.Create(database.Provider);
        var (programme, proposal) = Programme();
        await SeedAsync(database, programme, proposal);
        await SeedAsync(viaAppend, programme, proposal);
        var entries = Entries(programme, proposal, 40);

        await using (var db = database.CreateContext(_finance, new FixedTimeProvider(Noon)))
        {
            db.RealisationEntries.AddRange(entries);
            await db.SaveChangesAsync();
        }

        await using (var db = viaAppend.CreateContext(_finance, new FixedTimeProvider(Noon)))
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            Assert.Equal(40, await db.AppendAuditedAsync(entries));
            await transaction.CommitAsync();
        }

        // SQLite keeps a Guid as upper-case text, the audit record's EntityId is lower case.
        var ids = entries.Select(e => e.Id.ToString()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var savedEntries = await RowsAsync(database, "RealisationEntries", row => ids.Contains(Text(row["Id"])));
        var appendedEntries = await RowsAsync(viaAppend, "RealisationEntries", row => ids.Contains(Text(row["Id"])));
        var savedAudit = await RowsAsync(database, "AuditEntries", row => ids.Contains(Text(row["EntityId"])));
        var appendedAudit = await RowsAsync(viaAppend, "AuditEntries", row => ids.Contains(Text(row["EntityId"])));

        Assert.Equal(40, savedEntries.Count);
        Assert.Equal(40, savedAudit.Count);
        AssertSameRows(savedEntries, appendedEntries, key: "Id", ignored: []);
        // The audit record's own Id is the database's counter; everything else is the same.
        AssertSameRows(savedAudit, appendedAudit, key: "EntityId", ignored: ["Id"]);
        var tricky = entries.First(e => e.Note is not null && e.Note.StartsWith("Løn", StringComparison.Ordinal));
        var record = savedAudit.Single(r => Text(r["EntityId"]) == tricky.Id.ToString());
        Assert.Contains("\"Note\":{\"before\":null,\"after\":\"L\\u00F8n", Text(record["Changes"]), StringComparison.Ordinal);
        Assert.Contains("\"Amount\":{\"before\":null,\"after\":", Text(record["Changes"]), StringComparison.Ordinal);
        Assert.Equal("user-okonomi", Text(record["UserId"]));
        Assert.Equal("Created", Text(record["Action"]));
    }

    [SkippableFact]
    public async Task AppendAudited_ARowTheUniqueIndexRefuses_IsAConflict_AndTheTransactionKeepsNothing()
    {
        var (programme, proposal, entries) = await SeededAsync(300);
        // Row 251 has the import key of row 11: the unique index refuses it after 250 rows and their records.
        entries[250] = new RealisationEntry(
            programme.Id, proposal.Id, 2017, Money.FromKroner(5), new DateOnly(2017, 5, 5), null, RealisationSource.Import, false, Noon, "Økonomi", entries[10].ImportKey);
        var second = new SavingsProposal(programme, Content("B"));

        await InATransactionAfterSavingAsync(second, async db =>
        {
            var conflict = await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db.AppendAuditedAsync(entries));
            Assert.Equal(UniqueViolation.Message, conflict.Message);
        });

        await AssertNothingOfAsync(programme, second, entries);
    }

    [SkippableFact]
    public async Task AppendAudited_CancelledPartWay_TheTransactionKeepsNothing()
    {
        var (programme, _, entries) = await SeededAsync(300);
        var second = new SavingsProposal(programme, Content("B"));
        using var cancellation = new CancellationTokenSource();

        // The request is cancelled while row 101 is being written.
        IEnumerable<RealisationEntry> CancelledAt101()
        {
            foreach (var (entry, i) in entries.Select((e, i) => (e, i)))
            {
                if (i == 100)
                {
                    cancellation.Cancel();
                }

                yield return entry;
            }
        }

        await InATransactionAfterSavingAsync(second, db =>
            Assert.ThrowsAnyAsync<OperationCanceledException>(() => db.AppendAuditedAsync(CancelledAt101(), cancellation.Token)));

        await AssertNothingOfAsync(programme, second, entries);
    }

    [SkippableFact]
    public async Task AppendAudited_WithoutATransaction_IsRefused()
    {
        await database.MigrateAsync();
        var (programme, proposal) = Programme();
        await using var db = database.CreateContext(_finance, new FixedTimeProvider(Noon));

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => db.AppendAuditedAsync(Entries(programme, proposal, 1)));

        Assert.Equal(AuditedAppend.NoTransactionMessage, refused.Message);
    }

    private async Task<(SavingsProgramme Programme, SavingsProposal Proposal, List<RealisationEntry> Entries)> SeededAsync(int count)
    {
        await database.MigrateAsync();
        var (programme, proposal) = Programme();
        await SeedAsync(database, programme, proposal);
        return (programme, proposal, Entries(programme, proposal, count));
    }

    // As the import does: a transaction, something saved through EF first (there: the locked plans), then the append.
    // The transaction is left without a commit, as the import leaves it when the append throws.
    private async Task InATransactionAfterSavingAsync(SavingsProposal saved, Func<AdminDbContext, Task> append)
    {
        await using var db = database.CreateContext(_finance, new FixedTimeProvider(Noon));
        await using var transaction = await db.Database.BeginTransactionAsync();
        db.SavingsProposals.Add(saved);
        await db.SaveChangesAsync();
        await append(db);
    }

    private async Task AssertNothingOfAsync(SavingsProgramme programme, SavingsProposal second, List<RealisationEntry> entries)
    {
        await using var db = database.CreateContext();
        var ids = entries.Select(e => e.Id.ToString()).Append(second.Id.ToString()).ToList();
        Assert.Equal(0, await db.RealisationEntries.CountAsync(e => e.ProgrammeId == programme.Id));
        Assert.False(await db.SavingsProposals.AnyAsync(p => p.Id == second.Id));
        Assert.Equal(0, await db.AuditEntries.CountAsync(a => ids.Contains(a.EntityId)));
    }

    private static (SavingsProgramme Programme, SavingsProposal Proposal) Programme()
    {
        var programme = new SavingsProgramme($"Append {Guid.NewGuid():N}", null, 2017, 2020, [new YearTarget(2017, Money.FromMillions(3))], []);
        return (programme, new SavingsProposal(programme, Content("A")));
    }

    private static ProposalContent Content(string number) => new(
        number, $"Forslag {number}", "", "ØAC", "Økonomi- og Analysecenter", null, SavingsCategory.Administration, null,
        [YearAmount.Known(2017, Money.FromMillions(1))], []);

    private static async Task SeedAsync(TestDatabase target, SavingsProgramme programme, SavingsProposal proposal)
    {
        await target.MigrateAsync();
        await using var db = target.CreateContext();
        db.SavingsProgrammes.Add(programme);
        db.SavingsProposals.Add(proposal);
        await db.SaveChangesAsync();
    }

    // Every kind of value an entry holds: notes with Danish letters, quotes and markup or none, a correction, both
    // sources, an import key or none, an instant with sub-millisecond ticks, amounts up to hundreds of millions.
    private static List<RealisationEntry> Entries(SavingsProgramme programme, SavingsProposal proposal, int count) =>
        Enumerable.Range(0, count).Select(i => new RealisationEntry(
            programme.Id,
            proposal.Id,
            2017 + (i % 4),
            Money.FromKroner(i % 5 == 3 ? -(i * 1_000) : (i + 1) * 12_345_678L % 900_000_000),
            new DateOnly(2017 + (i % 4), 1 + (i % 12), 1 + (i % 28)),
            (i % 3) switch { 0 => null, 1 => $"Løn \"{i}. halvår\" <b>Æblerød & Søn</b> +1", _ => $"Bilag {i}" },
            i % 2 == 0 ? RealisationSource.Import : RealisationSource.Manual,
            i % 5 == 3,
            Noon.AddTicks(1_234_567 + i),
            i % 2 == 0 ? "Økonomi" : "Fie Ærø",
            i % 2 == 0 ? $"KEY-{Guid.NewGuid():N}" : null)).ToList();

    private static async Task<List<Dictionary<string, object?>>> RowsAsync(TestDatabase source, string table, Func<Dictionary<string, object?>, bool> include)
    {
        await using var db = source.CreateContext();
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "SELECT * FROM " + db.GetService<ISqlGenerationHelper>().DelimitIdentifier(table);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<Dictionary<string, object?>>();
        while (await reader.ReadAsync())
        {
            var row = Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, i => reader.IsDBNull(i) ? null : reader.GetValue(i));
            if (include(row))
            {
                rows.Add(row);
            }
        }

        return rows;
    }

    // Raw stored values, type and all (SQLite keeps a Guid as text and an instant as ticks, PostgreSQL as uuid and
    // timestamptz): a value bound differently would show here.
    private static void AssertSameRows(List<Dictionary<string, object?>> expected, List<Dictionary<string, object?>> actual, string key, string[] ignored)
    {
        Assert.Equal(expected.Count, actual.Count);
        var actualByKey = actual.ToDictionary(r => Text(r[key]), StringComparer.Ordinal);
        foreach (var row in expected)
        {
            var other = actualByKey[Text(row[key])];
            Assert.Equal(row.Keys.Order(StringComparer.Ordinal), other.Keys.Order(StringComparer.Ordinal));
            foreach (var (column, value) in row.Where(c => !ignored.Contains(c.Key)))
            {
                Assert.True(
                    Equals(value, other[column]) && value?.GetType() == other[column]?.GetType(),
                    $"{key} {row[key]}, {column}: SaveChanges stored {Show(value)}, AppendAuditedAsync {Show(other[column])}");
            }
        }
    }

    private static string Text(object? value) => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "";

    private static string Show(object? value) => value is null ? "null" : $"{value} ({value.GetType().Name})";
}

// No SQL Server engine runs here: the INSERT the fast path builds for it is checked as text. Names, quoting and
// parameter markers all come from EF Core's SQL Server model and generation helper.
public sealed class AuditedAppendSqlServerTests
{
    [Fact]
    public async Task InsertCommand_OnSqlServer_IsBracketQuotedAndParameterised_AndLeavesOutTheAuditRecordsIdentity()
    {
        var settings = new AdminDatabaseSettings(AdminDatabaseProvider.SqlServer, "Server=db.htk.local;Database=admin;User Id=admin;Password=x;TrustServerCertificate=true");
        await using var db = AdminDbContextFactory.Create(settings);

        await using var entries = AuditedAppend.InsertCommand.Create(db, db.Model.FindEntityType(typeof(RealisationEntry))!, transaction: null);
        await using var audits = AuditedAppend.InsertCommand.Create(db, db.Model.FindEntityType(typeof(AuditEntry))!, transaction: null);

        Assert.Equal(
            "INSERT INTO [RealisationEntries] ([Id], [Amount], [Correction], [Day], [ImportKey], [Note], [ProgrammeId], [ProposalId], [RecordedAt], [RecordedBy], [Source], [Year]) "
            + "VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11);",
            entries.CommandText);
        Assert.Equal(
            "INSERT INTO [AuditEntries] ([Action], [AtUtc], [Changes], [EntityId], [EntityKind], [UserId], [UserName]) VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6);",
            audits.CommandText);
    }
}
