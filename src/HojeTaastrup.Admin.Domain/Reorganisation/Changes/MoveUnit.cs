namespace HojeTaastrup.Admin.Domain.Reorganisation;

// A unit with all its FTE and payroll moves to another centre.
public sealed record MoveUnit(Guid Unit, string ToCentre, string Rationale)
    : ReorganisationChange(Rationale);
