using System.Globalization;
using HojeTaastrup.Admin.Domain.Common;
using HojeTaastrup.Admin.Domain.Savings;

namespace HojeTaastrup.Admin.Domain.Tests.Savings;

public class YearAmountTests
{
    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    [Theory]
    [InlineData(null, false, null, "xx mio. kr.")]
    [InlineData(2_000_000L, false, null, "2 mio. kr.")]
    [InlineData(6_000_000L, true, null, "6 mio. kr.?")]
    [InlineData(3_500_000L, false, 5_500_000L, "3,5 (5,5) mio. kr.")]
    [InlineData(1_025_000L, false, null, "1,025 mio. kr.")]
    [InlineData(570_000L, false, null, "0,57 mio. kr.")]
    [InlineData(65_000L, false, null, "65.000 kr.")]
    [InlineData(65_000L, true, 150_000L, "0,065 (0,15) mio. kr.?")]
    [InlineData(0L, false, null, "0 kr.")]
    public void ToString_EachKind_ReadsAsTheSeedsWriteIt(long? kroner, bool uncertain, long? alternative, string expected)
    {
        var amount = new YearAmount(2021, kroner is { } k ? Money.FromKroner(k) : null, uncertain, alternative is { } a ? Money.FromKroner(a) : null);

        Assert.Equal(expected, amount.ToString(Danish));
    }

    [Fact]
    public void Constructor_NegativeAmount_IsRefused()
    {
        var refusal = Assert.Throws<DomainException>(() => new YearAmount(2021, Money.FromKroner(-1)));

        Assert.Equal("Et beløb kan ikke være negativt.", refusal.Message);
    }

    [Fact]
    public void Constructor_NegativeAlternative_IsRefused()
    {
        Assert.Throws<DomainException>(() => new YearAmount(2021, Money.FromKroner(1), alternative: Money.FromKroner(-5)));
    }

    [Fact]
    public void Constructor_UnknownWithAlternative_IsRefused()
    {
        Assert.Throws<DomainException>(() => new YearAmount(2021, null, alternative: Money.FromKroner(5)));
        Assert.Throws<DomainException>(() => new YearAmount(2021, null, uncertain: true));
    }

    [Theory]
    [InlineData(1999)]
    [InlineData(2101)]
    public void Constructor_YearOutsidePlausibleRange_IsRefused(int year)
    {
        Assert.Throws<DomainException>(() => YearAmount.Known(year, Money.FromKroner(1)));
    }

    [Fact]
    public void Constructor_AboveTenBillion_IsRefused()
    {
        var refusal = Assert.Throws<DomainException>(() => YearAmount.Known(2021, Money.FromKroner(Plausible.MaxKroner + 1)));

        Assert.Equal(Plausible.KronerMessage, refusal.Message);
    }
}
