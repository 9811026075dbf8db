namespace HojeTaastrup.Admin.Domain.Reorganisation;

// A unit that ends up in another centre (codes as before and after the reorganisation).
public sealed record UnitMove(Guid Unit, string Name, Guid FromCentre, string FromCode, Guid ToCentre, string ToCode);
