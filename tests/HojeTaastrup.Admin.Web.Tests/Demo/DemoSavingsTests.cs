using HojeTaastrup.Admin.Data.Demo;
using HojeTaastrup.Admin.Domain.Common;
using HojeTaastrup.Admin.Domain.Savings;

namespace HojeTaastrup.Admin.Web.Tests.Demo;

// The demo programmes say what the seeds say: the amounts as written (xx, "?", "3,5 (5,5)", half effect the
// first year), and honest totals over them.
public class DemoSavingsTests
{
    [Fact]
    public void Slagelse2020_Has10Proposals_AndHonestTotalsFor2021()
    {
        var (programme, proposals) = SeedSlagelse2020.Build();

        var totals = Totals(programme, proposals);

        Assert.Equal(10, proposals.Count);
        var y2021 = totals.Years.Single(t => t.Year == 2021);
        Assert.Equal(Money.FromMillions(37), y2021.Target);
        // 3,5 (ansættelsesstop) + 7,5? (konsulenter) + 3? (half of 6) + 1 (half of 2) + 0,5 (half of 1)
        Assert.Equal(Money.FromMillions(15.5m), y2021.KnownSum);
        Assert.Equal(4, y2021.UnknownCount); // kompetenceråd, MED, fundraiser, idéopsamling; digitalisering is postponed
        Assert.Equal(2, y2021.UncertainCount);
        Assert.Equal(1, y2021.AlternativeCount);
        Assert.Equal(Money.FromMillions(17.5m), y2021.WithAlternatives);
        Assert.Equal(1, totals.LeftOut);
    }

    [Fact]
    public void Slagelse2020_WritesTheAmountsAsTheNoteDoes()
    {
        var (_, proposals) = SeedSlagelse2020.Build();

        Assert.Equal("xx mio. kr.", Text(proposals, "1", 2021));
        Assert.Equal("3,5 (5,5) mio. kr.", Text(proposals, "2", 2021));
        Assert.Equal("3 mio. kr.?", Text(proposals, "5", 2021));
        Assert.Equal("6 mio. kr.?", Text(proposals, "5", 2022));
        Assert.Equal("0,5 mio. kr.", Text(proposals, "8", 2021));
        Assert.Equal(SavingsStatus.Postponed, proposals.Single(p => p.Number == "7").Status);
        Assert.Contains(proposals.Single(p => p.Number == "1").Milestones, m => m.Date == new DateOnly(2021, 2, 1) && m.Text == "Udkast til kommissorium");
        Assert.Contains(proposals.Single(p => p.Number == "8").Milestones, m => m.Date == new DateOnly(2021, 5, 1));
    }

    [Fact]
    public void NyNy2017_Has134MioIn2019_ThreeTracks_AndTheHiringFreezeIn2017()
    {
        var (programme, proposals) = SeedNyNy2017.Build();

        var totals = Totals(programme, proposals);

        Assert.Equal(["Teknologisporet", "Servicesporet", "Organisationssporet"], programme.Tracks);
        Assert.Equal(Money.FromMillions(13.4m), programme.TargetIn(2019));
        Assert.Equal("1,4 mio. kr.", Text(proposals, "3", 2017));
        Assert.Equal("1,025 mio. kr.", Text(proposals, "4", 2019));
        var y2017 = totals.Years.Single(t => t.Year == 2017);
        Assert.Equal(Money.FromMillions(3.1m), y2017.KnownSum);
        var y2019 = totals.Years.Single(t => t.Year == 2019);
        Assert.Equal(Money.FromMillions(3.225m), y2019.KnownSum);
        Assert.Equal(1, y2019.UnknownCount);
        Assert.Equal(1, y2019.UncertainCount);
    }

    [Fact]
    public void ReorganisationSaving_CarriesThe25MioOfSeed000()
    {
        var reorganisation = Guid.NewGuid();

        var (programme, proposals) = SeedReorganisationSaving2010.Build(reorganisation);

        var proposal = Assert.Single(proposals);
        Assert.Equal(reorganisation, proposal.ReorganisationProposalId);
        Assert.All(proposal.Amounts, a => Assert.Equal(Seed2010.TargetYearlySaving, a.Amount));
        Assert.All(Totals(programme, proposals).Years, t => Assert.Equal(Money.Zero, t.Gap));
    }

    [Fact]
    public void EveryOwnerCentre_IsACentreOfTheDemoOrganisation()
    {
        var proposals = SeedSlagelse2020.Build().Proposals.Concat(SeedNyNy2017.Build().Proposals).Concat(SeedReorganisationSaving2010.Build(null).Proposals);

        Assert.All(proposals, p => Assert.Contains(Seed2010.Baseline.Centres, c => c.Code == p.OwnerCentreCode && c.Name == p.OwnerCentreName));
    }

    private static SavingsTotals Totals(SavingsProgramme programme, IEnumerable<SavingsProposal> proposals) =>
        SavingsTotals.Compute(programme.Years, programme.Targets, proposals.Select(ProposalAmounts.Of));

    private static string Text(IEnumerable<SavingsProposal> proposals, string number, int year) =>
        proposals.Single(p => p.Number == number).Amounts.Single(a => a.Year == year).ToString();
}
