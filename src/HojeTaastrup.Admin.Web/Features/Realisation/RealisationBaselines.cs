using HojeTaastrup.Admin.Data;
using HojeTaastrup.Admin.Domain.Realisation;
using HojeTaastrup.Admin.Domain.Savings;
using Microsoft.EntityFrameworkCore;

namespace HojeTaastrup.Admin.Web.Features.Realisation;

// The baseline lock, called by SavingsService.ChangeStatusAsync in the save that adopts a proposal: its amounts at
// that moment become its realisation plan. A proposal adopted again (after being postponed, say) keeps its first plan;
// later changes are re-baselines with a reason.
public static class RealisationBaselines
{
    public static async Task LockOnAdoptionAsync(AdminDbContext db, SavingsProposal proposal, DateTimeOffset at, string by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(proposal);
        if (proposal.Status == SavingsStatus.Adopted
            && !await db.ProposalRealisations.AnyAsync(r => r.ProposalId == proposal.Id, cancellationToken))
        {
            db.ProposalRealisations.Add(ProposalRealisation.LockBaseline(proposal, at, by));
        }
    }
}
