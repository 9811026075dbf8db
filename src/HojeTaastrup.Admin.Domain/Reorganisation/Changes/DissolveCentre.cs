namespace HojeTaastrup.Admin.Domain.Reorganisation;

// A centre is closed; every one of its units needs a destination: unit key → centre code.
public sealed record DissolveCentre(
    string Centre,
    IReadOnlyDictionary<Guid, string> Destinations,
    string Rationale)
    : ReorganisationChange(Rationale);
