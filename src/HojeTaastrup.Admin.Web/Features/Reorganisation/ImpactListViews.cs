namespace HojeTaastrup.Admin.Web.Features.Reorganisation;

// The lists in a proposal's impact: units moved, centres created, removed and renamed, directorates changed.

public sealed record UnitMoveView(Guid Unit, string Name, string FromCentre, string ToCentre);

public sealed record CentreRefView(Guid Key, string Code, string Name);

public sealed record CentreRenameView(Guid Key, string OldCode, string OldName, string NewCode, string NewName);

public sealed record DirectorateMoveView(Guid Centre, string Code, string From, string To);

public sealed record UnitRefView(Guid Unit, string Name, string Centre, decimal Fte);
