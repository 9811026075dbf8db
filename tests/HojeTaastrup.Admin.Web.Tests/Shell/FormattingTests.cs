using System.Globalization;
using HojeTaastrup.Admin.Domain.Common;
using HojeTaastrup.Admin.Web.Infrastructure;
using HojeTaastrup.Admin.Web.Tests.Infrastructure;

namespace HojeTaastrup.Admin.Web.Tests.Shell;

public class FormattingTests
{
    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    [Fact]
    public void Day_InDanish_IsDayDotMonthNameYear() =>
        Assert.Equal("4. juni 2010", Formatting.Day(new DateOnly(2010, 6, 4), Danish));

    [Fact]
    public void Day_InEnglish_IsDayMonthNameYear() =>
        Assert.Equal("4 June 2010", Formatting.Day(new DateOnly(2010, 6, 4), English));

    [Fact]
    public void Day_WithoutCulture_UsesCurrentCulture()
    {
        using var _ = new CultureScope("da-DK");
        Assert.Equal("31. december 2017", Formatting.Day(new DateOnly(2017, 12, 31)));
    }

    [Fact]
    public void Instant_InSummer_IsShownInCopenhagenSummerTime() =>
        Assert.Equal("4. juni 2010 kl. 12.00", Formatting.Instant(new DateTimeOffset(2010, 6, 4, 10, 0, 0, TimeSpan.Zero), Danish));

    [Fact]
    public void Instant_InWinter_IsShownInCopenhagenStandardTime() =>
        Assert.Equal("15 January 2021, 09:30", Formatting.Instant(new DateTimeOffset(2021, 1, 15, 8, 30, 0, TimeSpan.Zero), English));

    [Fact]
    public void Instant_LateEveningUtc_FallsOnTheNextDayInCopenhagen() =>
        Assert.Equal("5. juni 2010 kl. 00.30", Formatting.Instant(new DateTimeOffset(2010, 6, 4, 22, 30, 0, TimeSpan.Zero), Danish));

    [Theory]
    [InlineData(13_400_000, "13,4 mio. kr.")]
    [InlineData(65_000, "65.000 kr.")]
    public void Amount_InDanish_UsesDanishMoneyFormat(long kroner, string expected) =>
        Assert.Equal(expected, Formatting.Amount(Money.FromKroner(kroner), Danish));

    [Fact]
    public void Count_InDanish_GroupsThousandsWithDots() =>
        Assert.Equal("12.345", Formatting.Count(12_345, Danish));
}
