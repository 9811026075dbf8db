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
        string entityKind, string entityId, CancellationToken cancellationToken = default)
    {
        if (!await MayReadAsync(entityKind))
        {
            throw new ForbiddenException("Du har ikke adgang til historikken for denne type.");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entries = await db.AuditEntries.HistoryOf(entityKind, entityId).ToListAsync(cancellationToken);
        if (entries.Count == 0)
        {
            throw new NotFoundException($"Der er ingen historik for {entityKind} {entityId}.");
        }

        return entries
            .Select(e => new AuditRecord(e.AtUtc, e.UserName, e.Action, e.ReadChanges()))
            .ToList();
    }
}
