using System.Diagnostics;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using HojeTaastrup.Admin.Web.Infrastructure.Documents;
using HojeTaastrup.Admin.Web.Infrastructure.Spreadsheets;
using Xunit.Abstractions;

namespace HojeTaastrup.Admin.Web.Tests.Infrastructure.Spreadsheets;

// The XLSX import: what Excel itself saves (shared strings, cells left out, booleans, dates as serial
// numbers in a date format), and every problem with the row Excel shows.
public class XlsxReaderTests(ITestOutputHelper output)
{
    [Fact]
    public void Read_WrittenCatalogue_GivesTheSameValues()
    {
        var read = XlsxReader.Read(XlsxWriterTests.Written(SampleCatalogue.Create()), SheetLimits.Default);

        Assert.True(read.IsValid);
        Assert.Equal(SheetFormat.Xlsx, read.Format);
        Assert.Equal(SampleCatalogue.Columns, read.Table.Header);
        SampleCatalogue.AssertReadsAsWritten(read.Table);
        Assert.Equal(SheetCellKind.Day, read.Table.Rows[0]["besluttet"].Kind);
    }

    [Fact]
    public void Read_AsExcelSavesIt_ReadsSharedStringsBooleansDatesAndGapsByCellReference()
    {
        // Row 1: forslag | år | beløb | dato | aktiv   (shared strings)
        // Row 3: S-12 (shared) | (no cell) | 65000 | 40333 in "d. mmmm yyyy" | TRUE   (row 2 is left out)
        // Row 4: Ærø (inline, runs) | 2027 | (no cell) | 45000 in built-in 14 | FALSE
        var stream = Workbook(
            ["forslag", "år", "beløb", "dato", "aktiv", "S-12"],
            new Row(Shared("A1", 0), Shared("B1", 1), Shared("C1", 2), Shared("D1", 3), Shared("E1", 4)) { RowIndex = 1U },
            new Row(Shared("A3", 5), Number("C3", "65000"), Number("D3", "40333", style: 1), Boolean("E3", true)) { RowIndex = 3U },
            new Row(InlineRuns("A4", "Æ", "rø"), Number("B4", "2027"), Number("D4", "45000", style: 2), Boolean("E4", false)) { RowIndex = 4U });

        var read = XlsxReader.Read(stream, SheetLimits.Default);

        Assert.True(read.IsValid, string.Join("; ", read.Failures.Select(f => f.ErrorMessage)));
        Assert.Equal([3, 4], read.Table.Rows.Select(r => r.Number));
        var first = read.Table.Rows[0];
        Assert.Equal("S-12", first["forslag"].Text);
        Assert.True(first["år"].IsEmpty);
        Assert.Equal(65_000, first["beløb"].AsKroner());
        Assert.Equal(new DateOnly(2010, 6, 4), first["dato"].AsDay());
        Assert.True(first["aktiv"].AsBoolean());
        var second = read.Table.Rows[1];
        Assert.Equal("Ærø", second["forslag"].Text);
        Assert.Equal(2027, second["år"].AsWhole());
        Assert.True(second["beløb"].IsEmpty);
        Assert.Equal(new DateOnly(2023, 3, 15), second["dato"].AsDay());
        Assert.False(second["aktiv"].AsBoolean());
    }

    [Fact]
    public void Read_CellPointingPastTheSharedStrings_IsAFailureOnItsRow()
    {
        var stream = Workbook(
            ["forslag", "S-12"],
            new Row(Shared("A1", 0)) { RowIndex = 1U },
            new Row(Shared("A2", 1)) { RowIndex = 2U },
            new Row(Shared("A3", 7)) { RowIndex = 3U });

        var read = XlsxReader.Read(stream, SheetLimits.Default);

        var failure = Assert.Single(read.Failures);
        Assert.Equal("rows[3]", failure.PropertyName);
        Assert.Equal("Række 3: Cellen A3 henviser til en tekst, som ikke findes i filen.", failure.ErrorMessage);
        Assert.Equal("S-12", read.Table.Rows[0]["forslag"].Text);
    }

    [Fact]
    public void Read_MoreRowsThanTheLimit_IsRefused()
    {
        var table = new SheetTable(["forslag"]);
        for (var i = 0; i < 11; i++)
        {
            table.AddRow($"S-{i}");
        }

        var read = XlsxReader.Read(XlsxWriterTests.Written(table), SheetLimits.Default with { MaxRows = 10 });

        Assert.Equal("Filen har flere end 10 rækker. Del den op i flere filer.", Assert.Single(read.Failures).ErrorMessage);
        Assert.Empty(read.Table.Rows);
    }

