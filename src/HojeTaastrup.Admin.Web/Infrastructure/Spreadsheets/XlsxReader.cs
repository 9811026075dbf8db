using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using FluentValidation.Results;

namespace HojeTaastrup.Admin.Web.Infrastructure.Spreadsheets;

// Reads the first sheet of an Excel workbook: the first non-empty row is the header, the rows under it
// the data (empty rows are skipped, but rows keep the numbers Excel shows). Numbers come as numbers, a
// number in a date format as a day, texts from the shared string table or inline. The sheet is read one
// row at a time (an XmlReader over the part), so memory per row stays the same however long the sheet
// is. Nothing is thrown for a bad file: the failures say why, per row where a row is the problem.
public static class XlsxReader
{
    private const string NoHeaderMessage = "Arket er tomt. Første række skal være overskrifterne.";
    private const string NotAWorksheetMessage = "Filens første ark er ikke et regneark med rækker og kolonner.";

    public static SheetRead Read(Stream stream, SheetLimits limits, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(limits);
        if (!stream.CanSeek)
        {
            // The zip directory is at the end of the file and the packaging API seeks to it; SheetFiles
            // buffers an upload (within its size limit) before it comes here.
            throw new ArgumentException("An XLSX file is read from a seekable stream.", nameof(stream));
        }

        if (stream.Length - stream.Position > limits.MaxFileBytes)
        {
            return Refused(limits.TooLargeMessage);
        }

        try
        {
            var start = stream.Position;
            if (UnpackedSize(stream) > limits.MaxUnpackedBytes)
            {
                return Refused(limits.TooLargeUnpackedMessage);
            }

            stream.Position = start;
            // The zip directory can understate a part's size; the XML reader counts what it really reads.
            var settings = new OpenSettings { MaxCharactersInPart = limits.MaxUnpackedBytes };
            using var document = SpreadsheetDocument.Open(stream, isEditable: false, settings);
            return ReadFirstSheet(document, limits, cancellationToken);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or XmlException or IOException or KeyNotFoundException or ArgumentException or InvalidOperationException)
        {
            // Not a zip, a zip that is no workbook (a Word file), a damaged part or a part id that leads
            // nowhere: what the packaging API throws differs per damage, the answer to the user does not.
            return Refused(SheetRead.NotXlsxMessage);
        }
    }

    private static SheetRead ReadFirstSheet(SpreadsheetDocument document, SheetLimits limits, CancellationToken cancellationToken)
    {
        var workbookPart = document.WorkbookPart ?? throw new InvalidDataException("No workbook part.");
        var firstSheet = workbookPart.Workbook?.Sheets?.Elements<Sheet>().FirstOrDefault();
        if (firstSheet?.Id?.Value is not { } id || workbookPart.GetPartById(id) is not WorksheetPart worksheetPart)
        {
            return Refused(NotAWorksheetMessage);
        }

        var values = new CellReader(
            SharedStrings(workbookPart.SharedStringTablePart, limits, cancellationToken),
            DateStyles(workbookPart.WorkbookStylesPart?.Stylesheet),
            workbookPart.Workbook!.WorkbookProperties?.Date1904?.Value == true);

        SheetTable? table = null;
        var failures = new List<ValidationFailure>();
        var previousRow = 0;
        foreach (var row in Rows(worksheetPart, limits))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var number = row.Number ?? previousRow + 1;
            previousRow = number;
            var cells = values.Read(row.Cells, number, table?.Header.Count, failures);
            if (table is null)
            {
                if (cells.Any(c => !c.IsEmpty))
                {
                    // Styled but empty cells after the last name are no columns.
                    var width = Array.FindLastIndex(cells, c => !c.IsEmpty) + 1;
                    table = new SheetTable(cells.Take(width).Select(c => c.Text.Trim()));
                }
            }
            else if (cells.Any(c => !c.IsEmpty))
            {
                if (table.Rows.Count == limits.MaxRows)
                {
                    return Refused(limits.TooManyRowsMessage);
                }

                table.AddRow(Math.Max(number, 2), cells);
            }
        }

