using HojeTaastrup.Admin.Domain.Common;

namespace HojeTaastrup.Admin.Domain.Reorganisation;

// Part of a unit (Fte, and Payroll or else a share of the payroll pro rata to FTE) becomes a new
// unit named NewName in ToCentre. A unit left with nothing ceases to exist.
public sealed record SplitUnit(
    Guid Unit,
    decimal Fte,
    string NewName,
    string ToCentre,
    string Rationale,
    Money? Payroll = null)
    : ReorganisationChange(Rationale);
