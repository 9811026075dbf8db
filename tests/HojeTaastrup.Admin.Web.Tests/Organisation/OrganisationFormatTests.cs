using System.Globalization;
using HojeTaastrup.Admin.Domain.Organisation;
using HojeTaastrup.Admin.Web.Features.Organisation;

namespace HojeTaastrup.Admin.Web.Tests.Organisation;

public class OrganisationFormatTests
{
    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    [Theory]
    [InlineData(16, 0, 4, "16 centre og 4 enheder", "16 centres and 4 units")]
    [InlineData(13, 0, 0, "13 centre", "13 centres")]
    [InlineData(2, 1, 1, "2 centre, 1 stab og 1 enhed", "2 centres, 1 staff and 1 unit")]
    public void Counts_ReadsAsASentence_InBothLanguages(int centres, int staffs, int units, string danish, string english)
    {
        var counts = new CentreCounts(centres, staffs, units);

        Assert.Equal(danish, OrganisationFormat.Counts(counts, Danish));
        Assert.Equal(english, OrganisationFormat.Counts(counts, English));
    }

    [Fact]
    public void Fte_HasOneDecimal_InTheCulturesWay()
    {
        Assert.Equal("12,5", OrganisationFormat.Fte(12.5m, Danish));
        Assert.Equal("1.234,0", OrganisationFormat.Fte(1234m, Danish));
        Assert.Equal("12.5", OrganisationFormat.Fte(12.5m, English));
    }
}
