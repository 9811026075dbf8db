using System.Text.Json.Serialization;
using HojeTaastrup.Admin.Domain.Common;
using HojeTaastrup.Admin.Domain.Organisation;
using HojeTaastrup.Admin.Domain.Reorganisation;

namespace HojeTaastrup.Admin.Web.Features.Reorganisation;

// What GET /api/v1/reorganisations/{id} answers and the pages show.

public sealed record ProposalSummary(
    Guid Id,
    string Title,
    ReorganisationStatus Status,
    DateOnly EffectiveDate,
    string Summary,
    CentreCounts CountsBefore,
    CentreCounts CountsAfter,
    int ChangeCount,
    int ProblemCount,
    long Version);

public sealed record ProposalView(
    Guid Id,
    string Title,
    string Purpose,
    DateOnly EffectiveDate,
    ReorganisationStatus Status,
    int? TargetCentreCount,
    Money? TargetYearlySaving,
    long Version,
    IReadOnlyList<ChangeView> Changes,
    IReadOnlyList<ProblemView> Problems,
    ImpactView Impact,
    IReadOnlyList<ProjectView> Projects,
    BaselineDriftView? BaselineDrift,
    string? AdoptionRefusedByHistory = null)
{
    // The rules the pages show as enabled buttons; the use cases and the proposal refuse the same.
    // Not part of the API's answer: clients get the refusal with its reason.

    // Changes and the proposal's own fields are edited while it is a draft (ReorganisationProposal.EnsureDraft).
    [JsonIgnore]
    public bool ChangesEditable => Status == ReorganisationStatus.Draft;

    // Implementation projects are kept up to date until the proposal is withdrawn.
    [JsonIgnore]
    public bool ProjectsEditable => Status != ReorganisationStatus.Withdrawn;

    [JsonIgnore]
    public bool CanSendToHearing => Status == ReorganisationStatus.Draft;

    [JsonIgnore]
    public bool CanWithdraw => Status is ReorganisationStatus.Draft or ReorganisationStatus.InHearing;

    // In hearing, with no problems, the baseline still the organisation in force, and room in the
    // organisation's history from the effective date (ReorganisationService.AdoptAsync).
    [JsonIgnore]
    public bool CanAdopt => Status == ReorganisationStatus.InHearing && Problems.Count == 0 && BaselineDrift is null && AdoptionRefusedByHistory is null;

    // Centres, staffs and units after the changes, against the target; null without a target.
    [JsonIgnore]
    public bool? TargetCentreCountReached =>
        TargetCentreCount is { } target ? Impact.CentresAfter + Impact.StaffsAfter + Impact.UnitsAfter <= target : null;
}

// How the organisation in force on the proposal's effective date differs from the baseline the
// proposal was computed on (e.g. an administrator corrected it since): one Danish line per difference,
// and which organisation version that is. Null when nothing differs; only for drafts and proposals in hearing.
public sealed record BaselineDriftView(DateOnly EffectiveFrom, string Source, IReadOnlyList<string> Differences);

public sealed class ChangeView : ChangeFields
{
    public Guid Id { get; init; }

    // As people count: 1 is the first change.
    public int Number { get; init; }

    public string Description { get; init; } = "";

    public IReadOnlyList<ProblemView> Problems { get; init; } = [];
}

public sealed record ProblemView(Guid ChangeId, int ChangeNumber, ReorganisationProblemCode Code, string Message, string? Centre, Guid? Unit);

public sealed record ProjectView(Guid Id, string Name, string? Owner, DateOnly? DueDate, ImplementationProjectStatus Status);

// centres/staffs/units count the kinds of centre (center, stab, enhed): "16 centre og 4 enheder";
// departments counts the units (afdelinger) inside them.
public sealed record ImpactView(
    int CentresBefore,
    int CentresAfter,
    int StaffsBefore,
    int StaffsAfter,
    int UnitsBefore,
    int UnitsAfter,
    int DepartmentsBefore,
    int DepartmentsAfter,
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
    public CentreCounts CountsBefore => new(CentresBefore, StaffsBefore, UnitsBefore);

    [JsonIgnore]
    public CentreCounts CountsAfter => new(CentresAfter, StaffsAfter, UnitsAfter);
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

public sealed record UnitMoveView(Guid Unit, string Name, string FromCentre, string ToCentre);

public sealed record CentreRefView(Guid Key, string Code, string Name);

public sealed record CentreRenameView(Guid Key, string OldCode, string OldName, string NewCode, string NewName);

public sealed record DirectorateMoveView(Guid Centre, string Code, string From, string To);

public sealed record UnitRefView(Guid Unit, string Name, string Centre, decimal Fte);

// Everything a page needs about one proposal: the view the API also answers, and the structures
// the charts and the change editor work on.
public sealed record ProposalDetails(
    ProposalView View,
    OrganisationStructure Baseline,
    ReorganisationOutcome Outcome,
    ReorganisationImpact Impact,
    IReadOnlyList<ReorganisationChange> Changes)
{
    // The organisation a change at this place (0 = first) works on: the baseline with the earlier changes applied.
    public OrganisationStructure Before(int index) =>
        index <= 0 ? Baseline : ReorganisationPlanner.Apply(Baseline, Changes.Take(index).ToList()).After;
}
