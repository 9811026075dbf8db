using HojeTaastrup.Admin.Domain.Common;
using HojeTaastrup.Admin.Domain.Realisation;
using HojeTaastrup.Admin.Domain.Savings;
using static HojeTaastrup.Admin.Domain.Tests.Realisation.NyNy2017;

namespace HojeTaastrup.Admin.Domain.Tests.Realisation;

public sealed class RealisationFiguresTests
{
    private readonly SavingsProgramme _programme = Programme();

    [Fact]
    public void Compute_RealisedBelowTarget_GapIsTargetMinusRealised()
    {
        var a = Proposal(_programme, "A", SavingsStatus.Adopted, YearAmount.Known(2017, Mio(1.7m)));
        var plan = ProposalRealisation.LockBaseline(a, Adopted, "økonomi");

        var figures = Compute([Source(a, plan, (2017, 1m), (2017, 0.7m))], []);

        var y2017 = figures.Year(2017)!;
        Assert.Equal(Mio(3.1m), y2017.Target);
        Assert.Equal(Mio(1.7m), y2017.Planned);
        Assert.Equal(Mio(1.7m), y2017.Realised);
        Assert.Equal(Mio(1.4m), y2017.Gap);
        Assert.False(y2017.OverRealised);
        Assert.Equal(Mio(1.4m), y2017.Uncovered);
    }

    [Fact]
    public void Compute_ForecastAboveTarget_IsOverRealisedBy24Mio()
    {
        var a = Proposal(_programme, "A", SavingsStatus.Adopted, YearAmount.Known(2020, Mio(12)));
        var b = Proposal(_programme, "B", SavingsStatus.Adopted, new YearAmount(2020, Mio(1.4m), uncertain: true));
        var planA = ProposalRealisation.LockBaseline(a, Adopted, "økonomi");
        var planB = ProposalRealisation.LockBaseline(b, Adopted, "økonomi");
        planA.SetForecast(2020, Mio(14));
        planB.SetForecast(2020, Mio(1.8m));

        var figures = Compute([Source(a, planA), Source(b, planB, (2020, 15m))], []);

        var y2020 = figures.Year(2020)!;
        Assert.Equal(Mio(13.4m), y2020.Planned);
        Assert.Equal(Mio(15.8m), y2020.Forecast);
        Assert.Equal(Mio(-2.4m), y2020.ForecastGap);
        Assert.Equal(Mio(-1.6m), y2020.Gap);
        Assert.True(y2020.OverRealised);
        Assert.Equal(Money.Zero, y2020.Uncovered);
    }

    [Fact]
    public void Compute_CoverMeasure_CoversTheGapUntilItIsRealised_AndThenCountsAsRealised()
    {
        var a = Proposal(_programme, "A", SavingsStatus.Adopted, YearAmount.Known(2017, Mio(1.7m)));
        var plan = ProposalRealisation.LockBaseline(a, Adopted, "økonomi");
        var freeze = new CoverMeasure(_programme.Id, "Ansættelsesstop i administrative funktioner", 2017, Mio(1.4m), null, null, Adopted, "direktør");

        var decided = Compute([Source(a, plan, (2017, 1.7m))], [freeze]).Year(2017)!;
        freeze.RecordRealised(Mio(1.4m));
        var realised = Compute([Source(a, plan, (2017, 1.7m))], [freeze]);

        Assert.Equal(Mio(1.4m), decided.Gap);
        Assert.Equal(Mio(1.4m), decided.CoverOutstanding);
        Assert.Equal(Money.Zero, decided.Uncovered);
        Assert.Equal(Money.Zero, realised.Year(2017)!.Gap);
        Assert.Equal(Mio(1.4m), Assert.Single(realised.Covers).Realised);
    }

    [Fact]
    public void Compute_CoverMeasureThatIsAProposal_IsRealisedThroughTheProposal_NotTwice()
    {
        var freezeProposal = Proposal(_programme, "3", SavingsStatus.Adopted, YearAmount.Known(2017, Mio(1.4m)));
        var plan = ProposalRealisation.LockBaseline(freezeProposal, Adopted, "økonomi");
        var freeze = new CoverMeasure(_programme.Id, "Ansættelsesstop", 2017, Mio(1.4m), null, freezeProposal.Id, Adopted, "direktør");

        var figures = Compute([Source(freezeProposal, plan, (2017, 1m))], [freeze]);

        Assert.Equal(Mio(1m), figures.Year(2017)!.Realised);
        Assert.Equal(Mio(1m), figures.Covers[0].Realised);
        Assert.Equal(Mio(0.4m), figures.Year(2017)!.CoverOutstanding);
        Assert.Equal(RealisationRefusals.CoverLinkedCode, freeze.RealisedRefusal?.Code);
    }

    [Fact]
    public void Compute_UnknownPlannedAmount_IsCountedNotAddedAsZero()
    {
        var a = Proposal(_programme, "A", SavingsStatus.Adopted, YearAmount.Unknown(2020));
        var plan = ProposalRealisation.LockBaseline(a, Adopted, "økonomi");

        var y2020 = Compute([Source(a, plan)], []).Year(2020)!;

        Assert.Equal(1, y2020.UnknownPlanned);
        Assert.Equal(Money.Zero, y2020.Planned);
    }

    private RealisationSummary Compute(IEnumerable<ProposalRealisationSource> proposals, IEnumerable<CoverMeasure> covers) =>
        RealisationFigures.Compute(_programme.Years, _programme.Targets, proposals, covers);
}
