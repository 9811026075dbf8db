namespace HojeTaastrup.Admin.Domain.Reorganisation;

// A new name and, when NewCode is given, a new code. Later changes use the new code.
public sealed record RenameCentre(
    string Centre,
    string NewName,
    string Rationale,
    string? NewCode = null)
    : ReorganisationChange(Rationale);
