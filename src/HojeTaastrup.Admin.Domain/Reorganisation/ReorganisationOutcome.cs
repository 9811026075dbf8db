using HojeTaastrup.Admin.Domain.Organisation;

namespace HojeTaastrup.Admin.Domain.Reorganisation;

// The organisation after a proposal's changes, and what is wrong with them (in change order).
public sealed record ReorganisationOutcome(OrganisationStructure After, IReadOnlyList<ReorganisationProblem> Problems)
{
    public bool HasProblems => Problems.Count > 0;

    public IEnumerable<ReorganisationProblem> ProblemsOf(Guid changeId) => Problems.Where(p => p.ChangeId == changeId);
}
