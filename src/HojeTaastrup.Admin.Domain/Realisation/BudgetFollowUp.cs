using HojeTaastrup.Admin.Domain.Common;

namespace HojeTaastrup.Admin.Domain.Realisation;

// A budget follow-up ("1. budgetopfølgning 2017") that Finance freezes: a snapshot of every figure of the programme
// at that moment. It never changes afterwards; today's figures are compared with it (FollowUpComparison).
public sealed class BudgetFollowUp : Entity, IAudited
{
    public const int MaxNameLength = 200;

    private BudgetFollowUp()
    {
    }

    public BudgetFollowUp(Guid programmeId, string name, RealisationSummary figures, DateTimeOffset at, string by)
    {
        ArgumentNullException.ThrowIfNull(figures);
        ProgrammeId = programmeId;
        Name = TextRules.Required(name, MaxNameLength, "Navnet", "Navnet skal udfyldes.");
        NameKey = Name.ToUpperInvariant();
        Years = figures.Years;
        Proposals = figures.Proposals;
        Covers = figures.Covers;
        FrozenAt = at;
        FrozenBy = by;
    }

    public Guid ProgrammeId { get; private set; }

    public string Name { get; private set; } = string.Empty;

    // Name upper-cased: unique in the programme, so two follow-ups are never mixed up.
    public string NameKey { get; private set; } = string.Empty;

    public DateTimeOffset FrozenAt { get; private set; }

    public string FrozenBy { get; private set; } = string.Empty;

    public IReadOnlyList<RealisationYear> Years { get; private set; } = [];

    public IReadOnlyList<ProposalYearFigures> Proposals { get; private set; } = [];

    public IReadOnlyList<CoverFigures> Covers { get; private set; } = [];

    public RealisationSummary Figures => new(Years, Proposals, Covers);
}