    [Fact]
    public void Read_PartsLargerUnpackedThanTheLimit_IsRefusedBeforeReading()
    {
        var table = new SheetTable(["note"]);
        for (var i = 0; i < 200; i++)
        {
            table.AddRow(new string('x', 1000));
        }

        var read = XlsxReader.Read(XlsxWriterTests.Written(table), SheetLimits.Default with { MaxUnpackedBytes = 100_000 });

        Assert.StartsWith("Filen fylder mere end", Assert.Single(read.Failures).ErrorMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("truncated")]
    [InlineData("word")]
    public void Read_FileThatIsNoWorkbook_IsRefusedInDanish(string kind)
    {
        var bytes = kind switch
        {
            "text" => "forslag;år;beløb\r\nS-12;2027;5.400.000\r\n"u8.ToArray(),
            "truncated" => XlsxWriterTests.Written(SampleCatalogue.Create()).ToArray()[..400],
            _ => WordDocument(),
        };

        var read = XlsxReader.Read(new MemoryStream(bytes), SheetLimits.Default);

        var failure = Assert.Single(read.Failures);
        Assert.Equal("file", failure.PropertyName);
        Assert.Equal("Filen er ikke et gyldigt Excel-ark (.xlsx).", failure.ErrorMessage);
    }

    [Fact]
    public void WriteThenRead_TenThousandRows_KeepsEveryRowAndItsNumber()
    {
        var table = new SheetTable(["forslag", "år", "beløb", "dato", "note"]);
        for (var i = 0; i < 10_000; i++)
        {
            table.AddRow($"S-{i:00000}", SheetCell.FromWhole(2020 + (i % 10)), SheetCell.FromKroner(-5_000_000 + (i * 1_001L)), SheetCell.FromDay(new DateOnly(2027, 1, 1).AddDays(i % 365)), $"Bemærkning {i} om økonomi");
        }

        var clock = Stopwatch.StartNew();
        var stream = XlsxWriterTests.Written(table);
        var written = clock.Elapsed;
        var read = XlsxReader.Read(stream, SheetLimits.Default);
        output.WriteLine($"10.000 rækker: skrevet på {written.TotalMilliseconds:0} ms, læst på {(clock.Elapsed - written).TotalMilliseconds:0} ms, {stream.Length / 1024} KB");

        Assert.True(read.IsValid);
        Assert.Equal(10_000, read.Table.Rows.Count);
        var last = read.Table.Rows[^1];
        Assert.Equal(10_001, last.Number);
        Assert.Equal("S-09999", last["forslag"].Text);
        Assert.Equal(-5_000_000 + (9_999 * 1_001L), last["beløb"].AsKroner());
        Assert.Equal(new DateOnly(2027, 1, 1).AddDays(9_999 % 365), last["dato"].AsDay());
    }

    private static byte[] WordDocument()
    {
        using var stream = new MemoryStream();
        new WordDocumentBuilder("Høringsnotat").Paragraph("Ikke et regneark").Save(stream);
        return stream.ToArray();
    }

    // A workbook as Excel saves it, built cell by cell: shared strings, style 1 a custom date format,
    // style 2 the built-in short date (14).
    private static MemoryStream Workbook(string[] sharedStrings, params Row[] rows)
    {
        var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.AddNewPart<SharedStringTablePart>().SharedStringTable =
                new SharedStringTable(sharedStrings.Select(s => new SharedStringItem(new Text(s))));
            workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = new Stylesheet(
                new NumberingFormats(new NumberingFormat { NumberFormatId = 165U, FormatCode = "[$-406]d\\. mmmm yyyy;@" }),
                new Fonts(new Font()),
                new Fills(new Fill()),
                new Borders(new Border()),
                new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 165U, ApplyNumberFormat = true }, new CellFormat { NumberFormatId = 14U, ApplyNumberFormat = true }));
            var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
            worksheetPart.Worksheet = new Worksheet(new SheetData(rows));
            workbookPart.Workbook = new Workbook(new Sheets(new Sheet { Name = "Ark1", SheetId = 1U, Id = workbookPart.GetIdOfPart(worksheetPart) }));
        }

        stream.Position = 0;
        return stream;
    }

    private static Cell Shared(string reference, int index) =>
        new() { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(index.ToString(System.Globalization.CultureInfo.InvariantCulture)) };

    private static Cell Number(string reference, string value, uint style = 0) =>
        new() { CellReference = reference, CellValue = new CellValue(value), StyleIndex = style == 0 ? null : style };

    private static Cell Boolean(string reference, bool value) =>
        new() { CellReference = reference, DataType = CellValues.Boolean, CellValue = new CellValue(value ? "1" : "0") };

    private static Cell InlineRuns(string reference, params string[] runs) =>
        new() { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(runs.Select(r => new Run(new Text(r)))) };
}
