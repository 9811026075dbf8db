using HojeTaastrup.Admin.Data.Auditing;
using HojeTaastrup.Admin.Data.Concurrency;
using HojeTaastrup.Admin.Data.Conventions;
using HojeTaastrup.Admin.Data.Identity;
using HojeTaastrup.Admin.Domain.Common;
using HojeTaastrup.Admin.Domain.Hearings;
using HojeTaastrup.Admin.Domain.Organisation;
using HojeTaastrup.Admin.Domain.Realisation;
using HojeTaastrup.Admin.Domain.Reorganisation;
using HojeTaastrup.Admin.Domain.Savings;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace HojeTaastrup.Admin.Data;

// The context every use case works with. It is abstract because each database provider has its own
// subclass that owns that provider's migrations (docs/decisions/0004-three-migration-sets.md);
// IDbContextFactory<AdminDbContext> creates the right one.
// It also holds the data protection keys when DataProtection:Store=Database, so that several web nodes
// on one database read each other's cookies and API tokens.
public abstract class AdminDbContext : IdentityDbContext<AdminUser>, IDataProtectionKeyContext
{
    private readonly IAuditActor _auditActor;
    private readonly TimeProvider _timeProvider;

    protected AdminDbContext(DbContextOptions options, IAuditActor auditActor, TimeProvider timeProvider)
        : base(options)
    {
        ArgumentNullException.ThrowIfNull(auditActor);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _auditActor = auditActor;
        _timeProvider = timeProvider;
    }

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<OrganisationVersion> OrganisationVersions => Set<OrganisationVersion>();

    public DbSet<ReorganisationProposal> ReorganisationProposals => Set<ReorganisationProposal>();

    public DbSet<SavingsProgramme> SavingsProgrammes => Set<SavingsProgramme>();

    public DbSet<SavingsProposal> SavingsProposals => Set<SavingsProposal>();

    public DbSet<Committee> Committees => Set<Committee>();

    public DbSet<Hearing> Hearings => Set<Hearing>();

    public DbSet<HearingResponse> HearingResponses => Set<HearingResponse>();

    public DbSet<ProposalRealisation> ProposalRealisations => Set<ProposalRealisation>();

    public DbSet<RealisationEntry> RealisationEntries => Set<RealisationEntry>();

    public DbSet<CoverMeasure> CoverMeasures => Set<CoverMeasure>();

    public DbSet<BudgetFollowUp> BudgetFollowUps => Set<BudgetFollowUp>();

    public DbSet<InvestmentFund> InvestmentFunds => Set<InvestmentFund>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var auditEntries = PrepareSave();
        try
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            ForgetAuditEntries(auditEntries);
            throw new DbUpdateConcurrencyException(UniqueViolation.Message, ex);
        }
        catch
        {
            ForgetAuditEntries(auditEntries);
            throw;
        }
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var auditEntries = PrepareSave();
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            ForgetAuditEntries(auditEntries);
            throw new DbUpdateConcurrencyException(UniqueViolation.Message, ex);
        }
        catch
        {
            ForgetAuditEntries(auditEntries);
            throw;
        }
    }

    // For changes the change tracker cannot see as an entity change (e.g. a role granted to a user).
    public AuditEntry RecordAudit(string entityKind, string entityId, AuditAction action, IEnumerable<AuditFieldChange> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var entry = AuditEntry.Create(_timeProvider.GetUtcNow(), _auditActor, entityKind, entityId, action, changes);
        AuditEntries.Add(entry);
        return entry;
    }

    // Many new rows of one append-only audited entity (an import's entries) and their Created audit records, written
    // straight to the database in the caller's transaction (Database.BeginTransactionAsync, then CommitAsync), not
    // through the change tracker: the entities stay untracked. The rows are the ones SaveChanges would write. A unique
    // index that refuses a row is a DbUpdateConcurrencyException, as in SaveChanges. See AuditedAppend.
    public Task<int> AppendAuditedAsync<TEntity>(IEnumerable<TEntity> entities, CancellationToken cancellationToken = default)
        where TEntity : class, IAudited =>
        AuditedAppend.WriteAsync(this, entities, _auditActor, _timeProvider.GetUtcNow(), cancellationToken);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.ApplyAdminConventions(Database.ProviderName);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AdminDbContext).Assembly);
    }

    private List<AuditEntry> PrepareSave()
    {
        ChangeTracker.DetectChanges();
        // Versions first: an owner whose owned parts changed becomes Modified, and then gets audited too.
        VersionIncrementer.IncrementVersions(ChangeTracker);
        var auditEntries = AuditRecorder.CreateEntries(ChangeTracker, _auditActor, _timeProvider.GetUtcNow());
        AuditEntries.AddRange(auditEntries);
        return auditEntries;
    }

    // A failed save must not leave its audit entries behind for a retry to write twice.
    private void ForgetAuditEntries(List<AuditEntry> auditEntries)
    {
        foreach (var auditEntry in auditEntries)
        {
            Entry(auditEntry).State = EntityState.Detached;
        }
    }
}
