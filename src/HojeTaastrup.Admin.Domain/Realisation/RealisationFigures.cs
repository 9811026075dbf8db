using HojeTaastrup.Admin.Domain.Common;
using HojeTaastrup.Admin.Domain.Savings;

namespace HojeTaastrup.Admin.Domain.Realisation;

// What the realisation of one proposal is made of, as the figures need it: its locked plan (null: not adopted, so
// nothing is planned), its forecasts and the sum of its entries per year.
public sealed record ProposalRealisationSource(
    Guid ProposalId,
    string Number,
    string Title,
    IReadOnlyList<PlannedAmount> Planned,
    IReadOnlyList<YearForecast> Forecasts,
    IReadOnlyDictionary<int, Money> Realised);

// A programme's realisation per budget year. Realised: every entry of its proposals plus what the cover measures
// that are not proposals have realised. Gap = target − realised (negative: over-realised). Forecast: per proposal
// its forecast, else the larger of plan and realised; plus each cover measure that is not a proposal at the larger
// of its amount and its realised. CoverOutstanding: what the decided cover measures are still to bring; Uncovered:
// the part of the gap nothing covers yet.
public sealed record RealisationYear(
    int Year,
    Money Target,
    Money Planned,
    int UnknownPlanned,
    Money Realised,
    Money Forecast,
    Money CoverOutstanding)
{
    public Money Gap => Target - Realised;

    public Money ForecastGap => Target - Forecast;

    public bool OverRealised => Gap.Kroner < 0;

    public Money Uncovered => Gap - CoverOutstanding is { Kroner: > 0 } rest ? rest : Money.Zero;
}

// Planned null: nothing planned that year, or (PlannedUnknown) an unknown amount ("xx").
public sealed record ProposalYearFigures(Guid ProposalId, string Number, string Title, int Year, Money? Planned, Money Realised, Money Forecast, bool PlannedUnknown = false);

public sealed record CoverFigures(Guid Id, string Title, int Year, Money Amount, Money Realised, Guid? ProposalId)
{
    public Money Outstanding => Amount - Realised is { Kroner: > 0 } rest ? rest : Money.Zero;
}

public sealed record RealisationSummary(IReadOnlyList<RealisationYear> Years, IReadOnlyList<ProposalYearFigures> Proposals, IReadOnlyList<CoverFigures> Covers)
{
    public RealisationYear? Year(int year) => Years.FirstOrDefault(y => y.Year == year);

    public ProposalYearFigures? Proposal(Guid proposalId, int year) => Proposals.FirstOrDefault(p => p.ProposalId == proposalId && p.Year == year);
}

public static class RealisationFigures
{
    public static RealisationSummary Compute(
        IEnumerable<int> years, IReadOnlyList<YearTarget> targets, IEnumerable<ProposalRealisationSource> proposals, IEnumerable<CoverMeasure> covers)
    {
        ArgumentNullException.ThrowIfNull(years);
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(proposals);
        ArgumentNullException.ThrowIfNull(covers);
        var yearList = years.Distinct().Order().ToList();
        var proposalList = proposals.ToList();

        var proposalFigures = new List<ProposalYearFigures>();
        foreach (var proposal in proposalList.OrderBy(p => p.Number, StringComparer.Ordinal))
        {
            foreach (var year in yearList)
            {
                var planned = proposal.Planned.FirstOrDefault(p => p.Year == year);
                var realised = proposal.Realised.GetValueOrDefault(year);
                if (planned is null && realised.IsZero && proposal.Forecasts.All(f => f.Year != year))
                {
                    continue;
                }

                var forecast = proposal.Forecasts.FirstOrDefault(f => f.Year == year)?.Amount
                    ?? Max(planned?.Amount ?? Money.Zero, realised);
                proposalFigures.Add(new ProposalYearFigures(
                    proposal.ProposalId, proposal.Number, proposal.Title, year, planned?.Amount, realised, forecast, planned is { Amount: null }));
            }
        }

        var coverFigures = covers
            .OrderBy(c => c.Year)
            .ThenBy(c => c.Title, StringComparer.Ordinal)
            .Select(c => new CoverFigures(
                c.Id,
                c.Title,
                c.Year,
                c.Amount,
                c.ProposalId is { } linked
                    ? proposalList.FirstOrDefault(p => p.ProposalId == linked)?.Realised.GetValueOrDefault(c.Year) ?? Money.Zero
                    : c.Realised,
                c.ProposalId))
            .ToList();

        var yearFigures = yearList.Select(year =>
        {
            var inYear = proposalFigures.Where(p => p.Year == year).ToList();
            var ownCovers = coverFigures.Where(c => c.Year == year && c.ProposalId is null).ToList();
            return new RealisationYear(
                year,
                targets.FirstOrDefault(t => t.Year == year)?.Amount ?? Money.Zero,
                Money.Sum(inYear.Select(p => p.Planned ?? Money.Zero)),
                inYear.Count(p => p.PlannedUnknown),
                Money.Sum(inYear.Select(p => p.Realised)) + Money.Sum(ownCovers.Select(c => c.Realised)),
                Money.Sum(inYear.Select(p => p.Forecast)) + Money.Sum(ownCovers.Select(c => Max(c.Amount, c.Realised))),
                Money.Sum(coverFigures.Where(c => c.Year == year).Select(c => c.Outstanding)));
        }).ToList();

        return new RealisationSummary(yearFigures, proposalFigures, coverFigures);
    }

    private static Money Max(Money a, Money b) => a >= b ? a : b;
}
