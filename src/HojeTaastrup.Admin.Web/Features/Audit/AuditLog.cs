using HojeTaastrup.Admin.Data;
using HojeTaastrup.Admin.Data.Auditing;
using HojeTaastrup.Admin.Domain.Organisation;
using HojeTaastrup.Admin.Domain.Realisation;
using HojeTaastrup.Admin.Domain.Reorganisation;
using HojeTaastrup.Admin.Domain.Savings;
using HojeTaastrup.Admin.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace HojeTaastrup.Admin.Web.Features.Audit;

public sealed record AuditRecord(
    DateTimeOffset AtUtc,
    string UserName,
    AuditAction Action,
    IReadOnlyList<AuditFieldChange> Changes);

// The history of one entity, for the page component and GET /api/v1/audit alike. Who may read it: the
// Administrator, and the roles that may edit that kind of entity (API.md); other kinds only the Administrator.
public sealed record AuditPage(IReadOnlyList<AuditRecord> Records, int Total);

public sealed class AuditLog(IDbContextFactory<AdminDbContext> contexts, CurrentUser currentUser, IAuthorizationService authorization)
{
    private static readonly Dictionary<string, string> EditPolicyByKind = new(StringComparer.Ordinal)
    {
        [AuditEntry.KindOf<OrganisationVersion>()] = Policies.EditOrganisation,
        [AuditEntry.KindOf<ReorganisationProposal>()] = Policies.EditReorganisations,
        [AuditEntry.KindOf<SavingsProgramme>()] = Policies.EditProgrammes,
        [AuditEntry.KindOf<SavingsProposal>()] = Policies.EditSavingsProposals,
        [AuditEntry.KindOf<ProposalRealisation>()] = Policies.RecordRealisation,
        [AuditEntry.KindOf<RealisationEntry>()] = Policies.RecordRealisation,
        [AuditEntry.KindOf<BudgetFollowUp>()] = Policies.RecordRealisation,
        [AuditEntry.KindOf<InvestmentFund>()] = Policies.RecordRealisation,
        [AuditEntry.KindOf<CoverMeasure>()] = Policies.DecideCoverMeasures,
    };

    public static string EditPolicyOf(string entityKind) =>
        EditPolicyByKind.GetValueOrDefault(entityKind, Policies.Administer);

    public async Task<bool> MayReadAsync(string entityKind)
    {
        var user = await currentUser.PrincipalAsync();
        if ((await authorization.AuthorizeAsync(user, Policies.Administer)).Succeeded)
        {
            return true;
        }

        return (await authorization.AuthorizeAsync(user, EditPolicyOf(entityKind))).Succeeded;
    }

    // Oldest first. Unknown entity (no history at all) → NotFoundException; not allowed → ForbiddenException.
    public async Task<IReadOnlyList<AuditRecord>> HistoryAsync(
        string entityKind, string entityId, CancellationToken cancellationToken = default) =>
        (await ReadAsync(entityKind, entityId, newest: null, cancellationToken)).Records;

    // The newest records of one entity (oldest first, as HistoryAsync) and how many it has in all: a page shows the
    // latest and reads more on request. A proposal built change by change has hundreds of records, and every one
    // drawn was kept by every circuit on the page (issue 10).
    public Task<AuditPage> NewestAsync(
        string entityKind, string entityId, int count, CancellationToken cancellationToken = default) =>
        ReadAsync(entityKind, entityId, Math.Max(1, count), cancellationToken);

    private async Task<AuditPage> ReadAsync(string entityKind, string entityId, int? newest, CancellationToken cancellationToken)
    {
        if (!await MayReadAsync(entityKind))
        {
            throw new ForbiddenException("Du har ikke adgang til historikken for denne type.");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var history = db.AuditEntries.HistoryOf(entityKind, entityId);
        var total = newest is null ? (int?)null : await history.CountAsync(cancellationToken);
        var entries = await (total is { } all ? history.Skip(Math.Max(0, all - newest!.Value)) : history).ToListAsync(cancellationToken);
        if (entries.Count == 0)
        {
            throw new NotFoundException($"Der er ingen historik for {entityKind} {entityId}.");
        }

        return new AuditPage(
            entries.Select(e => new AuditRecord(e.AtUtc, e.UserName, e.Action, e.ReadChanges())).ToList(),
            total ?? entries.Count);
    }
}
