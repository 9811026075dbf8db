namespace HojeTaastrup.Admin.Domain.Reorganisation;

// FTE taken from one unit towards a new unit.
public sealed record UnitShare(Guid Unit, decimal Fte);
