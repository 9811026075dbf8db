using HojeTaastrup.Admin.Domain.Common;
using HojeTaastrup.Admin.Domain.Savings;

namespace HojeTaastrup.Admin.Domain.Realisation;

public enum RealisationFigure
{
    Target,
    Planned,
    Realised,
    Forecast,
    Gap,
}

// One figure that moved since the follow-up: the programme's (ProposalId null) or a proposal's, and why: the
// re-baselines' reasons and the entries recorded since the freeze.
public sealed record FigureMove(int Year, Guid? ProposalId, string? Number, string? Title, RealisationFigure Figure, Money Before, Money After, IReadOnlyList<string> Why)
{
    public Money Change => After - Before;
}

public sealed record EntrySince(Guid ProposalId, int Year, Money Amount, DateOnly Day, string? Note, RealisationSource Source, DateTimeOffset RecordedAt);

public sealed record RebaselineSince(Guid ProposalId, Rebaseline Rebaseline);

// Today's figures against a frozen follow-up, as a pure function: what moved, by how much, and why.
public static class FollowUpComparison
{
    public static IReadOnlyList<FigureMove> Compare(
        RealisationSummary frozen, RealisationSummary now, DateTimeOffset frozenAt, IEnumerable<EntrySince> entries, IEnumerable<RebaselineSince> rebaselines)
    {
        ArgumentNullException.ThrowIfNull(frozen);
        ArgumentNullException.ThrowIfNull(now);
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(rebaselines);
        var newEntries = entries.Where(e => e.RecordedAt > frozenAt).ToList();
        var newRebaselines = rebaselines.Where(r => r.Rebaseline.At > frozenAt).ToList();
        var moves = new List<FigureMove>();

        foreach (var year in frozen.Years.Select(y => y.Year).Union(now.Years.Select(y => y.Year)).Order())
        {
            var before = frozen.Year(year);
            var after = now.Year(year);
            var yearWhy = Why(newEntries.Where(e => e.Year == year), newRebaselines.Where(r => r.Rebaseline.Year == year));
            Add(moves, year, null, null, null, RealisationFigure.Target, before?.Target, after?.Target, []);
            Add(moves, year, null, null, null, RealisationFigure.Planned, before?.Planned, after?.Planned, yearWhy);
            Add(moves, year, null, null, null, RealisationFigure.Realised, before?.Realised, after?.Realised, yearWhy);
            Add(moves, year, null, null, null, RealisationFigure.Forecast, before?.Forecast, after?.Forecast, yearWhy);
            // The gap moves with what is realised: its reasons stand at the realised figure.
            Add(moves, year, null, null, null, RealisationFigure.Gap, before?.Gap, after?.Gap, []);
        }

        var keys = frozen.Proposals.Select(p => (p.ProposalId, p.Year)).Union(now.Proposals.Select(p => (p.ProposalId, p.Year)))
            .OrderBy(k => k.Year);
        foreach (var (proposalId, year) in keys)
        {
            var before = frozen.Proposal(proposalId, year);
            var after = now.Proposal(proposalId, year);
            var named = after ?? before!;
            var why = Why(
                newEntries.Where(e => e.ProposalId == proposalId && e.Year == year),
                newRebaselines.Where(r => r.ProposalId == proposalId && r.Rebaseline.Year == year));
            Add(moves, year, proposalId, named.Number, named.Title, RealisationFigure.Planned, before?.Planned ?? Money.Zero, after?.Planned ?? Money.Zero, why);
            Add(moves, year, proposalId, named.Number, named.Title, RealisationFigure.Realised, before?.Realised, after?.Realised, why);
            Add(moves, year, proposalId, named.Number, named.Title, RealisationFigure.Forecast, before?.Forecast, after?.Forecast, why);
        }

        return moves;
    }

    private static void Add(
        List<FigureMove> moves, int year, Guid? proposalId, string? number, string? title, RealisationFigure figure, Money? before, Money? after,
        IReadOnlyList<string> why)
    {
        var from = before ?? Money.Zero;
        var to = after ?? Money.Zero;
        if (from != to)
        {
            moves.Add(new FigureMove(year, proposalId, number, title, figure, from, to, why));
        }
    }

    private static List<string> Why(IEnumerable<EntrySince> entries, IEnumerable<RebaselineSince> rebaselines)
    {
        var danish = RealisationRefusals.Danish;
        var reasons = rebaselines
            .OrderBy(r => r.Rebaseline.At)
            .Select(r => $"Ny baseline {MunicipalClock.DayOf(r.Rebaseline.At).ToString("d. MMMM yyyy", danish)}: {Text(r.Rebaseline.Before)} → {Text(r.Rebaseline.After)}. {r.Rebaseline.Reason}")
            .ToList();
        reasons.AddRange(entries.OrderBy(e => e.Day).Select(e =>
            $"{(e.Source == RealisationSource.Import ? "Importeret" : "Registreret")} {Text(e.Amount)} ({e.Day.ToString("d. MMMM yyyy", danish)})"
            + (e.Note is null ? string.Empty : $": {e.Note}")));
        return reasons;

        string Text(Money? money) => money is { } value ? SavingsAmountText.Format(value, danish) : "xx";
    }
}
