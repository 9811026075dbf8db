using HojeTaastrup.Admin.Domain.Organisation;

namespace HojeTaastrup.Admin.Domain.Reorganisation;

// The after-state of a proposal: the baseline with the changes applied in order, and the problems
// found on the way, each pinned on the change that causes it. A change with a problem is left out
// of the after-state, so that the changes after it are judged against a consistent organisation
// and all problems show at once.
public static partial class ReorganisationPlanner
{
    public static ReorganisationOutcome Apply(OrganisationStructure baseline, IReadOnlyList<ReorganisationChange> changes)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(changes);

        var organisation = new WorkingOrganisation(baseline);
        var problems = new List<ReorganisationProblem>();
        var emptiedBy = new Dictionary<Guid, ChangeCheck>();
        for (var index = 0; index < changes.Count; index++)
        {
            var change = changes[index];
            var check = new ChangeCheck(index, change, organisation);
            var emptyBefore = organisation.EmptyCentreKeys();
            ApplyChange(change, check, organisation);

            // Reported after applying: a missing rationale blocks the hearing, not the calculation.
            if (string.IsNullOrWhiteSpace(change.Rationale))
            {
                check.Report(ReorganisationProblemCode.MissingRationale, $"Ændring {check.Number} mangler en begrundelse.");
            }

            problems.AddRange(check.Problems);
            foreach (var key in organisation.EmptyCentreKeys().Except(emptyBefore))
            {
                emptiedBy[key] = check;
            }
        }

        problems.AddRange(EmptyCentres(organisation, emptiedBy));
        return new ReorganisationOutcome(organisation.ToStructure(), problems.OrderBy(p => p.ChangeIndex).ToList());
    }

    private static void ApplyChange(ReorganisationChange change, ChangeCheck check, WorkingOrganisation organisation)
    {
        switch (change)
        {
            case MergeCentres merge:
                Merge(merge, check, organisation);
                break;
            case DissolveCentre dissolve:
                Dissolve(dissolve, check, organisation);
                break;
            case CreateCentre create:
                Create(create, check, organisation);
                break;
            case RenameCentre rename:
                Rename(rename, check, organisation);
                break;
            case ChangeDirectorate changeDirectorate:
                ChangeDirectorateOf(changeDirectorate, check, organisation);
                break;
            case MoveUnit move:
                Move(move, check, organisation);
                break;
            case SplitUnit split:
                Split(split, check, organisation);
                break;
            case CreateUnit createUnit:
                Create(createUnit, check, organisation);
                break;
            default:
                throw new NotSupportedException($"Unknown reorganisation change {change.GetType().Name}.");
        }
    }

    // A centre that a change created or emptied, and that no later change filled, is a problem of
    // that change. Centres empty in the baseline and untouched are not the proposal's business.
    private static IEnumerable<ReorganisationProblem> EmptyCentres(WorkingOrganisation organisation, Dictionary<Guid, ChangeCheck> emptiedBy)
    {
        var stillEmpty = organisation.EmptyCentreKeys();
        foreach (var centre in organisation.Centres.Where(c => stillEmpty.Contains(c.Key)))
        {
            if (emptiedBy.TryGetValue(centre.Key, out var check))
            {
                var what = DanishText.Capitalise(CentreKindText.Definite(centre.Kind));
                yield return check.Problem(
                    ReorganisationProblemCode.EmptyCentre, $"{what} {centre.Code} står uden afdelinger efter ændringerne.", centre.Code);
            }
        }
    }
}
