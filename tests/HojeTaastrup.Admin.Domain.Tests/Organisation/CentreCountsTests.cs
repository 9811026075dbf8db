using HojeTaastrup.Admin.Domain.Organisation;

namespace HojeTaastrup.Admin.Domain.Tests.Organisation;

public class CentreCountsTests
{
    [Theory]
    [InlineData(16, 0, 4, "16 centre og 4 enheder")]
    [InlineData(13, 0, 0, "13 centre")]
    [InlineData(1, 0, 1, "1 center og 1 enhed")]
    [InlineData(12, 2, 4, "12 centre, 2 stabe og 4 enheder")]
    [InlineData(0, 1, 0, "1 stab")]
    [InlineData(0, 0, 3, "3 enheder")]
    [InlineData(0, 0, 0, "ingen centre")]
    public void Describe_SaysTheCountsInDanish(int centres, int staffs, int units, string expected)
    {
        Assert.Equal(expected, new CentreCounts(centres, staffs, units).Describe());
    }

    [Fact]
    public void Of_CountsEachKind()
    {
        var key = Guid.NewGuid();
        CentreSnapshot[] centres =
        [
            new(Guid.NewGuid(), "A", "A", CentreKind.Centre, key),
            new(Guid.NewGuid(), "B", "B", CentreKind.Staff, key),
            new(Guid.NewGuid(), "C", "C", CentreKind.Unit, key),
            new(Guid.NewGuid(), "D", "D", CentreKind.Unit, key),
        ];

        var counts = CentreCounts.Of(centres);

        Assert.Equal(new CentreCounts(1, 1, 2), counts);
        Assert.Equal(4, counts.Total);
    }
}
