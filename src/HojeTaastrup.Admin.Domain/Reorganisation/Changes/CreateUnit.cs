namespace HojeTaastrup.Admin.Domain.Reorganisation;

// A new unit in Centre built from FTE taken from other units; payroll follows pro rata to FTE.
// A source unit left with nothing ceases to exist.
public sealed record CreateUnit(
    string Centre,
    string Name,
    IReadOnlyList<UnitShare> Sources,
    string Rationale)
    : ReorganisationChange(Rationale);
