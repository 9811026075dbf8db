using HojeTaastrup.Admin.Data.Auditing;
using HojeTaastrup.Admin.Data.Identity;
using HojeTaastrup.Admin.Domain.Common;
using HojeTaastrup.Admin.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HojeTaastrup.Admin.Web.Tests.Persistence;

public sealed class AuditTestsOnSqlite(SqliteTestDatabase database) : AuditTests(database), IClassFixture<SqliteTestDatabase>;

public sealed class AuditTestsOnPostgreSql(PostgreSqlTestDatabase database) : AuditTests(database), IClassFixture<PostgreSqlTestDatabase>;

public abstract class AuditTests(TestDatabase database)
{
    private static readonly DateTimeOffset Noon = new(2021, 2, 1, 11, 0, 0, TimeSpan.Zero);
    private readonly TestAuditActor _anna = new("user-anna", "anna@htk.dk");

    [SkippableFact]
    public async Task SaveChanges_NewAuditedEntity_WritesCreatedEntryInTheSameSave()
    {
        var proposal = new TestProposal("Fælles sekretariat", "Administration", Money.FromMillions(1.5m));
        await using (var db = await PersistenceTestDbContext.OpenAsync(database, _anna, new FixedTimeProvider(Noon)))
        {
            db.Proposals.Add(proposal);
            var written = await db.SaveChangesAsync();
            Assert.Equal(2, written); // the proposal and its audit entry
        }

        var entry = Assert.Single(await HistoryAsync(proposal.Id));
        Assert.Equal(AuditAction.Created, entry.Action);
        Assert.Equal("TestProposal", entry.EntityKind);
        Assert.Equal(proposal.Id.ToString(), entry.EntityId);
        Assert.Equal("user-anna", entry.UserId);
        Assert.Equal("anna@htk.dk", entry.UserName);
        Assert.Equal(Noon, entry.AtUtc);
        Assert.Equal(TimeSpan.Zero, entry.AtUtc.Offset);
        var changes = entry.ReadChanges().ToDictionary(c => c.Field);
        Assert.Equal(new AuditFieldChange("Title", null, "Fælles sekretariat"), changes["Title"]);
        Assert.Equal(new AuditFieldChange("Amount", null, "1500000"), changes["Amount"]);
        Assert.Equal(new AuditFieldChange("Responsible.Name", null, "Ukendt"), changes["Responsible.Name"]);
        Assert.False(changes.ContainsKey("Version"));
        Assert.False(changes.ContainsKey("AlternativeAmount"));
    }

    [SkippableFact]
    public async Task SaveChanges_ModifiedEntity_RecordsBeforeAndAfterOfChangedFieldsOnly()
    {
        var proposal = await SaveNewProposalAsync();
        await using (var db = await PersistenceTestDbContext.OpenAsync(database, _anna, new FixedTimeProvider(Noon.AddDays(1))))
        {
            var loaded = await db.Proposals.SingleAsync(p => p.Id == proposal.Id);
            loaded.Rename("Fælles sekretariat for Teknik og Miljø");
            loaded.ChangeAmount(Money.FromKroner(2_000_000), Money.FromKroner(3_500_000));
            loaded.AssignResponsible("Centerchef, BSC");
            await db.SaveChangesAsync();
        }

        var modified = (await HistoryAsync(proposal.Id))[^1];
        Assert.Equal(AuditAction.Modified, modified.Action);
        Assert.Equal(Noon.AddDays(1), modified.AtUtc);
        Assert.Equal(
            [
                new AuditFieldChange("AlternativeAmount", null, "3500000"),
                new AuditFieldChange("Amount", "1500000", "2000000"),
                new AuditFieldChange("Responsible.Name", "Ukendt", "Centerchef, BSC"),
                new AuditFieldChange("Title", "Fælles sekretariat", "Fælles sekretariat for Teknik og Miljø"),
            ],
            modified.ReadChanges().OrderBy(c => c.Field, StringComparer.Ordinal));
    }

