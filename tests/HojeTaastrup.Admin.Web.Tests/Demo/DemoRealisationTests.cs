using HojeTaastrup.Admin.Data.Demo;
using HojeTaastrup.Admin.Domain.Common;

namespace HojeTaastrup.Admin.Web.Tests.Demo;

public sealed class DemoRealisationTests
{
    [Fact]
    public void NyNy2017_Has14MioMissingIn2017_CoveredByTheHiringFreeze_And24MioAboveTheTargetIn2020()
    {
        var (programme, proposals) = SeedNyNy2017.Build();
        var (plans, entries, covers, fund, followUp) = DemoRealisation.Build(programme, proposals);

        var figures = DemoRealisation.Figures(programme, proposals, plans, entries, covers);

        var y2017 = figures.Year(2017)!;
        Assert.Equal(Money.FromMillions(3.1m), y2017.Target);
        Assert.Equal(Money.FromMillions(1.7m), y2017.Realised);
        Assert.Equal(Money.FromMillions(1.4m), y2017.Gap);
        Assert.Equal(Money.FromMillions(1.4m), y2017.CoverOutstanding);
        Assert.Equal(Money.Zero, y2017.Uncovered);
        Assert.Equal(Money.FromMillions(0.6m), figures.Year(2016)!.Realised);
        Assert.Equal(Money.FromMillions(-2.4m), figures.Year(2020)!.ForecastGap);
        Assert.Equal([1.4m, 1.3m, 1m], covers.Select(c => c.Amount.Kroner / 1_000_000m));
        Assert.Equal(Money.FromMillions(7.94m), fund.Remaining);
        Assert.Equal(Money.FromMillions(1.77m), fund.YearlyEffect);
        Assert.Equal(DemoRealisation.FollowUpName, followUp.Name);
        Assert.Equal(Money.FromMillions(0.55m), followUp.Figures.Year(2017)!.Realised);
        Assert.Equal(Money.FromMillions(0.9m), plans.Single(p => p.ProposalId == proposals.Single(x => x.Number == "4").Id).PlannedIn(2019));
    }
}
