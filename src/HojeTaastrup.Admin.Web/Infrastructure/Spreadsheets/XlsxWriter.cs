using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using HojeTaastrup.Admin.Web.Infrastructure.Documents;

namespace HojeTaastrup.Admin.Web.Infrastructure.Spreadsheets;

// Writes a SheetTable as an Excel workbook of one sheet: a bold, frozen header; numbers as number cells
// (money with thousands separators, days as real Excel dates shown dd-mm-yyyy), text as inline strings
// (never a formula). The rows go through OpenXmlWriter one at a time, so time and memory grow with the
// rows and nothing else.
public static class XlsxWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    // Excel refuses a file with a longer text in a cell, and a name longer than this for a sheet.
    public const int MaxTextLength = 32_767;
    private const int MaxSheetNameLength = 31;

    private static readonly DateOnly FirstExcelDay = new(1900, 3, 1);

    // The packaging API needs to seek; a response body cannot, so such a stream gets a copy.
    public static void Write(SheetTable table, Stream output, string sheetName = "Ark1")
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentException.ThrowIfNullOrWhiteSpace(sheetName);
        if (sheetName.Length > MaxSheetNameLength || sheetName.IndexOfAny(['[', ']', ':', '*', '?', '/', '\\']) >= 0)
        {
            throw new ArgumentException($"Excel does not accept the sheet name '{sheetName}'.", nameof(sheetName));
        }

        if (!output.CanSeek)
        {
            using var buffer = new MemoryStream();
            WritePackage(table, buffer, sheetName);
            buffer.Position = 0;
            buffer.CopyTo(output);
            return;
        }

        WritePackage(table, output, sheetName);
    }

    // For an HTTP response, whose body takes no synchronous writes.
    public static async Task WriteAsync(SheetTable table, Stream output, string sheetName = "Ark1", CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var buffer = new MemoryStream();
        Write(table, buffer, sheetName);
        buffer.Position = 0;
        await buffer.CopyToAsync(output, cancellationToken);
    }

    private static void WritePackage(SheetTable table, Stream output, string sheetName)
    {
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        var stylesPart = workbookPart.AddNewPart<WorkbookStylesPart>();
        stylesPart.Stylesheet = XlsxStyles.Create();
        var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
        WriteWorksheet(worksheetPart, table);
        workbookPart.Workbook = new Workbook(
            new Sheets(new Sheet { Name = sheetName, SheetId = 1U, Id = workbookPart.GetIdOfPart(worksheetPart) }));
    }

    private static void WriteWorksheet(WorksheetPart part, SheetTable table)
    {
        var columns = Enumerable.Range(0, table.Header.Count).Select(ColumnName).ToArray();
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(FrozenHeaderView());
        if (columns.Length > 0)
        {
            writer.WriteElement(ColumnWidths(table));
        }

        writer.WriteStartElement(new SheetData());
        var cells = new CellWriter(writer);
        cells.WriteRow(1, columns, [.. table.Header.Select(SheetCell.FromText)], header: true);
        var number = 1;
        foreach (var row in table.Rows)
        {
            // A table that was read keeps gaps where the file had empty rows; written, the rows close up.
            cells.WriteRow(++number, columns, row.Cells, header: false);
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static string CleanText(string value)
    {
        var text = OpenXmlText.Clean(value);
        if (text.Length > MaxTextLength)
        {
            // Cutting would change what the sheet says without a word; the caller decides what to leave out.
            throw new ArgumentException($"A cell's text is {text.Length} characters; Excel holds {MaxTextLength}.", nameof(value));
        }

        return text;
    }

    // Excel counts days from 30 December 1899 (and believes 1900 was a leap year, hence the first day).
    private static int ExcelSerial(DateOnly day)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(day, FirstExcelDay);
        return day.DayNumber - new DateOnly(1899, 12, 30).DayNumber;
    }

    private static SheetViews FrozenHeaderView() =>
        new(new SheetView(
            new Pane { VerticalSplit = 1D, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
        { TabSelected = true, WorkbookViewId = 0U });

    // Wide enough for the longest text (as Excel shows it: money with separators), within 8 to 60
    // characters, so that one long description does not push the other columns out of sight.
    private static Columns ColumnWidths(SheetTable table)
    {
        var widths = table.Header.Select(h => h.Length + 2).ToArray();
        foreach (var row in table.Rows)
        {
            for (var i = 0; i < row.Cells.Count; i++)
            {
                widths[i] = Math.Max(widths[i], ShownLength(row.Cells[i]));
            }
        }

        var columns = new Columns();
        for (var i = 0; i < widths.Length; i++)
        {
            var index = (uint)(i + 1);
            columns.Append(new Column { Min = index, Max = index, Width = Math.Clamp(widths[i] + 1, 8, 60), CustomWidth = true });
        }

        return columns;
    }

    private static int ShownLength(SheetCell cell) => cell.Kind switch
    {
        SheetCellKind.Kroner => cell.Text.Length + ((cell.Text.TrimStart('-').Length - 1) / 3),
        SheetCellKind.Day => 10,
        _ => cell.Text.Length,
    };

    // 0 → A, 25 → Z, 26 → AA.
    internal static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    // Writes rows element by element rather than building a Cell object per cell: the elements below
    // only name what is written, so one of each serves the whole sheet.
    private sealed class CellWriter(OpenXmlWriter writer)
    {
        private const string NoNamespace = "";
        private readonly Row _row = new();
        private readonly Cell _cell = new();
        private readonly CellValue _value = new();
        private readonly InlineString _inline = new();
        private readonly Text _text = new();
        private readonly List<OpenXmlAttribute> _attributes = new(3);

        public void WriteRow(int number, string[] columns, IReadOnlyList<SheetCell> cells, bool header)
        {
            var rowNumber = number.ToString(CultureInfo.InvariantCulture);
            writer.WriteStartElement(_row, [new OpenXmlAttribute("r", NoNamespace, rowNumber)]);
            for (var i = 0; i < cells.Count; i++)
            {
                if (!cells[i].IsEmpty)
                {
                    WriteCell(cells[i], columns[i] + rowNumber, header);
                }
            }

            writer.WriteEndElement();
        }

        private void WriteCell(SheetCell cell, string reference, bool header)
        {
            var (type, style, value) = cell.Kind switch
            {
                SheetCellKind.Whole or SheetCellKind.Number => ((string?)null, 0U, cell.AsNumber()!.Value.ToString(CultureInfo.InvariantCulture)),
                SheetCellKind.Kroner => (null, XlsxStyles.Kroner, cell.AsKroner()!.Value.ToString(CultureInfo.InvariantCulture)),
                SheetCellKind.Day => (null, XlsxStyles.Day, ExcelSerial(cell.AsDay()!.Value).ToString(CultureInfo.InvariantCulture)),
                SheetCellKind.Boolean => ("b", 0U, cell.AsBoolean()!.Value ? "1" : "0"),
                _ => ("inlineStr", 0U, CleanText(cell.Text)),
            };
            style = header ? XlsxStyles.Header : style;

            _attributes.Clear();
            _attributes.Add(new OpenXmlAttribute("r", NoNamespace, reference));
            if (style != 0)
            {
                _attributes.Add(new OpenXmlAttribute("s", NoNamespace, style.ToString(CultureInfo.InvariantCulture)));
            }

            if (type is not null)
            {
                _attributes.Add(new OpenXmlAttribute("t", NoNamespace, type));
            }

            writer.WriteStartElement(_cell, _attributes);
            if (type == "inlineStr")
            {
                writer.WriteStartElement(_inline);
                writer.WriteStartElement(_text, OpenXmlText.NeedsPreservedSpace(value) ? [new OpenXmlAttribute("xml", "space", "http://www.w3.org/XML/1998/namespace", "preserve")] : []);
                writer.WriteString(value);
                writer.WriteEndElement();
                writer.WriteEndElement();
            }
            else
            {
                writer.WriteStartElement(_value);
                writer.WriteString(value);
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        }
    }
}
