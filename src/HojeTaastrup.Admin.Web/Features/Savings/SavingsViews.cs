using System.Text.Json.Serialization;
using HojeTaastrup.Admin.Domain.Common;
using HojeTaastrup.Admin.Domain.Savings;

namespace HojeTaastrup.Admin.Web.Features.Savings;

// What GET /api/v1/programmes[/{id}] and /api/v1/proposals/{id} answer and the savings pages show.

public sealed record ProgrammeSummary(
    Guid Id,
    string Name,
    int FirstYear,
    int LastYear,
    int ProposalCount,
    IReadOnlyList<TargetView> Targets,
    long Version);

public sealed record TargetView(int Year, Money Amount);

public sealed record ProgrammeView(
    Guid Id,
    string Name,
    string Description,
    int FirstYear,
    int LastYear,
    IReadOnlyList<TargetView> Targets,
    IReadOnlyList<string> Tracks,
    long Version,
    IReadOnlyList<TotalView> Totals,
    TotalView Total,
    int LeftOutOfTotals,
    IReadOnlyList<ProposalRow> Proposals,
    [property: JsonIgnore] bool CanEdit,
    [property: JsonIgnore] bool CanAddProposals);

// One year of the honest totals (Year null: the whole programme). knownSum includes the uncertain amounts;
// unknown amounts are counted, never added; the alternatives are beside the sum (withAlternatives), never in it.
// gap = target − knownSum: positive is missing, negative is above the target.
public sealed record TotalView(
    int? Year,
    Money? Target,
    Money KnownSum,
    int KnownCount,
    int UnknownCount,
    int UncertainCount,
    int AlternativeCount,
    Money AlternativeSum,
    Money WithAlternatives,
    Money? Gap);

public sealed record AmountView(int Year, Money? Amount, bool Uncertain, Money? Alternative, string Text);

public sealed record MilestoneView(DateOnly Date, string Text, bool Done, bool Overdue);

// A proposal in a list or the catalogue: what the grid shows and filters on.
public sealed record ProposalRow(
    Guid Id,
    Guid ProgrammeId,
    string ProgrammeName,
    string Number,
    string Title,
    string OwnerCentreCode,
    string OwnerCentreName,
    string? Responsible,
    SavingsCategory Category,
    string? Track,
    SavingsStatus Status,
    IReadOnlyList<AmountView> Amounts,
    bool HasUnknownAmounts,
    int OverdueMilestones,
    MilestoneView? NextMilestone,
    long Version);

public sealed record ProposalView(
    Guid Id,
    Guid ProgrammeId,
    string ProgrammeName,
    int ProgrammeFirstYear,
    int ProgrammeLastYear,
    IReadOnlyList<string> ProgrammeTracks,
    string Number,
    string Title,
    string Description,
    string OwnerCentreCode,
    string OwnerCentreName,
    string? Responsible,
    SavingsCategory Category,
    string? Track,
    SavingsStatus Status,
    IReadOnlyList<AmountView> Amounts,
    IReadOnlyList<MilestoneView> Milestones,
    ReorganisationLink? Reorganisation,
    int CurrentRevision,
    IReadOnlyList<RevisionView> Revisions,
    IReadOnlyList<StatusChangeView> StatusHistory,
    long Version,
    ProposalRefusalsView Refusals,
    bool EditNeedsReason,
    // The statuses the rules allow next, each with what would refuse it now (null: allowed).
    IReadOnlyList<NextStatusView> NextStatuses,
    [property: JsonIgnore] bool CanEdit);

public sealed record ReorganisationLink(Guid Id, string Title);

// Version `Number` said `Differences[i].Before`; it was replaced at ReplacedAt by ReplacedBy because Reason.
public sealed record RevisionView(int Number, DateTimeOffset ReplacedAt, string ReplacedBy, string Reason, IReadOnlyList<ContentDifference> Differences);

public sealed record StatusChangeView(SavingsStatus From, SavingsStatus To, DateTimeOffset At, string By, string? Reason);

public sealed record ProposalRefusalsView(Refusal? Edit);

public sealed record NextStatusView(SavingsStatus Status, bool NeedsReason, Refusal? Refusal);

// The savings proposals that carry a reorganisation's savings: shown on the reorganisation's page.
public sealed record LinkedSavingsView(Guid Id, Guid ProgrammeId, string ProgrammeName, string Number, string Title, SavingsStatus Status, IReadOnlyList<AmountView> Amounts);

// A centre a proposal can belong to: the organisation in force today.
public sealed record OwnerCentreOption(string Code, string Name);
