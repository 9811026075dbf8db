using System.Text.Json.Serialization;
using HojeTaastrup.Admin.Domain.Common;
using HojeTaastrup.Admin.Domain.Realisation;
using HojeTaastrup.Admin.Domain.Savings;

namespace HojeTaastrup.Admin.Web.Features.Realisation;

// What GET /api/v1/programmes/{id}/realisation and the realisation pages show.

// gap = target − realised (negative: over-realised); forecastGap = target − forecast; coverOutstanding: what the
// decided cover measures are still to bring; uncovered: the part of the gap nothing covers.
public sealed record RealisationYearView(
    int Year,
    Money Target,
    Money Planned,
    int UnknownPlanned,
    Money Realised,
    Money Forecast,
    Money Gap,
    Money ForecastGap,
    bool OverRealised,
    Money CoverOutstanding,
    Money Uncovered,
    IReadOnlyList<CoverMeasureView> CoverMeasures);

public sealed record CoverMeasureView(Guid Id, string Title, int Year, Money Amount, Money Realised, Money Outstanding, string? Note, Guid? Proposal, long Version);

// planned null: nothing planned that year, or an unknown amount when plannedUnknown.
public sealed record ProposalYearView(int Year, Money? Planned, Money Realised, Money Forecast, bool PlannedUnknown);

public sealed record ProposalRealisationRow(Guid Id, string Number, string Title, SavingsStatus Status, bool Baselined, IReadOnlyList<ProposalYearView> Years);

public sealed record InvestmentView(
    Guid Id,
    string Name,
    IReadOnlyList<GrantView> Grants,
    Money Granted,
    Money Disbursed,
    Money Remaining,
    Money YearlyEffect,
    IReadOnlyList<DisbursementView> Disbursements,
    long Version);

public sealed record GrantView(int Year, Money Amount);

public sealed record DisbursementView(string Title, DateOnly Date, Money Amount, Money YearlyEffect, Guid? Proposal, string? ProposalNumber);

public sealed record FollowUpSummary(Guid Id, string Name, DateTimeOffset FrozenAt, string FrozenBy);

public sealed record ProgrammeRealisationView(
    Guid ProgrammeId,
    string Name,
    int FirstYear,
    int LastYear,
    IReadOnlyList<RealisationYearView> Years,
    IReadOnlyList<CoverMeasureView> CoverMeasures,
    IReadOnlyList<ProposalRealisationRow> Proposals,
    IReadOnlyList<InvestmentView> Investments,
    IReadOnlyList<FollowUpSummary> FollowUps,
    [property: JsonIgnore] bool CanRecord,
    [property: JsonIgnore] bool CanDecideCovers);

public sealed record EntryView(
    Guid Id,
    Guid Proposal,
    string ProposalNumber,
    string ProposalTitle,
    int Year,
    Money Amount,
    DateOnly Date,
    string? Note,
    RealisationSource Source,
    bool Correction,
    DateTimeOffset RecordedAt,
    string RecordedBy);

public sealed record RebaselineView(int Year, Money? Before, Money? After, DateTimeOffset At, string By, string Reason);

// refusal: why nothing can be recorded on the proposal now (not adopted), null when it can.
public sealed record ProposalRealisationView(
    Guid ProposalId,
    Guid ProgrammeId,
    string ProgrammeName,
    string Number,
    string Title,
    SavingsStatus Status,
    int FirstYear,
    int LastYear,
    bool Baselined,
    DateTimeOffset? BaselinedAt,
    string? BaselinedBy,
    long Version,
    IReadOnlyList<ProposalYearView> Years,
    IReadOnlyList<RebaselineView> Rebaselines,
    IReadOnlyList<EntryView> Entries,
    Refusal? Refusal,
    [property: JsonIgnore] bool CanRecord);

public sealed record EntryPage(int Total, Money Sum, IReadOnlyList<EntryView> Entries);

public sealed record FigureMoveView(
    int Year, Guid? Proposal, string? ProposalNumber, string? ProposalTitle, RealisationFigure Figure, Money Before, Money After, Money Change, IReadOnlyList<string> Why);

public sealed record FollowUpComparisonView(
    FollowUpSummary FollowUp,
    Guid ProgrammeId,
    string ProgrammeName,
    IReadOnlyList<RealisationYearView> Frozen,
    IReadOnlyList<RealisationYearView> Today,
    IReadOnlyList<FigureMoveView> Moves);
