using System.Globalization;
using FluentValidation.Results;

namespace HojeTaastrup.Admin.Web.Infrastructure.Spreadsheets;

public enum SheetFormat
{
    Csv,
    Xlsx,
}

// How much an import accepts: the uploaded file's size, the size of an XLSX file's parts once unpacked
// (a small zip can unpack to gigabytes), and the number of data rows.
public sealed record SheetLimits(long MaxFileBytes, long MaxUnpackedBytes, int MaxRows)
{
    // 10 MB and 100,000 rows hold the largest realistic import (issue 13: 10,000 finance rows) many times.
    public static SheetLimits Default { get; } = new(10 * 1024 * 1024, 200 * 1024 * 1024, 100_000);

    internal string TooManyRowsMessage => $"Filen har flere end {Formatting.Count(MaxRows, Danish)} rækker. Del den op i flere filer.";

    internal string TooLargeMessage => $"Filen er større end {Size(MaxFileBytes)}. Del den op i flere filer.";

    internal string TooLargeUnpackedMessage => $"Filen fylder mere end {Size(MaxUnpackedBytes)} udpakket. Del den op i flere filer.";

    private static CultureInfo Danish => CultureInfo.GetCultureInfo("da-DK");

    // "10 MB", "2 KB", "1,5 MB".
    private static string Size(long bytes) =>
        bytes >= 1024 * 1024
            ? (bytes / (1024d * 1024)).ToString("0.#", Danish) + " MB"
            : (bytes / 1024d).ToString("0.#", Danish) + " KB";
}

// What a reader read: the table, or the reasons the file or some of its rows could not be read. Failures
// take the shape of CsvTable's ("rows[<row>]" or "rows[<row>].<column>", "file" for the whole file) with a
// message that names the row as the format counts it: "Linje 7" in a CSV file, "Række 7" in an Excel sheet.
public sealed record SheetRead(SheetFormat Format, SheetTable Table, IReadOnlyList<ValidationFailure> Failures)
{
    public const string NotXlsxMessage = "Filen er ikke et gyldigt Excel-ark (.xlsx).";

    public bool IsValid => Failures.Count == 0;

    // The failure an import adds for a row it cannot use, in the same shape as the reader's own.
    public ValidationFailure Failure(int row, string? column, string message) => Failure(Format, row, column, message);

    internal static ValidationFailure Failure(SheetFormat format, int row, string? column, string message) =>
        new(column is null ? $"rows[{row}]" : $"rows[{row}].{column}", $"{(format == SheetFormat.Csv ? "Linje" : "Række")} {row}: {message}");

    internal static SheetRead Refused(SheetFormat format, string message) =>
        new(format, new SheetTable([]), [new ValidationFailure("file", message)]);
}
