using System.Globalization;
using HojeTaastrup.Admin.Domain.Common;

namespace HojeTaastrup.Admin.Domain.Tests.Common;

public class MoneyFormattingTests
{
    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    [Theory]
    [InlineData(65_000, "65.000 kr.")]
    [InlineData(13_400_000, "13,4 mio. kr.")]
    [InlineData(37_000_000, "37 mio. kr.")]
    [InlineData(999_999, "999.999 kr.")]
    [InlineData(1_000_000, "1 mio. kr.")]
    [InlineData(2_450_000, "2,45 mio. kr.")]
    [InlineData(1_234_567, "1,23 mio. kr.")]
    [InlineData(0, "0 kr.")]
    [InlineData(-65_000, "-65.000 kr.")]
    [InlineData(-1_400_000, "-1,4 mio. kr.")]
    public void ToString_InDanish_UsesDanishSeparatorsAndMillions(long kroner, string expected)
    {
        Assert.Equal(expected, Money.FromKroner(kroner).ToString(null, Danish));
    }

    [Fact]
    public void ToString_WithFormatK_GivesWholeKroner()
    {
        Assert.Equal("13.400.000 kr.", Money.FromKroner(13_400_000).ToString("K", Danish));
    }

    [Fact]
    public void ToString_InEnglish_UsesDkk()
    {
        Assert.Equal("DKK 65,000", Money.FromKroner(65_000).ToString(null, English));
        Assert.Equal("DKK 13.4 million", Money.FromKroner(13_400_000).ToString(null, English));
    }

    [Fact]
    public void FromMillions_RoundsToWholeKroner()
    {
        Assert.Equal(Money.FromKroner(13_400_000), Money.FromMillions(13.4m));
        Assert.Equal(Money.FromKroner(1), Money.FromMillions(0.0000005m));
    }
}
