namespace HojeTaastrup.Admin.Domain.Organisation;

// A director's area (direktørområde). Key is stable across organisation versions.
public sealed record DirectorateSnapshot(Guid Key, string Name, string DirectorName);