    [SkippableFact]
    public async Task SaveChanges_DeletedEntity_RecordsDeletedWithFormerValues()
    {
        var proposal = await SaveNewProposalAsync();
        await using (var db = await PersistenceTestDbContext.OpenAsync(database, _anna))
        {
            db.Proposals.Remove(await db.Proposals.SingleAsync(p => p.Id == proposal.Id));
            await db.SaveChangesAsync();
        }

        var deleted = (await HistoryAsync(proposal.Id))[^1];
        Assert.Equal(AuditAction.Deleted, deleted.Action);
        Assert.Contains(new AuditFieldChange("Title", "Fælles sekretariat", null), deleted.ReadChanges());
    }

    [SkippableFact]
    public async Task SaveChanges_OnlyAnOwnedPartChanged_IsRecordedUnderTheAggregate()
    {
        var proposal = await SaveNewProposalAsync();
        await using (var db = await PersistenceTestDbContext.OpenAsync(database, _anna))
        {
            var loaded = await db.Proposals.SingleAsync(p => p.Id == proposal.Id);
            loaded.AddMilestone(new DateOnly(2021, 2, 1), "Udkast til kommissorium");
            await db.SaveChangesAsync();
        }

        await using (var db = await PersistenceTestDbContext.OpenAsync(database, _anna))
        {
            var loaded = await db.Proposals.SingleAsync(p => p.Id == proposal.Id);
            loaded.Milestones[0].Reword("Kommissorium godkendt");
            await db.SaveChangesAsync();
        }

        var history = await HistoryAsync(proposal.Id);
        Assert.Equal([AuditAction.Created, AuditAction.Modified, AuditAction.Modified], history.Select(e => e.Action));
        var milestoneId = await MilestoneIdAsync(proposal.Id);
        var added = history[1].ReadChanges();
        Assert.Contains(new AuditFieldChange($"Milestones[{milestoneId}].Text", null, "Udkast til kommissorium"), added);
        Assert.Contains(new AuditFieldChange($"Milestones[{milestoneId}].Date", null, "2021-02-01"), added);
        Assert.Equal(new AuditFieldChange($"Milestones[{milestoneId}].Text", "Udkast til kommissorium", "Kommissorium godkendt"), Assert.Single(history[2].ReadChanges()));
    }

    [SkippableFact]
    public async Task SaveChanges_FailedSave_LeavesNoAuditEntryBehind()
    {
        var proposal = await SaveNewProposalAsync();
        await using var stale = await PersistenceTestDbContext.OpenAsync(database, _anna);
        var staleCopy = await stale.Proposals.SingleAsync(p => p.Id == proposal.Id);
        await using (var other = await PersistenceTestDbContext.OpenAsync(database, _anna))
        {
            (await other.Proposals.SingleAsync(p => p.Id == proposal.Id)).Rename("Først");
            await other.SaveChangesAsync();
        }

        staleCopy.Rename("For sent");
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => stale.SaveChangesAsync());

