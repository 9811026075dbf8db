using HojeTaastrup.Admin.Domain.Common;

namespace HojeTaastrup.Admin.Domain.Reorganisation;

// A unit that gave FTE or payroll to a new unit.
public sealed record UnitResize(Guid Unit, string Name, decimal FteBefore, decimal FteAfter, Money PayrollBefore, Money PayrollAfter);
