using HojeTaastrup.Admin.Data;
using HojeTaastrup.Admin.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace HojeTaastrup.Admin.Web.Features.Savings;

// CONTRACT SKELETON (to be implemented): the savings use cases, for the pages and the API alike.
// Finance and directors write programmes; directors write proposals and move their status; everyone signed in
// reads what has left Draft (drafts: directors, finance and administrators).
#pragma warning disable CS9113 // skeleton: the implementation reads them
public sealed class SavingsService(IDbContextFactory<AdminDbContext> dbFactory, CurrentUser currentUser, TimeProvider time)
{
    public const string ProgrammeNotFoundMessage = "Besparelsesprogrammet findes ikke.";
    public const string ProposalNotFoundMessage = "Besparelsesforslaget findes ikke.";

    public Task<IReadOnlyList<ProgrammeSummary>> ListProgrammesAsync(CancellationToken cancellationToken = default) => throw new NotImplementedException();

    public Task<ProgrammeView> GetProgrammeAsync(Guid id, CancellationToken cancellationToken = default) => throw new NotImplementedException();

    public Task<ProgrammeView> CreateProgrammeAsync(ProgrammeInput input, CancellationToken cancellationToken = default) => throw new NotImplementedException();

    public Task<ProgrammeView> EditProgrammeAsync(Guid id, ProgrammeInput input, CancellationToken cancellationToken = default) => throw new NotImplementedException();

    public Task<ProposalView> GetProposalAsync(Guid id, CancellationToken cancellationToken = default) => throw new NotImplementedException();

    public Task<ProposalView> CreateProposalAsync(Guid programmeId, SavingsProposalInput input, CancellationToken cancellationToken = default) => throw new NotImplementedException();

    public Task<ProposalView> EditProposalAsync(Guid id, SavingsProposalInput input, CancellationToken cancellationToken = default) => throw new NotImplementedException();

    public Task<ProposalView> ChangeStatusAsync(Guid id, StatusInput input, CancellationToken cancellationToken = default) => throw new NotImplementedException();

    // The amounts a phase-in gives, from the start year to the programme's last year (validated, Danish messages).
    public Task<IReadOnlyList<AmountInput>> PhaseInAsync(Guid programmeId, PhaseInInput input, CancellationToken cancellationToken = default) => throw new NotImplementedException();

    public Task<CataloguePage> CatalogueAsync(CatalogueQuery query, CancellationToken cancellationToken = default) => throw new NotImplementedException();

    // The centres of the organisation in force today, for the owner drop-down.
    public Task<IReadOnlyList<OwnerCentreOption>> OwnerCentresAsync(CancellationToken cancellationToken = default) => throw new NotImplementedException();

    // Reorganisation proposals a savings proposal can be linked to (not withdrawn).
    public Task<IReadOnlyList<ReorganisationLink>> ReorganisationsAsync(CancellationToken cancellationToken = default) => throw new NotImplementedException();

    // The savings proposals that carry a reorganisation's savings (for the reorganisation page).
    public Task<IReadOnlyList<LinkedSavingsView>> LinkedToReorganisationAsync(Guid reorganisationId, CancellationToken cancellationToken = default) => throw new NotImplementedException();

    // May the current user create programmes / proposals (the list pages' buttons)?
    public Task<bool> CanEditProgrammesAsync() => throw new NotImplementedException();

    public Task<bool> CanEditProposalsAsync() => throw new NotImplementedException();
}
