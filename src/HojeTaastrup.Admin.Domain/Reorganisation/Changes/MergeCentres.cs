namespace HojeTaastrup.Admin.Domain.Reorganisation;

// Two or more centres become one. With SurvivingCentre, that centre goes on (its key, kind and
// history) under the new code and name; without it a new centre is created. All units of the
// merged centres end up in the result. Directorate defaults to the survivor's or the first centre's.
public sealed record MergeCentres(
    IReadOnlyList<string> Centres,
    string NewCode,
    string NewName,
    string Rationale,
    string? SurvivingCentre = null,
    Guid? Directorate = null)
    : ReorganisationChange(Rationale);
