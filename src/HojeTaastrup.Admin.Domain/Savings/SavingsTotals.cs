using HojeTaastrup.Admin.Domain.Common;

namespace HojeTaastrup.Admin.Domain.Savings;

// The honest totals of a set of proposals: per budget year the sum of the amounts that are known (uncertain
// ones included, and counted), how many are unknown (never counted as zero without saying so), the
// alternatives beside the sum (never added), and the gap to the target. Rejected and postponed proposals
// do not count; LeftOut says how many there were.
public sealed record SavingsTotals(IReadOnlyList<AmountTotal> Years, AmountTotal All, int Counted, int LeftOut)
{
    public static SavingsTotals Compute(IEnumerable<int> years, IReadOnlyList<YearTarget> targets, IEnumerable<ProposalAmounts> proposals)
    {
        ArgumentNullException.ThrowIfNull(years);
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(proposals);
        var yearList = years.Distinct().Order().ToList();
        var builders = yearList.ToDictionary(y => y, y => new Builder(y, targets.FirstOrDefault(t => t.Year == y)?.Amount));
        var all = new Builder(null, targets.Count == 0 ? null : Money.Sum(targets.Where(t => builders.ContainsKey(t.Year)).Select(t => t.Amount)));
        var counted = 0;
        var leftOut = 0;
        foreach (var proposal in proposals)
        {
            if (!SavingsStatusRules.CountsTowardsTarget(proposal.Status))
            {
                leftOut++;
                continue;
            }

            counted++;
            foreach (var amount in proposal.Amounts)
            {
                if (builders.TryGetValue(amount.Year, out var builder))
                {
                    builder.Add(amount);
                    all.Add(amount);
                }
            }
        }

        return new SavingsTotals(yearList.Select(y => builders[y].Build()).ToList(), all.Build(), counted, leftOut);
    }

    private sealed class Builder(int? year, Money? target)
    {
        private Money _known;
        private int _knownCount;
        private int _unknown;
        private int _uncertain;
        private int _alternatives;
        private Money _alternativeSum;
        private Money _alternativeBase;

        public void Add(YearAmount amount)
        {
            if (amount.Amount is not { } value)
            {
                _unknown++;
                return;
            }

            _known += value;
            _knownCount++;
            if (amount.Uncertain)
            {
                _uncertain++;
            }

            if (amount.Alternative is { } alternative)
            {
                _alternatives++;
                _alternativeSum += alternative;
                _alternativeBase += value;
            }
        }

        public AmountTotal Build() => new(year, target, _known, _knownCount, _unknown, _uncertain, _alternatives, _alternativeSum, _alternativeBase);
    }
}

// Year null: the whole programme. KnownSum includes the uncertain amounts; AlternativeSum is what the
// AlternativeCount amounts with an alternative would be instead of AlternativeBase.
public sealed record AmountTotal(
    int? Year,
    Money? Target,
    Money KnownSum,
    int KnownCount,
    int UnknownCount,
    int UncertainCount,
    int AlternativeCount,
    Money AlternativeSum,
    Money AlternativeBase)
{
    // Target − known sum: positive is missing, negative is above the target; null without a target. With
    // unknown amounts the gap is what is missing if they turn out to be zero.
    public Money? Gap => Target is { } target ? target - KnownSum : null;

    // The known sum had every alternative been chosen: shown beside the sum, never added to it.
    public Money WithAlternatives => KnownSum - AlternativeBase + AlternativeSum;
}

// What the totals read from a proposal.
public sealed record ProposalAmounts(SavingsStatus Status, IReadOnlyList<YearAmount> Amounts)
{
    public static ProposalAmounts Of(SavingsProposal proposal)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        return new(proposal.Status, proposal.Amounts);
    }
}
