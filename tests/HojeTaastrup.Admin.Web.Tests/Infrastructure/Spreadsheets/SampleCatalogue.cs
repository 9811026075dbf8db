using HojeTaastrup.Admin.Web.Infrastructure.Spreadsheets;

namespace HojeTaastrup.Admin.Web.Tests.Infrastructure.Spreadsheets;

// A savings catalogue as the export of issue 11 writes it (row numbers as Excel shows them):
//
//   1  nummer | titel                          | år   | beløb          | andel  | besluttet  | note
//   2  S-01   | Færre møder på rådhuset        | 2027 |      5.400.000 |    0,5 | 04-06-2010 | Løn; drift og "tal"
//   3  S-02   | Økonomi- og lønservice samles  | 2028 |     -1.250.000 | -12,75 |            | =SUM(A1:A2)
//   4  S-03   | Åbningstider i borgerservice   |      | 98.765.432.101 |        | 31-12-2099 |
//
// Danish letters, a separator and quotes in a text, negative numbers, an amount past 2^32, empty cells in
// the middle and at the end of a row, and a text Excel would take for a formula.
public static class SampleCatalogue
{
    public static readonly string[] Columns = ["nummer", "titel", "år", "beløb", "andel", "besluttet", "note"];

    public static SheetTable Create()
    {
        var table = new SheetTable(Columns);
        table.AddRow("S-01", "Færre møder på rådhuset", SheetCell.FromWhole(2027), SheetCell.FromKroner(5_400_000), SheetCell.FromNumber(0.5m), SheetCell.FromDay(new DateOnly(2010, 6, 4)), "Løn; drift og \"tal\"");
        table.AddRow("S-02", "Økonomi- og lønservice samles", SheetCell.FromWhole(2028), SheetCell.FromKroner(-1_250_000), SheetCell.FromNumber(-12.75m), SheetCell.Empty, "=SUM(A1:A2)");
        table.AddRow("S-03", "Åbningstider i borgerservice", SheetCell.Empty, SheetCell.FromKroner(98_765_432_101), SheetCell.Empty, SheetCell.FromDay(new DateOnly(2099, 12, 31)));
        return table;
    }

    // What an import reads from either format: the same values, whatever cell kinds carry them.
    public static void AssertReadsAsWritten(SheetTable read)
    {
        var written = Create();
        Assert.Equal([2, 3, 4], read.Rows.Select(r => r.Number));
        for (var i = 0; i < written.Rows.Count; i++)
        {
            var expected = written.Rows[i];
            var actual = read.Rows[i];
            Assert.Equal(expected["nummer"].Text, actual["nummer"].Text);
            Assert.Equal(expected["titel"].Text, actual["titel"].Text);
            Assert.Equal(expected["år"].AsWhole(), actual["år"].AsWhole());
            Assert.Equal(expected["beløb"].AsKroner(), actual["beløb"].AsKroner());
            Assert.Equal(expected["andel"].AsNumber(), actual["andel"].AsNumber());
            Assert.Equal(expected["besluttet"].AsDay(), actual["besluttet"].AsDay());
            Assert.Equal(expected["note"].Text, actual["note"].Text);
        }

        Assert.True(read.Rows[1]["besluttet"].IsEmpty);
        Assert.True(read.Rows[2]["år"].IsEmpty);
        Assert.True(read.Rows[2]["note"].IsEmpty);
    }
}