        return table is null ? Refused(NoHeaderMessage) : new SheetRead(SheetFormat.Xlsx, table, failures);
    }

    // The rows of the sheet as the XML goes by, node by node: no row is built as an object tree, so memory
    // stays the same per row. A plain XmlReader rather than OpenXmlReader, which makes an object of every
    // element and reads a sheet of 10,000 rows five to ten times slower. Elements are known by local name,
    // so the Strict namespace of Open XML reads as well. A cell's text is its <v>, or for an inline string
    // the <t> elements of its <is> without the phonetic hints (<rPh>).
    private static IEnumerable<RawRow> Rows(WorksheetPart part, SheetLimits limits)
    {
        using var xml = XmlReader.Create(part.GetStream(FileMode.Open, FileAccess.Read), XmlSettings(limits));
        var row = new RawRow(null, []);
        var cell = new RawCell(null, null, null, null);
        var text = new StringBuilder();
        bool capture = false, inInline = false, inPhonetic = false;
        while (xml.Read())
        {
            switch (xml.NodeType)
            {
                case XmlNodeType.Element:
                    var empty = xml.IsEmptyElement;
                    switch (xml.LocalName)
                    {
                        case "row":
                            row = new RawRow(int.TryParse(xml.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null, []);
                            if (empty)
                            {
                                yield return row;
                            }

                            break;
                        case "c":
                            cell = new RawCell(xml.GetAttribute("r"), xml.GetAttribute("t"), xml.GetAttribute("s"), null);
                            text.Clear();
                            if (empty)
                            {
                                row.Cells.Add(cell);
                            }

                            break;
                        case "v":
                            capture = !empty;
                            break;
                        case "is":
                            inInline = !empty;
                            break;
                        case "rPh":
                            inPhonetic = !empty;
                            break;
                        case "t":
                            capture = inInline && !inPhonetic && !empty;
                            break;
                    }

                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    if (capture)
                    {
                        text.Append(xml.Value);
                    }

                    break;
                case XmlNodeType.EndElement:
                    switch (xml.LocalName)
                    {
                        case "v" or "t":
                            capture = false;
                            break;
                        case "is":
                            inInline = false;
                            break;
                        case "rPh":
                            inPhonetic = false;
                            break;
                        case "c":
                            row.Cells.Add(cell with { Value = text.Length > 0 ? text.ToString() : null });
                            break;
                        case "row":
                            yield return row;
                            break;
                    }

                    break;
            }
        }
    }

    // A cell as the file has it: reference ("B7"), type ("s", "n", "b", "inlineStr", …), style, text.
    private sealed record RawCell(string? Reference, string? Type, string? Style, string? Value);

    private sealed record RawRow(int? Number, List<RawCell> Cells);

    // The shared strings in order: each <si> is one <t>, or runs of them, less the phonetic hints.
    private static List<string> SharedStrings(SharedStringTablePart? part, SheetLimits limits, CancellationToken cancellationToken)
    {
        var strings = new List<string>();
        if (part is null)
        {
            return strings;
        }

        using var xml = XmlReader.Create(part.GetStream(FileMode.Open, FileAccess.Read), XmlSettings(limits));
        var text = new StringBuilder();
        bool capture = false, inPhonetic = false;
        while (xml.Read())
        {
            switch (xml.NodeType)
            {
                case XmlNodeType.Element when xml.LocalName == "si":
                    text.Clear();
                    if (xml.IsEmptyElement)
                    {
                        strings.Add("");
                    }

                    break;
                case XmlNodeType.Element when xml.LocalName == "rPh":
                    inPhonetic = !xml.IsEmptyElement;
                    break;
                case XmlNodeType.Element when xml.LocalName == "t":
                    capture = !inPhonetic && !xml.IsEmptyElement;
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace when capture:
                    text.Append(xml.Value);
                    break;
                case XmlNodeType.EndElement when xml.LocalName == "t":
                    capture = false;
                    break;
                case XmlNodeType.EndElement when xml.LocalName == "rPh":
                    inPhonetic = false;
                    break;
                case XmlNodeType.EndElement when xml.LocalName == "si":
                    cancellationToken.ThrowIfCancellationRequested();
                    strings.Add(text.ToString());
                    break;
            }
        }

        return strings;
    }

    // No DTDs (no entity expansion), and no part larger unpacked than the caller allows.
    private static XmlReaderSettings XmlSettings(SheetLimits limits) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = limits.MaxUnpackedBytes,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    // Per cell style: is its number format a date? Built-in 14–17 and 22 are dates (18–21 and 45–47 are
    // times of day), 27–36 and 50–58 East Asian dates; a workbook's own format is a date if it has days or years.
    private static bool[] DateStyles(Stylesheet? stylesheet)
    {
        var custom = stylesheet?.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null)
            .GroupBy(f => f.NumberFormatId!.Value)
            .ToDictionary(g => g.Key, g => g.First().FormatCode?.Value ?? "") ?? [];
        return stylesheet?.CellFormats?.Elements<CellFormat>()
            .Select(f => f.NumberFormatId?.Value is { } id && IsDateFormat(id, custom))
            .ToArray() ?? [];
    }

    internal static bool IsDateFormat(uint id, IReadOnlyDictionary<uint, string> custom) =>
        id is (>= 14 and <= 17) or 22 or (>= 27 and <= 36) or (>= 50 and <= 58)
        || (custom.TryGetValue(id, out var code) && HasDayOrYear(code));

    // "dd-mm-yyyy" is a date; "#,##0" or "0.0 \"dage\"" is not: quoted text, escaped characters and
    // [colour]/[locale] sections do not count.
    private static bool HasDayOrYear(string code)
    {
        var quoted = false;
        var bracket = false;
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (quoted)
            {
                continue;
            }
            else if (c == '\\')
            {
                i++;
            }
            else if (c == '[')
            {
                bracket = true;
            }
            else if (c == ']')
            {
                bracket = false;
            }
            else if (!bracket && c is 'd' or 'D' or 'y' or 'Y')
            {
                return true;
            }
        }

        return false;
    }

    private static long UnpackedSize(Stream stream)
    {
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        return zip.Entries.Sum(e => e.Length);
    }

    private static SheetRead Refused(string message) => SheetRead.Refused(SheetFormat.Xlsx, message);

    // What a workbook's cells mean: its shared strings, which styles are dates, and its day zero.
    private sealed class CellReader(List<string> sharedStrings, bool[] dateStyles, bool date1904)
    {
        // Excel's day zero is 30 December 1899 (1 January 1904 on old Macs: 1462 days later).
        private static readonly DateOnly DayZero = new(1899, 12, 30);

        public SheetCell[] Read(List<RawCell> row, int number, int? width, List<ValidationFailure> failures)
        {
            var cells = new List<SheetCell>();
            var column = -1;
            foreach (var cell in row)
            {
                column = cell.Reference is { } reference ? ColumnIndex(reference) : column + 1;
                if (column < 0 || (width is { } w && column >= w))
                {
                    // Past the header's last column: no name to read it by.
                    continue;
                }

                while (cells.Count <= column)
                {
                    cells.Add(SheetCell.Empty);
                }

                cells[column] = Value(cell, number, failures);
            }

            return [.. cells];
        }

        private SheetCell Value(RawCell cell, int number, List<ValidationFailure> failures)
        {
            var raw = cell.Value;
            if (cell.Type == "inlineStr")
            {
                return SheetCell.FromText(raw);
            }

            if (string.IsNullOrEmpty(raw))
            {
                return SheetCell.Empty;
            }

            switch (cell.Type)
            {
                case "s":
                    return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < sharedStrings.Count
                        ? SheetCell.FromText(sharedStrings[index])
                        : Failed(cell, number, "henviser til en tekst, som ikke findes i filen", failures);
                case "b":
                    return SheetCell.FromBoolean(raw == "1");
                case "d":
                    // Strict Open XML stores dates as ISO 8601 text.
                    return DateTime.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
                        ? SheetCell.FromDay(DateOnly.FromDateTime(instant))
                        : Failed(cell, number, "har en dato, som ikke kan læses", failures);
                case "str" or "e":
                    // A formula's text result, or an error value such as #I/T.
                    return SheetCell.FromText(raw);
            }

            if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                return Failed(cell, number, "har et tal, som ikke kan læses", failures);
            }

            if (uint.TryParse(cell.Style, NumberStyles.None, CultureInfo.InvariantCulture, out var style) && style < dateStyles.Length && dateStyles[style])
            {
                var days = (int)Math.Floor(value) + (date1904 ? 1462 : 0);
                // Serials below 61 count Excel's 29 February 1900, which never was.
                return days is >= 61 and <= 2_958_465
                    ? SheetCell.FromDay(DayZero.AddDays(days))
                    : Failed(cell, number, "har en dato uden for det, Excel kan vise", failures);
            }

            // Parsed as decimal from the text, so that 0.1 stays 0.1 (not 0.1000000000000000055…).
            return decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var exact)
                ? SheetCell.FromNumber(exact)
                : Failed(cell, number, "har et tal, som er for stort", failures);
        }

        private static SheetCell Failed(RawCell cell, int number, string problem, List<ValidationFailure> failures)
        {
            failures.Add(SheetRead.Failure(SheetFormat.Xlsx, number, null, $"Cellen {cell.Reference} {problem}."));
            return SheetCell.Empty;
        }

        // "B7" → 1, "AA3" → 26; -1 when the reference has no column letters.
        private static int ColumnIndex(string reference)
        {
            var index = 0;
            var letters = 0;
            foreach (var c in reference)
            {
                var upper = char.ToUpperInvariant(c);
                if (upper is < 'A' or > 'Z')
                {
                    break;
                }

                index = (index * 26) + (upper - 'A' + 1);
                letters++;
                if (letters > 3)
                {
                    return -1;
                }
            }

            return letters == 0 ? -1 : index - 1;
        }
    }
}
