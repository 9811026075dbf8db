using HojeTaastrup.Admin.Domain.Common;
using HojeTaastrup.Admin.Domain.Savings;

namespace HojeTaastrup.Admin.Domain.Realisation;

// A proposal's realisation plan: the planned amounts locked when it was adopted (the baseline), every later change
// of them with its reason (a re-baseline: "planned 3,0 → 2,2 mio. kr., 12. marts, reason"), and Finance's forecast.
// The savings proposal's own amounts may still be edited with a reason; what realisation is measured against moves
// only here, visibly. Planned amounts that quietly move are what audits of public programmes keep finding.
public sealed class ProposalRealisation : Entity, IAudited, IVersioned
{
    public const int MaxReasonLength = 1000;

    private ProposalRealisation()
    {
    }

    private ProposalRealisation(SavingsProposal proposal, DateTimeOffset at, string by)
    {
        ProposalId = proposal.Id;
        ProgrammeId = proposal.ProgrammeId;
        Planned = Baseline(proposal.Amounts);
        BaselinedAt = at;
        BaselinedBy = by;
    }

    public Guid ProposalId { get; private set; }

    public Guid ProgrammeId { get; private set; }

    // The planned amount per year; Amount null: unknown ("xx") when it was adopted.
    public IReadOnlyList<PlannedAmount> Planned { get; private set; } = [];

    public DateTimeOffset BaselinedAt { get; private set; }

    public string BaselinedBy { get; private set; } = string.Empty;

    public IReadOnlyList<Rebaseline> Rebaselines { get; private set; } = [];

    public IReadOnlyList<YearForecast> Forecasts { get; private set; } = [];

    public long Version { get; private set; }

    // Null: the proposal's amounts may be locked now (it is adopted, or further along).
    public static Refusal? BaselineRefusal(SavingsProposal proposal)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        return IsAdopted(proposal.Status) ? null : RealisationRefusals.NotAdopted(proposal.Status);
    }

    public static bool IsAdopted(SavingsStatus status) =>
        status is SavingsStatus.Adopted or SavingsStatus.Implementing or SavingsStatus.Realised or SavingsStatus.Closed;

    // The baseline lock: the adopted proposal's amounts, as they were at the adoption. Uncertain amounts count as
    // planned; an alternative is not planned (it is shown beside, never added).
    public static ProposalRealisation LockBaseline(SavingsProposal proposal, DateTimeOffset at, string by)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        if (BaselineRefusal(proposal) is { } refusal)
        {
            throw refusal.ToException();
        }

        return new ProposalRealisation(proposal, at, by);
    }

    public Money? PlannedIn(int year) => Planned.FirstOrDefault(p => p.Year == year)?.Amount;

    public Money? ForecastIn(int year) => Forecasts.FirstOrDefault(f => f.Year == year)?.Amount;

    // A new planned amount for one year (null: unknown), with the reason that stays beside the figure.
    public Refusal? RebaselineRefusal(int year, Money? amount, string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return RealisationRefusals.ReasonRequired;
        }

        return PlannedIn(year) == amount && Planned.Any(p => p.Year == year) ? RealisationRefusals.SamePlan(year) : null;
    }

    public void Rebaseline(int year, Money? amount, string? reason, DateTimeOffset at, string by)
    {
        if (RebaselineRefusal(year, amount, reason) is { } refusal)
        {
            throw refusal.ToException();
        }

        if (amount is { } value && !Plausible.IsKroner(value.Kroner))
        {
            throw new DomainException(value.Kroner < 0 ? "Et planlagt beløb kan ikke være negativt." : Plausible.KronerMessage);
        }

        var why = TextRules.Required(reason, MaxReasonLength, "Begrundelsen", "Begrundelsen skal udfyldes.");
        Rebaselines = [.. Rebaselines, new Rebaseline(year, PlannedIn(year), amount, at, by, why)];
        Planned = [.. Planned.Where(p => p.Year != year).Append(new PlannedAmount(year, amount)).OrderBy(p => p.Year)];
    }

    // Finance's expectation for a year (null: none, the plan or what is realised stands).
    public void SetForecast(int year, Money? amount)
    {
        if (amount is { } value && !Plausible.IsKroner(value.Kroner))
        {
            throw new DomainException(value.Kroner < 0 ? "En prognose kan ikke være negativ." : Plausible.KronerMessage);
        }

        var others = Forecasts.Where(f => f.Year != year);
        Forecasts = amount is { } forecast ? [.. others.Append(new YearForecast(year, forecast)).OrderBy(f => f.Year)] : [.. others];
    }

    private static List<PlannedAmount> Baseline(IEnumerable<YearAmount> amounts) =>
        amounts.OrderBy(a => a.Year).Select(a => new PlannedAmount(a.Year, a.Amount)).ToList();
}

public sealed record PlannedAmount(int Year, Money? Amount);

public sealed record YearForecast(int Year, Money Amount);

// "Planlagt 3 → 2,2 mio. kr. i 2019, 12. marts 2018, <reason>".
public sealed record Rebaseline(int Year, Money? Before, Money? After, DateTimeOffset At, string By, string Reason);
