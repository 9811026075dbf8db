using HojeTaastrup.Admin.Domain.Common;
using HojeTaastrup.Admin.Domain.Savings;
using static HojeTaastrup.Admin.Domain.Tests.Savings.Slagelse2020;

namespace HojeTaastrup.Admin.Domain.Tests.Savings;

public class SavingsTotalsTests
{
    private static readonly YearTarget[] Targets = [new(2021, Money.FromMillions(37)), new(2022, Money.FromMillions(37))];

    private static ProposalAmounts Counted(params YearAmount[] amounts) => new(SavingsStatus.Adopted, amounts);

    [Fact]
    public void Compute_UnknownAmount_IsCountedNotAddedAsZero()
    {
        var totals = SavingsTotals.Compute([2021], Targets, [Counted(YearAmount.Unknown(2021)), Counted(YearAmount.Known(2021, Money.FromMillions(2)))]);

        var year = Assert.Single(totals.Years);
        Assert.Equal(Money.FromMillions(2), year.KnownSum);
        Assert.Equal(1, year.KnownCount);
        Assert.Equal(1, year.UnknownCount);
    }

    [Fact]
    public void Compute_UncertainAmount_IsAddedAndCounted()
    {
        var totals = SavingsTotals.Compute([2021], Targets, [Counted(new YearAmount(2021, Money.FromMillions(3), uncertain: true))]);

        Assert.Equal(Money.FromMillions(3), totals.Years[0].KnownSum);
        Assert.Equal(1, totals.Years[0].UncertainCount);
    }

    [Fact]
    public void Compute_Alternative_IsShownBesideNeverAdded()
    {
        var totals = SavingsTotals.Compute([2021], Targets, [Counted(HiringFreeze()[0]), Counted(YearAmount.Known(2021, Money.FromMillions(1)))]);

        var year = totals.Years[0];
        Assert.Equal(Money.FromMillions(4.5m), year.KnownSum);
        Assert.Equal(1, year.AlternativeCount);
        Assert.Equal(Money.FromMillions(5.5m), year.AlternativeSum);
        Assert.Equal(Money.FromMillions(6.5m), year.WithAlternatives);
    }

    [Fact]
    public void Compute_GapIsTargetMinusKnownSum()
    {
        var totals = SavingsTotals.Compute([2021, 2022], Targets, [Counted(YearAmount.Known(2021, Money.FromMillions(35.6m)), YearAmount.Known(2022, Money.FromMillions(40)))]);

        Assert.Equal(Money.FromMillions(1.4m), totals.Years[0].Gap);
        Assert.Equal(Money.FromMillions(-3), totals.Years[1].Gap);
        Assert.Equal(Money.FromMillions(74), totals.All.Target);
        Assert.Equal(Money.FromMillions(-1.6m), totals.All.Gap);
    }

    [Fact]
    public void Compute_YearWithoutTarget_HasNoGap()
    {
        var totals = SavingsTotals.Compute([2023], Targets, [Counted(YearAmount.Known(2023, Money.FromMillions(1)))]);

        Assert.Null(totals.Years[0].Target);
        Assert.Null(totals.Years[0].Gap);
    }

    [Theory]
    [InlineData(SavingsStatus.Rejected)]
    [InlineData(SavingsStatus.Postponed)]
    public void Compute_RejectedOrPostponed_IsLeftOutAndSaidSo(SavingsStatus status)
    {
        var totals = SavingsTotals.Compute([2021], Targets,
            [new ProposalAmounts(status, [YearAmount.Known(2021, Money.FromMillions(5))]), Counted(YearAmount.Unknown(2021))]);

        Assert.Equal(Money.Zero, totals.Years[0].KnownSum);
        Assert.Equal(1, totals.Years[0].UnknownCount);
        Assert.Equal(1, totals.LeftOut);
        Assert.Equal(1, totals.Counted);
    }

    [Fact]
    public void Compute_AmountInAYearNotAsked_IsNotCounted()
    {
        var totals = SavingsTotals.Compute([2021], Targets, [Counted(YearAmount.Known(2022, Money.FromMillions(5)))]);

        Assert.Equal(Money.Zero, totals.Years[0].KnownSum);
        Assert.Equal(Money.Zero, totals.All.KnownSum);
    }

    [Fact]
    public void Compute_Seed001Proposals_YearSumsAndCounts()
    {
        var programme = Programme();
        var proposals = new[]
        {
            Content("1", amounts: [YearAmount.Unknown(2021)]),
            Content("2", "Fleksibelt ansættelsesstop", HiringFreeze()),
            Content("3", "Fælles miljøer", PhaseIn.Amounts(Money.FromMillions(6), 2021, 2024, uncertain: true)),
            Content("4", "Velfærdsproduktion", PhaseIn.Amounts(Money.FromMillions(2), 2021, 2024)),
        }.Select(c => ProposalAmounts.Of(new SavingsProposal(programme, c)));

        var totals = SavingsTotals.Compute(programme.Years, programme.Targets, proposals);

        var first = totals.Years[0];
        Assert.Equal(Money.FromMillions(3.5m + 3 + 1), first.KnownSum);
        Assert.Equal((1, 1, 1), (first.UnknownCount, first.UncertainCount, first.AlternativeCount));
        Assert.Equal(Money.FromMillions(37 - 7.5m), first.Gap);
        Assert.Equal(Money.FromMillions(3.5m + 6 + 2), totals.Years[1].KnownSum);
    }
}
