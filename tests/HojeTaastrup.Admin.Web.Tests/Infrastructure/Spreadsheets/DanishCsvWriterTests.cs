using System.Text;
using HojeTaastrup.Admin.Web.Infrastructure;
using HojeTaastrup.Admin.Web.Infrastructure.Csv;
using HojeTaastrup.Admin.Web.Infrastructure.Spreadsheets;

namespace HojeTaastrup.Admin.Web.Tests.Infrastructure.Spreadsheets;

// The CSV export: what Danish Excel opens with a double click, and what DanishCsv reads back.
public class DanishCsvWriterTests
{
    [Fact]
    public void Write_Catalogue_IsUtf8WithBomSemicolonsCrlfAndDanishNumbers()
    {
        var bytes = Written(SampleCatalogue.Create());

        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        Assert.Equal(
            "nummer;titel;år;beløb;andel;besluttet;note\r\n" +
            "S-01;Færre møder på rådhuset;2027;5400000;0,5;04-06-2010;\"Løn; drift og \"\"tal\"\"\"\r\n" +
            "S-02;Økonomi- og lønservice samles;2028;-1250000;-12,75;;'=SUM(A1:A2)\r\n" +
            "S-03;Åbningstider i borgerservice;;98765432101;;31-12-2099;\r\n",
            Encoding.UTF8.GetString(bytes[3..]));
    }

    [Fact]
    public void Write_TextOverSeveralLines_IsQuotedAsOneField()
    {
        var table = new SheetTable(["titel", "note"]);
        table.AddRow("S-01", "Handlepunkter:\n1. Luk\r\n2. Flyt");

        Assert.Equal("titel;note\r\nS-01;\"Handlepunkter:\n1. Luk\r\n2. Flyt\"\r\n", Encoding.UTF8.GetString(Written(table)[3..]));
    }

    [Fact]
    public void Write_ThenDanishCsvRead_GivesEveryFieldBackAsTheDanishParsersReadIt()
    {
        var bytes = Written(SampleCatalogue.Create());

        var csv = DanishCsv.Read(CsvText.Decode(bytes), SampleCatalogue.Columns);

        Assert.True(csv.IsValid);
        Assert.Equal([2, 3, 4], csv.Rows.Select(r => r.Line));
        Assert.Equal("Løn; drift og \"tal\"", csv.Rows[0]["note"]);
        Assert.Equal("Økonomi- og lønservice samles", csv.Rows[1]["titel"]);
        Assert.Equal([5_400_000L, -1_250_000L, 98_765_432_101L], csv.Rows.Select(r => DanishNumbers.ParseKroner(r["beløb"])));
        Assert.Equal([0.5m, -12.75m, null], csv.Rows.Select(r => r["andel"] == "" ? (decimal?)null : DanishNumbers.ParseDecimal(r["andel"])));
        Assert.Equal(new DateOnly(2010, 6, 4), Formatting.ParseDay(csv.Rows[0]["besluttet"]));
        Assert.Equal("", csv.Rows[1]["besluttet"]);
    }

    [Fact]
    public async Task WriteThenSheetFilesRead_GivesTheSameValues_AndTheFormulaGuardIsRemoved()
    {
        var bytes = Written(SampleCatalogue.Create());

        var read = await SheetFiles.ReadAsync(new MemoryStream(bytes), "katalog.csv", SampleCatalogue.Columns, SheetLimits.Default);

        Assert.True(read.IsValid);
        Assert.Equal(SheetFormat.Csv, read.Format);
        SampleCatalogue.AssertReadsAsWritten(read.Table);
    }

    [Fact]
    public async Task WriteAsync_WritesTheSameBytesAsWrite()
    {
        var stream = new MemoryStream();

        await DanishCsvWriter.WriteAsync(SampleCatalogue.Create(), stream);

        Assert.Equal(Written(SampleCatalogue.Create()), stream.ToArray());
    }

    private static byte[] Written(SheetTable table)
    {
        using var stream = new MemoryStream();
        DanishCsvWriter.Write(table, stream);
        return stream.ToArray();
    }
}
