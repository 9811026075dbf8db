using HojeTaastrup.Admin.Data.Conventions;
using HojeTaastrup.Admin.Domain.Common;
using HojeTaastrup.Admin.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HojeTaastrup.Admin.Web.Tests.Persistence;

public sealed class MoneyTestsOnSqlite(SqliteTestDatabase database) : MoneyTests(database), IClassFixture<SqliteTestDatabase>;

public sealed class MoneyTestsOnPostgreSql(PostgreSqlTestDatabase database) : MoneyTests(database), IClassFixture<PostgreSqlTestDatabase>;

public abstract class MoneyTests(TestDatabase database)
{
    [SkippableFact]
    public async Task Money_RoundTrips_AsWholeKroner_IncludingMissingAmounts()
    {
        var proposal = new TestProposal("Rund tur", "Administration", Money.FromKroner(9_876_543_210_123));
        proposal.ChangeAmount(proposal.Amount, null);
        await SaveAsync(proposal);

        await using var db = await PersistenceTestDbContext.OpenAsync(database);
        var loaded = await db.Proposals.SingleAsync(p => p.Id == proposal.Id);
        Assert.Equal(Money.FromKroner(9_876_543_210_123), loaded.Amount);
        Assert.Null(loaded.AlternativeAmount);
    }

    [SkippableFact]
    public async Task SumMoneyAsync_IsComputedByTheDatabase_Exactly()
    {
        var category = NewCategory();
        await SaveAsync(
            new TestProposal("A", category, Money.FromMillions(13.4m)),
            new TestProposal("B", category, Money.FromMillions(2.4m)),
            new TestProposal("C", category, Money.FromKroner(65_001)));

        await using var db = await PersistenceTestDbContext.OpenAsync(database);
        var query = db.Proposals.Where(p => p.Category == category);

        // EF never evaluates a terminal aggregate on the client: it translates it to SQL or throws.
        Assert.Equal(Money.FromKroner(15_865_001), await query.SumMoneyAsync(p => p.Amount));
    }

    [SkippableFact]
    public async Task SumMoneyAsync_OfOptionalAmounts_LeavesMissingOnesOut()
    {
        var category = NewCategory();
        var withAlternative = new TestProposal("A", category, Money.FromKroner(1));
        withAlternative.ChangeAmount(withAlternative.Amount, Money.FromMillions(5.5m));
        await SaveAsync(withAlternative, new TestProposal("B", category, Money.FromKroner(2)));

        await using var db = await PersistenceTestDbContext.OpenAsync(database);
        var query = db.Proposals.Where(p => p.Category == category);

        Assert.Equal(Money.FromMillions(5.5m), await query.SumMoneyAsync(p => p.AlternativeAmount));
        Assert.Equal(Money.Zero, await query.Where(p => p.AlternativeAmount == null).SumMoneyAsync(p => p.AlternativeAmount));
    }

    [SkippableFact]
    public async Task MoneyColumn_GroupedSumsAndComparisons_TranslateToSql()
    {
        var category = NewCategory();
        await SaveAsync(
            new TestProposal("Intern", category, Money.FromKroner(600_000)),
            new TestProposal("Intern", category, Money.FromKroner(400_000)),
            new TestProposal("Ekstern", category, Money.FromKroner(250_000)));

        await using var db = await PersistenceTestDbContext.OpenAsync(database);
        var perTitle = db.Proposals
            .Where(p => p.Category == category && (long)(object)p.Amount >= 300_000)
            .GroupBy(p => p.Title)
            .Select(g => new { Title = g.Key, Kroner = g.Sum(p => (long)(object)p.Amount) });

        Assert.Matches("(?i)SUM\\(", perTitle.ToQueryString());
        var totals = await perTitle.ToListAsync();
        Assert.Equal(("Intern", 1_000_000L), Assert.Single(totals.Select(t => (t.Title, t.Kroner))));
    }

    private static string NewCategory() => Guid.NewGuid().ToString("N")[..20];

    private async Task SaveAsync(params TestProposal[] proposals)
    {
        await using var db = await PersistenceTestDbContext.OpenAsync(database);
        db.Proposals.AddRange(proposals);
        await db.SaveChangesAsync();
    }
}
