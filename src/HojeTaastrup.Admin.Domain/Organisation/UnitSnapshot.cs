using HojeTaastrup.Admin.Domain.Common;

namespace HojeTaastrup.Admin.Domain.Organisation;

// A unit (afdeling/team) inside a centre: FTE (årsværk, one decimal) and annual payroll (lønsum).
// Key is stable across organisation versions: a unit moved to another centre keeps it.
public sealed record UnitSnapshot(Guid Key, string Name, Guid CentreKey, decimal Fte, Money Payroll);
