namespace HojeTaastrup.Admin.Domain.Reorganisation;

// The centre reports to another director.
public sealed record ChangeDirectorate(string Centre, Guid Directorate, string Rationale)
    : ReorganisationChange(Rationale);
