using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using HojeTaastrup.Admin.Web.Infrastructure.Spreadsheets;

namespace HojeTaastrup.Admin.Web.Tests.Infrastructure.Spreadsheets;

// The XLSX export: a package Excel opens without repair, numbers as numbers, days as dates.
public class XlsxWriterTests
{
    [Fact]
    public void Write_Catalogue_IsAValidWorkbook()
    {
        using var document = SpreadsheetDocument.Open(Written(SampleCatalogue.Create()), false);

        var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document).ToList();

        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path?.XPath}: {e.Description}")));
        Assert.Equal("Ark1", Assert.Single(document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>()).Name!.Value);
    }

    [Fact]
    public void Write_MoneyAndDays_AreNumberCellsWithThousandsAndDateFormats()
    {
        using var document = SpreadsheetDocument.Open(Written(SampleCatalogue.Create()), false);
        var cells = Cells(document);
        var formats = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet!.CellFormats!.Elements<CellFormat>().ToList();

        var money = cells["D2"];
        Assert.Null(money.DataType);
        Assert.Equal("5400000", money.CellValue!.Text);
        Assert.Equal(3U, formats[(int)money.StyleIndex!.Value].NumberFormatId!.Value); // "#,##0": 5.400.000 in Danish Excel

        var day = cells["F2"];
        Assert.Null(day.DataType);
        Assert.Equal("40333", day.CellValue!.Text); // 4 June 2010 as Excel counts days
        var dayFormatId = formats[(int)day.StyleIndex!.Value].NumberFormatId!.Value;
        var dayFormat = document.WorkbookPart.WorkbookStylesPart.Stylesheet.NumberingFormats!.Elements<NumberingFormat>().Single(f => f.NumberFormatId! == dayFormatId);
        Assert.Equal("dd-mm-yyyy", dayFormat.FormatCode!.Value);

        Assert.Equal("-12.75", cells["E3"].CellValue!.Text);
        Assert.Equal("98765432101", cells["D4"].CellValue!.Text);
    }

    [Fact]
    public void Write_TextThatLooksLikeAFormula_IsAnInlineStringNeverAFormula()
    {
        using var document = SpreadsheetDocument.Open(Written(SampleCatalogue.Create()), false);

        var note = Cells(document)["G3"];

        Assert.Equal(CellValues.InlineString, note.DataType!.Value);
        Assert.Null(note.CellFormula);
        Assert.Equal("=SUM(A1:A2)", note.InlineString!.InnerText);
    }

    [Fact]
    public void Write_Header_IsBoldAndFrozen()
    {
        using var document = SpreadsheetDocument.Open(Written(SampleCatalogue.Create()), false);
        var stylesheet = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet!;
        var header = Cells(document)["A1"];

        var font = stylesheet.Fonts!.Elements<Font>().ElementAt((int)stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)header.StyleIndex!.Value).FontId!.Value);
        var pane = document.WorkbookPart.WorksheetParts.Single().Worksheet!.Descendants<Pane>().Single();

        Assert.NotNull(font.Bold);
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal("A2", pane.TopLeftCell!.Value);
        var widths = document.WorkbookPart.WorksheetParts.Single().Worksheet!.Descendants<Column>().Select(c => c.Width!.Value).ToList();
        Assert.Equal(SampleCatalogue.Columns.Length, widths.Count);
        Assert.All(widths, w => Assert.InRange(w, 8, 60));
    }

    [Fact]
    public void Write_ControlCharactersInText_AreDroppedNotThrown()
    {
        var table = new SheetTable(["note"]);
        table.AddRow("Kopieret\u0001 tekst\u000B");

        var read = XlsxReader.Read(Written(table), SheetLimits.Default);

        Assert.Equal("Kopieret tekst", read.Table.Rows.Single()["note"].Text);
    }

    [Fact]
    public void Write_TextLongerThanExcelHolds_IsRefused()
    {
        var table = new SheetTable(["note"]);
        table.AddRow(new string('x', XlsxWriter.MaxTextLength + 1));

        Assert.Throws<ArgumentException>(() => XlsxWriter.Write(table, new MemoryStream()));
    }

    [Fact]
    public async Task WriteAsync_ToAStreamThatCannotSeek_WritesTheWholePackage()
    {
        var target = new MemoryStream();
        await using (var forwardOnly = new ForwardOnlyStream(target))
        {
            await XlsxWriter.WriteAsync(SampleCatalogue.Create(), forwardOnly);
        }

        target.Position = 0;
        SampleCatalogue.AssertReadsAsWritten(XlsxReader.Read(target, SheetLimits.Default).Table);
    }

    internal static MemoryStream Written(SheetTable table)
    {
        var stream = new MemoryStream();
        XlsxWriter.Write(table, stream);
        stream.Position = 0;
        return stream;
    }

    private static Dictionary<string, Cell> Cells(SpreadsheetDocument document) =>
        document.WorkbookPart!.WorksheetParts.Single().Worksheet!.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!);
}

// A response body: it writes, but neither seeks nor tells its length.
internal sealed class ForwardOnlyStream(Stream inner) : Stream
{
    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() => inner.Flush();
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
}
