using HojeTaastrup.Admin.Domain.Organisation;
using HojeTaastrup.Admin.Domain.Reorganisation;

namespace HojeTaastrup.Admin.Web.Features.Reorganisation;

// The parts of a proposal's view: its problems and projects, and what the pages get besides the view.

public sealed record ProblemView(Guid ChangeId, int ChangeNumber, ReorganisationProblemCode Code, string Message, string? Centre, Guid? Unit);

public sealed record ProjectView(Guid Id, string Name, string? Owner, DateOnly? DueDate, ImplementationProjectStatus Status);

// Everything a page needs about one proposal: the view the API also answers, and the structures
// the charts and the change editor work on.
public sealed record ProposalDetails(
    ProposalView View,
    OrganisationStructure Baseline,
    ReorganisationOutcome Outcome,
    ReorganisationImpact Impact,
    IReadOnlyList<ReorganisationChange> Changes)
{
    // The organisation a change at this place (0 = first) works on: the baseline with the earlier changes applied.
    public OrganisationStructure Before(int index) =>
        index <= 0 ? Baseline : ReorganisationPlanner.Apply(Baseline, Changes.Take(index).ToList()).After;
}
