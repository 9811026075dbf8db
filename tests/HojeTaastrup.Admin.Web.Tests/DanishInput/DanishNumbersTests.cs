using HojeTaastrup.Admin.Web.Infrastructure;

namespace HojeTaastrup.Admin.Web.Tests.DanishInput;

// Numbers as Danes type them and Danish Excel writes them: every form field and file import reads them here.
public class DanishNumbersTests
{
    [Theory]
    [InlineData("8.360.000", 8_360_000L)]
    [InlineData("8360000", 8_360_000L)]
    [InlineData(" 8.360.000 kr. ", 8_360_000L)]
    [InlineData("5.400.000 kr.", 5_400_000L)]
    [InlineData("5 400 000", 5_400_000L)]
    [InlineData("-25.000", -25_000L)]
    [InlineData("8.360.000,50", null)]
    [InlineData("otte mio.", null)]
    [InlineData("13,4 mio.", 13_400_000L)]
    [InlineData("13,4 mio. kr.", 13_400_000L)]
    [InlineData("2 mio", 2_000_000L)]
    [InlineData("0,57 Mio.", 570_000L)]
    [InlineData("1,0000005 mio.", null)]
    [InlineData("mio.", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void ParseKroner_TakesWholeKronerAsDanesWriteThem(string? text, long? expected) =>
        Assert.Equal(expected, DanishNumbers.ParseKroner(text));

    [Theory]
    [InlineData("12,5", 12.5)]
    [InlineData("12.5", 12.5)]
    [InlineData(" 8 ", 8.0)]
    [InlineData("-0,5", -0.5)]
    [InlineData("tolv", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void ParseDecimal_TakesTheDanishCommaAndAPoint(string? text, double? expected) =>
        Assert.Equal(expected is null ? null : (decimal)expected.Value, DanishNumbers.ParseDecimal(text));
}
