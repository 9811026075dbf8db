using FluentValidation.Results;
using HojeTaastrup.Admin.Web.Infrastructure.Csv;

namespace HojeTaastrup.Admin.Web.Infrastructure.Spreadsheets;

// The one way an import reads an uploaded file, CSV or XLSX: the same SheetTable (cells by column name,
// rows numbered as Excel shows them) and the same failures, so that an import validates its rows once.
// The bytes decide the format, not the name or the browser's content type: an XLSX file is a zip
// ("PK\x03\x04"); anything else is read as CSV by DanishCsv. Every expected column must be in the header
// (any order, any case); other columns are ignored.
public static class SheetFiles
{
    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] OldExcelSignature = [0xD0, 0xCF, 0x11, 0xE0];

    public const string OldExcelMessage = "Filen er i det gamle Excel-format (.xls). Gem den som Excel-projektmappe (.xlsx) eller CSV, og prøv igen.";

    public static Task<SheetRead> ReadAsync(Stream stream, string? fileName, IReadOnlyList<string> columns, SheetLimits limits, CancellationToken cancellationToken = default) =>
        ReadAsync(stream, fileName, new SheetColumns(columns), limits, cancellationToken);

    public static async Task<SheetRead> ReadAsync(Stream stream, string? fileName, SheetColumns columns, SheetLimits limits, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(limits);
        var namedXlsx = fileName?.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) == true;
        using var buffer = new MemoryStream();
        if (!await CopyBoundedAsync(stream, buffer, limits.MaxFileBytes, cancellationToken))
        {
            return SheetRead.Refused(namedXlsx ? SheetFormat.Xlsx : SheetFormat.Csv, limits.TooLargeMessage);
        }

        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        if (bytes.StartsWith(ZipSignature))
        {
            return WithColumns(XlsxReader.Read(buffer, limits, cancellationToken), columns.Required);
        }

        if (bytes.StartsWith(OldExcelSignature))
        {
            return SheetRead.Refused(SheetFormat.Xlsx, OldExcelMessage);
        }

        if (namedXlsx || fileName?.EndsWith(".xls", StringComparison.OrdinalIgnoreCase) == true)
        {
            return SheetRead.Refused(SheetFormat.Xlsx, SheetRead.NotXlsxMessage);
        }

        return ReadCsv(CsvText.Decode(bytes), columns, limits, cancellationToken);
    }

    private static SheetRead ReadCsv(string text, SheetColumns columns, SheetLimits limits, CancellationToken cancellationToken)
    {
        var csv = DanishCsv.Read(text, columns.Required, columns.Optional, columns.MultiLine, cancellationToken);
        if (csv.Rows.Count > limits.MaxRows)
        {
            return SheetRead.Refused(SheetFormat.Csv, limits.TooManyRowsMessage);
        }

        var read = csv.Columns.Count > 0 ? csv.Columns : columns.Required;
        var table = new SheetTable(read);
        foreach (var row in csv.Rows)
        {
            table.AddRow(row.Line, [.. read.Select(c => SheetCell.FromText(Unguarded(row[c])))]);
        }

        return new SheetRead(SheetFormat.Csv, table, csv.Failures);
    }

    // The apostrophe DanishCsvWriter puts before a text Excel would take for a formula.
    private static string Unguarded(string field) =>
        field.Length > 1 && field[0] == DanishCsvWriter.FormulaGuard && Array.IndexOf(DanishCsvWriter.FormulaStarts, field[1]) >= 0 ? field[1..] : field;

    // DanishCsv checks the columns itself; an Excel sheet is checked here, with the same words.
    private static SheetRead WithColumns(SheetRead read, IReadOnlyList<string> columns)
    {
        if (!read.IsValid && read.Table.Header.Count == 0)
        {
            return read;
        }

        var missing = columns.Where(c => read.Table.IndexOf(c) < 0).ToList();
        if (missing.Count > 0)
        {
            return read with
            {
                Table = new SheetTable([]),
                Failures = [new ValidationFailure("file", $"Række 1: Kolonnen {string.Join(", ", missing)} mangler. Overskrifterne skal være: {string.Join(";", columns)}.")],
            };
        }

        return read.Table.Rows.Count == 0 && read.IsValid
            ? read with { Failures = [new ValidationFailure("file", DanishCsv.NoRowsMessage)] }
            : read;
    }

    private static async Task<bool> CopyBoundedAsync(Stream source, MemoryStream target, long maxBytes, CancellationToken cancellationToken)
    {
        var chunk = new byte[81920];
        int read;
        while ((read = await source.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (target.Length + read > maxBytes)
            {
                return false;
            }

            target.Write(chunk, 0, read);
        }

        target.Position = 0;
        return true;
    }
}

// The columns an import reads: every Required one must be in the header (lower case, as DanishCsv compares); the
// header's other columns are read when Optional says so (an Excel sheet keeps them all anyway); MultiLine names the
// columns whose CSV field may hold line breaks (an Excel cell over several lines).
public sealed record SheetColumns(IReadOnlyList<string> Required, Func<string, bool>? Optional = null, IReadOnlyCollection<string>? MultiLine = null);
