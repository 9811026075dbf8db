using HojeTaastrup.Admin.Domain.Realisation;
using HojeTaastrup.Admin.Domain.Savings;
using static HojeTaastrup.Admin.Domain.Tests.Realisation.NyNy2017;

namespace HojeTaastrup.Admin.Domain.Tests.Realisation;

public sealed class FollowUpComparisonTests
{
    private static readonly DateTimeOffset Frozen = new(2017, 5, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly SavingsProgramme _programme = Programme();

    [Fact]
    public void Compare_AfterAnEntryAndARebaseline_TellsWhatMovedAndWhy()
    {
        var a = Proposal(_programme, "A", SavingsStatus.Adopted, YearAmount.Known(2017, Mio(3)));
        var plan = ProposalRealisation.LockBaseline(a, Adopted, "økonomi");
        var followUp = new BudgetFollowUp(_programme.Id, "1. budgetopfølgning 2017", Figures(Source(a, plan, (2017, 1m))), Frozen, "økonomi");
        var later = Frozen.AddDays(30);
        plan.Rebaseline(2017, Mio(2.2m), "Udskudt fusion", later, "økonomi");
        var entry = new EntrySince(a.Id, 2017, Mio(0.5m), new DateOnly(2017, 5, 31), "Løn maj", RealisationSource.Import, later);
        var old = new EntrySince(a.Id, 2017, Mio(1m), new DateOnly(2017, 3, 31), "Løn marts", RealisationSource.Manual, Frozen.AddDays(-5));

        var moves = FollowUpComparison.Compare(
            followUp.Figures, Figures(Source(a, plan, (2017, 1.5m))), followUp.FrozenAt, [entry, old], plan.Rebaselines.Select(r => new RebaselineSince(a.Id, r)));

        var realised = moves.Single(m => m.ProposalId is null && m.Figure == RealisationFigure.Realised);
        Assert.Equal((Mio(1), Mio(1.5m), Mio(0.5m)), (realised.Before, realised.After, realised.Change));
        var planned = moves.Single(m => m.ProposalId == a.Id && m.Figure == RealisationFigure.Planned);
        Assert.Equal((Mio(3), Mio(2.2m)), (planned.Before, planned.After));
        Assert.Contains(planned.Why, w => w.Contains("3 mio. kr. → 2,2 mio. kr.", StringComparison.Ordinal) && w.EndsWith("Udskudt fusion", StringComparison.Ordinal));
        Assert.Contains(planned.Why, w => w.Contains("Importeret 0,5 mio. kr.", StringComparison.Ordinal) && w.Contains("Løn maj", StringComparison.Ordinal));
        Assert.DoesNotContain(planned.Why, w => w.Contains("Løn marts", StringComparison.Ordinal));
        Assert.DoesNotContain(moves, m => m.Figure == RealisationFigure.Target);
    }

    [Fact]
    public void Compare_NothingChanged_HasNoMoves()
    {
        var a = Proposal(_programme, "A", SavingsStatus.Adopted, YearAmount.Known(2017, Mio(3)));
        var plan = ProposalRealisation.LockBaseline(a, Adopted, "økonomi");
        var figures = Figures(Source(a, plan, (2017, 1m)));
        var followUp = new BudgetFollowUp(_programme.Id, "1. budgetopfølgning 2017", figures, Frozen, "økonomi");

        Assert.Empty(FollowUpComparison.Compare(followUp.Figures, figures, Frozen, [], []));
    }

    private RealisationSummary Figures(params ProposalRealisationSource[] proposals) =>
        RealisationFigures.Compute(_programme.Years, _programme.Targets, proposals, []);
}
