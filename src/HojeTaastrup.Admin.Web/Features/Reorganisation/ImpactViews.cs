using System.Text.Json.Serialization;
using HojeTaastrup.Admin.Domain.Common;
using HojeTaastrup.Admin.Domain.Organisation;

namespace HojeTaastrup.Admin.Web.Features.Reorganisation;

// What a proposal does to the organisation (ReorganisationImpact), as the impact tab and the API show it.

// centres/staffs/unitCentres count the kinds of centre (center, stab, enhed): "16 centre og 4 enheder";
// units counts the units (afdelinger) inside them, as "units" does everywhere in the API.
public sealed record ImpactView(
    int CentresBefore,
    int CentresAfter,
    int StaffsBefore,
    int StaffsAfter,
    int UnitCentresBefore,
    int UnitCentresAfter,
    int UnitsBefore,
    int UnitsAfter,
    string Summary,
    decimal FteBefore,
    decimal FteAfter,
    Money PayrollBefore,
    Money PayrollAfter,
    IReadOnlyList<CentreImpactView> Centres,
    IReadOnlyList<UnitMoveView> UnitsMoved,
    IReadOnlyList<CentreRefView> CentresCreated,
    IReadOnlyList<CentreRefView> CentresRemoved,
    IReadOnlyList<CentreRenameView> CentresRenamed,
    IReadOnlyList<DirectorateMoveView> DirectorateMoves,
    IReadOnlyList<UnitRefView> UnitsCreated,
    IReadOnlyList<UnitRefView> UnitsRemoved)
{
    [JsonIgnore]
    public CentreCounts CountsBefore => new(CentresBefore, StaffsBefore, UnitCentresBefore);

    [JsonIgnore]
    public CentreCounts CountsAfter => new(CentresAfter, StaffsAfter, UnitCentresAfter);
}

[JsonConverter(typeof(JsonStringEnumConverter<CentreChange>))]
public enum CentreChange
{
    Unchanged,
    Changed,
    Created,
    Removed,
}

public sealed record CentreImpactView(
    Guid Key,
    string Code,
    string Name,
    CentreKind Kind,
    CentreChange Change,
    decimal FteBefore,
    decimal FteAfter,
    Money PayrollBefore,
    Money PayrollAfter);
