using HojeTaastrup.Admin.Data.Concurrency;
using HojeTaastrup.Admin.Domain.Common;
using HojeTaastrup.Admin.Domain.Organisation;
using HojeTaastrup.Admin.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HojeTaastrup.Admin.Web.Tests.Persistence;

public sealed class ConcurrencyTestsOnSqlite(SqliteTestDatabase database) : ConcurrencyTests(database), IClassFixture<SqliteTestDatabase>;

public sealed class ConcurrencyTestsOnPostgreSql(PostgreSqlTestDatabase database) : ConcurrencyTests(database), IClassFixture<PostgreSqlTestDatabase>;

public abstract class ConcurrencyTests(TestDatabase database)
{
    [SkippableFact]
    public async Task SaveChanges_EachEdit_IncrementsVersionByOne()
    {
        var proposal = await SaveNewProposalAsync();
        Assert.Equal(0, proposal.Version);
        for (var edit = 1; edit <= 2; edit++)
        {
            await using var db = await PersistenceTestDbContext.OpenAsync(database);
            var loaded = await db.Proposals.SingleAsync(p => p.Id == proposal.Id);
            loaded.Rename($"Udgave {edit}");
            await db.SaveChangesAsync();
            Assert.Equal(edit, loaded.Version);
        }

        Assert.Equal(2, await VersionInDatabaseAsync(proposal.Id));
    }

    [SkippableFact]
    public async Task SaveChanges_TwoPeopleEditTheSameEntity_TheLaterSaveIsRefused()
    {
        var proposal = await SaveNewProposalAsync();
        await using var first = await PersistenceTestDbContext.OpenAsync(database);
        await using var second = await PersistenceTestDbContext.OpenAsync(database);
        var firstCopy = await first.Proposals.SingleAsync(p => p.Id == proposal.Id);
        var secondCopy = await second.Proposals.SingleAsync(p => p.Id == proposal.Id);

        firstCopy.Rename("Første");
        await first.SaveChangesAsync();
        secondCopy.Rename("Anden");

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        await using var check = await PersistenceTestDbContext.OpenAsync(database);
        Assert.Equal("Første", (await check.Proposals.SingleAsync(p => p.Id == proposal.Id)).Title);
    }

    [SkippableFact]
    public async Task SaveChanges_SomeoneElseSavedTheSameUniqueThingFirst_IsAConflictAndNotAudited()
    {
        var day = new DateOnly(1990, 1, 1).AddDays(Random.Shared.Next(10_000));
        await using var first = await PersistenceTestDbContext.OpenAsync(database);
        await using var second = await PersistenceTestDbContext.OpenAsync(database);
        var mine = new OrganisationVersion(day, "Min import");
        first.OrganisationVersions.Add(new OrganisationVersion(day, "Den andens import"));
        second.OrganisationVersions.Add(mine);
        await first.SaveChangesAsync();

        var conflict = await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());

        Assert.Equal(UniqueViolation.Message, conflict.Message);
        await using var check = await PersistenceTestDbContext.OpenAsync(database);
        Assert.Equal("Den andens import", (await check.OrganisationVersions.SingleAsync(v => v.EffectiveFrom == day)).Source);
        Assert.False(await check.AuditEntries.AnyAsync(e => e.EntityId == mine.Id.ToString()));
    }

    [SkippableFact]
    public async Task ExpectVersion_ClientReadAnOlderVersion_SaveIsRefused()
    {
        var proposal = await SaveNewProposalAsync();
        await RenameAsync(proposal.Id, "Ændret af en anden"); // now version 1

        await using var db = await PersistenceTestDbContext.OpenAsync(database);
        var loaded = await db.Proposals.SingleAsync(p => p.Id == proposal.Id);
        db.Entry(loaded).ExpectVersion(0);
        loaded.Rename("Ændret på grundlag af version 0");

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db.SaveChangesAsync());
        Assert.Equal(1, await VersionInDatabaseAsync(proposal.Id));
    }

    [SkippableFact]
    public async Task ExpectVersion_ClientReadTheCurrentVersion_SaveSucceeds()
    {
        var proposal = await SaveNewProposalAsync();
        await RenameAsync(proposal.Id, "Ændret af en anden");

        await using var db = await PersistenceTestDbContext.OpenAsync(database);
        var loaded = await db.Proposals.SingleAsync(p => p.Id == proposal.Id);
        db.Entry(loaded).ExpectVersion(1);
        loaded.Rename("Ændret på grundlag af version 1");
        await db.SaveChangesAsync();

        Assert.Equal(2, await VersionInDatabaseAsync(proposal.Id));
    }

    [SkippableFact]
    public async Task SaveChanges_OnlyAnOwnedPartChanged_IncrementsTheOwnersVersion()
    {
        var proposal = await SaveNewProposalAsync();
        await using var first = await PersistenceTestDbContext.OpenAsync(database);
        await using var second = await PersistenceTestDbContext.OpenAsync(database);
        var firstCopy = await first.Proposals.SingleAsync(p => p.Id == proposal.Id);
        var secondCopy = await second.Proposals.SingleAsync(p => p.Id == proposal.Id);

        firstCopy.AddMilestone(new DateOnly(2021, 2, 1), "Udkast til kommissorium");
        await first.SaveChangesAsync();
        secondCopy.AddMilestone(new DateOnly(2021, 3, 1), "Høring");

        Assert.Equal(1, await VersionInDatabaseAsync(proposal.Id));
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
    }

    private async Task<TestProposal> SaveNewProposalAsync()
    {
        var proposal = new TestProposal("Forslag", "Administration", Money.FromKroner(100_000));
        await using var db = await PersistenceTestDbContext.OpenAsync(database);
        db.Proposals.Add(proposal);
        await db.SaveChangesAsync();
        return proposal;
    }

    private async Task RenameAsync(Guid id, string title)
    {
        await using var db = await PersistenceTestDbContext.OpenAsync(database);
        (await db.Proposals.SingleAsync(p => p.Id == id)).Rename(title);
        await db.SaveChangesAsync();
    }

    private async Task<long> VersionInDatabaseAsync(Guid id)
    {
        await using var db = await PersistenceTestDbContext.OpenAsync(database);
        return await db.Proposals.Where(p => p.Id == id).Select(p => p.Version).SingleAsync();
    }
}
