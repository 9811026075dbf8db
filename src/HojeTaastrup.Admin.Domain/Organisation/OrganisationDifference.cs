namespace HojeTaastrup.Admin.Domain.Organisation;

public enum DifferenceKind
{
    Added,
    Removed,
    Changed,
}

// One directorate, centre or unit that is not the same in two organisations, matched by its Key.
// Before is null when it was added, After when it was removed; Fields lists what changed (empty
// for an added or removed part).
public sealed record OrganisationDifference<T>(Guid Key, T? Before, T? After, IReadOnlyList<OrganisationField> Fields)
    where T : class
{
    public DifferenceKind Kind => Before is null ? DifferenceKind.Added : After is null ? DifferenceKind.Removed : DifferenceKind.Changed;
}
