using HojeTaastrup.Admin.Web.Infrastructure.Spreadsheets;

namespace HojeTaastrup.Admin.Web.Tests.Infrastructure.Spreadsheets;

// A cell hands an import the value it asks for, from a typed XLSX cell or from Danish CSV text alike.
public class SheetCellTests
{
    [Theory]
    [InlineData("5.400.000", 5_400_000L)]
    [InlineData("5400000 kr.", 5_400_000L)]
    [InlineData("-1.250.000", -1_250_000L)]
    [InlineData("12,5", null)]
    [InlineData("xx", null)]
    public void AsKroner_DanishText_ReadsWholeKronerOnly(string text, long? expected) =>
        Assert.Equal(expected, SheetCell.FromText(text).AsKroner());

    [Fact]
    public void AsKroner_NumberCellWithDecimals_IsNotWholeKroner()
    {
        Assert.Null(SheetCell.FromNumber(12.5m).AsKroner());
        Assert.Equal(65_000, SheetCell.FromNumber(65_000m).AsKroner());
    }

    [Theory]
    [InlineData("04-06-2010")]
    [InlineData("4.6.2010")]
    [InlineData("2010-06-04")]
    [InlineData("4. juni 2010")]
    public void AsDay_DanishText_ReadsTheDay(string text) =>
        Assert.Equal(new DateOnly(2010, 6, 4), SheetCell.FromText(text).AsDay());

    [Fact]
    public void AsWhole_TextWithThousandsDot_IsNotAWholeNumber()
    {
        Assert.Equal(2027, SheetCell.FromText("2027").AsWhole());
        Assert.Null(SheetCell.FromText("2.027").AsWhole());
    }

    [Fact]
    public void Text_OfNumbersAndDays_IsDanishAndReadBackByTheParsers()
    {
        Assert.Equal("-12,75", SheetCell.FromNumber(-12.75m).Text);
        Assert.Equal("98765432101", SheetCell.FromKroner(98_765_432_101).Text);
        Assert.Equal("31-12-2099", SheetCell.FromDay(new DateOnly(2099, 12, 31)).Text);
        Assert.Equal(-12.75m, SheetCell.FromText(SheetCell.FromNumber(-12.75m).Text).AsNumber());
    }

    [Fact]
    public void FromText_Blank_IsAnEmptyCell()
    {
        Assert.True(SheetCell.FromText("  ").IsEmpty);
        Assert.True(((SheetCell)(string?)null).IsEmpty);
        Assert.Null(SheetCell.Empty.AsKroner());
    }

    [Fact]
    public void Row_ColumnItDoesNotHave_IsEmpty()
    {
        var table = new SheetTable(["forslag", "beløb"]);
        var row = table.AddRow("S-12");

        Assert.True(row["beløb"].IsEmpty);
        Assert.True(row["findes ikke"].IsEmpty);
        Assert.Equal("S-12", row[" FORSLAG "].Text);
        Assert.Throws<ArgumentException>(() => table.AddRow("a", "b", "c"));
    }
}