        Assert.Empty(stale.ChangeTracker.Entries<AuditEntry>());
        Assert.Equal(2, (await HistoryAsync(proposal.Id)).Count);
    }

    [SkippableFact]
    public async Task SaveChanges_UserWithPassword_NeverStoresHashOrSecurityStamp()
    {
        var user = new AdminUser
        {
            UserName = "bo@htk.dk",
            NormalizedUserName = "BO@HTK.DK",
            DisplayName = "Bo",
            PasswordHash = "AQAAAAIAAYagAAAAEsecret-hash",
            SecurityStamp = "STAMP-1234",
        };
        await using (var db = await PersistenceTestDbContext.OpenAsync(database, _anna))
        {
            db.Users.Add(user);
            await db.SaveChangesAsync();
            user.PasswordHash = "AQAAAAIAAYagAAAAEother-hash";
            user.SecurityStamp = "STAMP-5678";
            await db.SaveChangesAsync();
        }

        await using var check = await PersistenceTestDbContext.OpenAsync(database);
        var history = await check.AuditEntries.HistoryOf(AuditEntry.KindOf<AdminUser>(), user.Id).ToListAsync();
        Assert.Equal([AuditAction.Created, AuditAction.Modified], history.Select(e => e.Action));
        Assert.All(history, e => Assert.DoesNotContain("hash", e.Changes, StringComparison.Ordinal));
        Assert.All(history, e => Assert.DoesNotContain("STAMP", e.Changes, StringComparison.Ordinal));
        Assert.Contains(new AuditFieldChange("DisplayName", null, "Bo"), history[0].ReadChanges());
        Assert.Equal(new AuditFieldChange("PasswordHash", "***", "***"), Assert.Single(history[1].ReadChanges()));
    }

    [SkippableFact]
    public async Task HistoryOf_ReturnsOnlyThatEntity_OldestFirst_AndFiltersByTimeInSql()
    {
        var time = new FixedTimeProvider(Noon);
        var proposal = new TestProposal("Indkøb", "Administration", Money.FromKroner(65_000));
        await using (var db = await PersistenceTestDbContext.OpenAsync(database, _anna, time))
        {
            db.Proposals.Add(proposal);
            db.Proposals.Add(new TestProposal("Andet forslag", "Borgernær", Money.Zero));
            await db.SaveChangesAsync();
            foreach (var title in new[] { "Indkøb 2", "Indkøb 3" })
            {
                time.Advance(TimeSpan.FromHours(1));
                proposal.Rename(title);
                await db.SaveChangesAsync();
            }
        }

        var history = await HistoryAsync(proposal.Id);
        Assert.Equal([Noon, Noon.AddHours(1), Noon.AddHours(2)], history.Select(e => e.AtUtc));
        Assert.Equal("Indkøb 3", history[^1].ReadChanges().Single().After);

        await using var check = await PersistenceTestDbContext.OpenAsync(database);
        var since = Noon.AddMinutes(30);
        var later = await check.AuditEntries.HistoryOf<TestProposal>(proposal.Id).Where(e => e.AtUtc >= since).CountAsync();
        Assert.Equal(2, later);
    }

    [SkippableFact]
    public async Task RecordAudit_ExplicitEntry_IsSavedWithTheActorAndTime()
    {
        await using (var db = await PersistenceTestDbContext.OpenAsync(database, _anna, new FixedTimeProvider(Noon)))
        {
            db.RecordAudit("AdminUser", "user-bo", AuditAction.Modified, [new AuditFieldChange("Roles", "Reader", "Reader, Finance")]);
            await db.SaveChangesAsync();
        }

        await using var check = await PersistenceTestDbContext.OpenAsync(database);
        var entry = Assert.Single(await check.AuditEntries.HistoryOf("AdminUser", "user-bo").ToListAsync());
        Assert.Equal(("anna@htk.dk", Noon), (entry.UserName, entry.AtUtc));
        Assert.Equal(new AuditFieldChange("Roles", "Reader", "Reader, Finance"), Assert.Single(entry.ReadChanges()));
    }

    private async Task<TestProposal> SaveNewProposalAsync()
    {
        var proposal = new TestProposal("Fælles sekretariat", "Administration", Money.FromMillions(1.5m));
        await using var db = await PersistenceTestDbContext.OpenAsync(database, _anna, new FixedTimeProvider(Noon));
        db.Proposals.Add(proposal);
        await db.SaveChangesAsync();
        return proposal;
    }

    private async Task<Guid> MilestoneIdAsync(Guid proposalId)
    {
        await using var db = await PersistenceTestDbContext.OpenAsync(database);
        return (await db.Proposals.SingleAsync(p => p.Id == proposalId)).Milestones.Single().Id;
    }

    private async Task<List<AuditEntry>> HistoryAsync(Guid id)
    {
        await using var db = await PersistenceTestDbContext.OpenAsync(database);
        return await db.AuditEntries.HistoryOf<TestProposal>(id).ToListAsync();
    }
}
