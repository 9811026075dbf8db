using System.Globalization;
using System.Text;

namespace HojeTaastrup.Admin.Web.Infrastructure.Spreadsheets;

// Writes a SheetTable as the CSV Danish Excel opens with a double click: UTF-8 with a byte order mark
// (without it Excel reads "Økonomi" as Windows-1252), semicolons, CRLF, the decimal comma. Money is plain
// kroner digits ("5400000"): Danish Excel reads them as the number, and no reader can take a thousands
// dot for a decimal point. Days are dd-mm-yyyy, which Danish Excel reads as a date. DanishCsv reads back
// all of it (a text over several lines is quoted as CSV says, which DanishCsv refuses on import).
public static class DanishCsvWriter
{
    public const string ContentType = "text/csv; charset=utf-8";

    // Characters that make Excel take a text for a formula ("=HYPERLINK(…)" typed into a title): such a
    // text is written with a leading apostrophe, which SheetFiles removes again on import.
    internal const char FormulaGuard = '\'';
    internal static readonly char[] FormulaStarts = ['=', '+', '-', '@'];

    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");
    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    public static void Write(SheetTable table, Stream output)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(output);
        using var writer = Writer(output);
        foreach (var line in Lines(table))
        {
            writer.Write(line);
        }
    }

    // For an HTTP response, whose body takes no synchronous writes.
    public static async Task WriteAsync(SheetTable table, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(output);
        await using var writer = Writer(output);
        foreach (var line in Lines(table))
        {
            await writer.WriteAsync(line.AsMemory(), cancellationToken);
        }
    }

    private static StreamWriter Writer(Stream output) => new(output, Utf8WithBom, bufferSize: 64 * 1024, leaveOpen: true);

    // Every line has as many fields as the header, so Excel lines the columns up.
    private static IEnumerable<string> Lines(SheetTable table)
    {
        var line = new StringBuilder();
        yield return Line(line, table.Header.Select(SheetCell.FromText).ToList(), table.Header.Count);
        foreach (var row in table.Rows)
        {
            yield return Line(line, row.Cells, table.Header.Count);
        }
    }

    private static string Line(StringBuilder line, IReadOnlyList<SheetCell> cells, int width)
    {
        line.Clear();
        for (var i = 0; i < width; i++)
        {
            if (i > 0)
            {
                line.Append(';');
            }

            if (i < cells.Count)
            {
                line.Append(Field(cells[i]));
            }
        }

        return line.Append("\r\n").ToString();
    }

    internal static string Field(SheetCell cell) => cell.Kind switch
    {
        SheetCellKind.Empty => "",
        SheetCellKind.Text => Quoted(Guarded(cell.Text)),
        SheetCellKind.Number => cell.AsNumber()!.Value.ToString(Danish),
        SheetCellKind.Day => cell.AsDay()!.Value.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture),
        SheetCellKind.Boolean => cell.AsBoolean()!.Value ? "SAND" : "FALSK",
        // Whole and Kroner: digits and a minus, nothing else.
        _ => cell.AsKroner()!.Value.ToString(CultureInfo.InvariantCulture),
    };

    private static string Guarded(string text) =>
        text.Length > 0 && Array.IndexOf(FormulaStarts, text[0]) >= 0 ? FormulaGuard + text : text;

    // A field with a separator, a quote, a line break or spaces at either end is quoted, quotes doubled.
    private static string Quoted(string text) =>
        text.AsSpan().IndexOfAny(";\"\r\n") >= 0 || text.Trim().Length != text.Length
            ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : text;
}
