using HojeTaastrup.Admin.Data;
using HojeTaastrup.Admin.Data.Auditing;
using HojeTaastrup.Admin.Domain.Common;
using HojeTaastrup.Admin.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HojeTaastrup.Admin.Web.Tests.Persistence;

// The foundation has no domain entity yet, so the persistence rules are proven on a test-only aggregate
// in a context derived from AdminDbContext: same conventions, same SaveChanges.
public sealed class TestProposal : Entity, IAudited, IVersioned
{
    private readonly List<TestMilestone> _milestones = [];

    public TestProposal(string title, string category, Money amount)
    {
        Title = title;
        Category = category;
        Amount = amount;
        Responsible = new TestContact("Ukendt");
    }

    private TestProposal()
    {
        Title = "";
        Category = "";
        Responsible = null!;
    }

    public string Title { get; private set; }

    public string Category { get; private set; }

    public Money Amount { get; private set; }

    // Unknown amounts ("xx mio. kr.") are null.
    public Money? AlternativeAmount { get; private set; }

    public DateTimeOffset? DecidedAtUtc { get; private set; }

    public TestContact Responsible { get; private set; }

    public long Version { get; private set; }

    public IReadOnlyList<TestMilestone> Milestones => _milestones;

    public void Rename(string title) => Title = title;

    public void ChangeAmount(Money amount, Money? alternative)
    {
        Amount = amount;
        AlternativeAmount = alternative;
    }

    public void Decide(DateTimeOffset atUtc) => DecidedAtUtc = atUtc;

    public void AssignResponsible(string name) => Responsible = new TestContact(name);

    public void AddMilestone(DateOnly date, string text) => _milestones.Add(new TestMilestone(date, text));
}

public sealed record TestContact(string Name);

// Items of an owned collection carry their own Guid key, as domain entities do.
public sealed class TestMilestone(DateOnly date, string text) : Entity
{
    public DateOnly Date { get; private set; } = date;

    public string Text { get; private set; } = text;

    public void Reword(string text) => Text = text;
}

public sealed class PersistenceTestDbContext(DbContextOptions<AdminDbContext> options, IAuditActor auditActor, TimeProvider timeProvider)
    : AdminDbContext(options, auditActor, timeProvider)
{
    public DbSet<TestProposal> Proposals => Set<TestProposal>();

    public static async Task<PersistenceTestDbContext> OpenAsync(TestDatabase database, IAuditActor? actor = null, TimeProvider? timeProvider = null)
    {
        var db = new PersistenceTestDbContext(database.Options, actor ?? SystemAuditActor.Instance, timeProvider ?? TimeProvider.System);
        await db.Database.EnsureCreatedAsync();
        return db;
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<TestProposal>(proposal =>
        {
            proposal.Property(p => p.Title).HasMaxLength(200);
            proposal.Property(p => p.Category).HasMaxLength(50);
            proposal.ComplexProperty(p => p.Responsible);
            proposal.OwnsMany(p => p.Milestones, milestone => milestone.Property(m => m.Text).HasMaxLength(200));
        });
    }
}

public sealed class TestAuditActor(string? userId, string userName) : IAuditActor
{
    public string? UserId { get; } = userId;

    public string UserName { get; } = userName;
}

public sealed class FixedTimeProvider(DateTimeOffset utcNow) : TimeProvider
{
    private DateTimeOffset _utcNow = utcNow;

    public override DateTimeOffset GetUtcNow() => _utcNow;

    public void Advance(TimeSpan by) => _utcNow += by;
}
