namespace HojeTaastrup.Admin.Domain.Organisation;

// A centre, unit or staff (center, enhed, stab). Key is stable across organisation versions;
// Code is the short name people use (BSC, ØAC) and may change with a rename.
public sealed record CentreSnapshot(Guid Key, string Code, string Name, CentreKind Kind, Guid DirectorateKey);
