using HojeTaastrup.Admin.Domain.Common;
using HojeTaastrup.Admin.Domain.Savings;

namespace HojeTaastrup.Admin.Domain.Tests.Savings;

public class PhaseInTests
{
    [Fact]
    public void Amounts_HalfEffectFirstYear_FullAfter()
    {
        var amounts = PhaseIn.Amounts(Money.FromMillions(6), 2021, 2023, uncertain: true);

        Assert.Equal([2021, 2022, 2023], amounts.Select(a => a.Year));
        Assert.Equal([3_000_000L, 6_000_000L, 6_000_000L], amounts.Select(a => a.Amount!.Value.Kroner));
        Assert.All(amounts, a => Assert.True(a.Uncertain));
    }

    [Fact]
    public void Amounts_OddKroner_RoundsTheHalfToWholeKroner()
    {
        var amounts = PhaseIn.Amounts(Money.FromKroner(1_000_001), 2021, 2022);

        Assert.Equal(500_001L, amounts[0].Amount!.Value.Kroner);
        Assert.Equal(1_000_001L, amounts[1].Amount!.Value.Kroner);
    }

    [Fact]
    public void Amounts_FullFirstYear_EveryYearFull()
    {
        var amounts = PhaseIn.Amounts(Money.FromMillions(1), 2021, 2022, firstYearShare: 1m);

        Assert.All(amounts, a => Assert.Equal(1_000_000L, a.Amount!.Value.Kroner));
    }

    [Fact]
    public void Amounts_OneYear_OnlyTheFirstYearsShare()
    {
        var amounts = Assert.Single(PhaseIn.Amounts(Money.FromMillions(2), 2021, 2021));

        Assert.Equal(1_000_000L, amounts.Amount!.Value.Kroner);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-0.5)]
    [InlineData(1.5)]
    public void Amounts_ShareOutsideZeroToOne_IsRefused(double share)
    {
        Assert.Throws<DomainException>(() => PhaseIn.Amounts(Money.FromMillions(2), 2021, 2022, firstYearShare: (decimal)share));
    }

    [Fact]
    public void Amounts_LastYearBeforeStart_IsRefused()
    {
        Assert.Throws<DomainException>(() => PhaseIn.Amounts(Money.FromMillions(2), 2022, 2021));
    }
}
