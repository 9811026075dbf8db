using System.Globalization;
using System.Text.RegularExpressions;
using FluentValidation;
using FluentValidation.Results;

namespace HojeTaastrup.Admin.Web.Features.Savings;

// What the catalogue's export gives and its import answers (SavingsExchangeService), for the pages and the API.
public enum ExportFormat
{
    Csv,
    Xlsx,
}

public sealed record ExportFile(string FileName, string ContentType, byte[] Content);

// A row as the import read it (its number as the file counts it, header = 1): what it would create. OwnerCentreName
// is the name of that code in today's organisation (null when there is no such centre).
public sealed record ImportRowView(int Row, string Number, string Title, string OwnerCentre, string? OwnerCentreName, IReadOnlyList<AmountView> Amounts);

// One problem in one row, at the column the export names it by ("Beløb 2027"); Column null: the row as a whole.
public sealed record ImportRowError(int Row, string? Column, string Message)
{
    // The key in the API's errors: "rows[12].Beløb 2027" (or "rows[12]").
    public string Key => Column is null ? $"rows[{Row}]" : $"rows[{Row}].{Column}";
}

// RowLabel: how the file counts its rows, "Række" in an Excel sheet, "Linje" in a CSV file (decision 0006).
public sealed record ImportPreview(int RowCount, IReadOnlyList<ImportRowView> Rows, IReadOnlyList<ImportRowError> Errors, string RowLabel = "Række")
{
    public bool CanImport => Errors.Count == 0 && RowCount > 0;
}

public sealed record ImportResult(Guid ProgrammeId, int Created);

// The import found problems in its rows and saved nothing: a ValidationException (400 in the API, the list on the
// page) that carries the rows' errors, so that the API can answer them per row.
public class ImportRefusedException : ValidationException
{
    public ImportRefusedException(IReadOnlyList<ImportRowError> rowErrors, string rowLabel)
        : base(
            $"Intet er importeret: {(rowErrors ?? throw new ArgumentNullException(nameof(rowErrors))).Count} fejl i filen.",
            rowErrors.Select(e => new ValidationFailure(e.Key, SavingsImportErrors.Text(e, rowLabel))))
    {
        RowErrors = rowErrors;
    }

    public IReadOnlyList<ImportRowError> RowErrors { get; }
}

public sealed class SavingsImportRefusedException(ImportPreview preview)
    : ImportRefusedException((preview ?? throw new ArgumentNullException(nameof(preview))).Errors, preview.RowLabel)
{
    public ImportPreview Preview { get; } = preview;
}

internal static partial class SavingsImportErrors
{
    // "Række 12, Beløb 2027: …" in an Excel sheet, "Linje 12, …" in a CSV file, as SheetRead counts.
    public static string Text(ImportRowError error, string rowLabel) =>
        $"{rowLabel} {error.Row.ToString(CultureInfo.InvariantCulture)}{(error.Column is null ? string.Empty : $", {error.Column}")}: {error.Message}";

    // A reader's failure ("rows[7].beløb 2027", "Linje 7: …") as a row error without the prefix.
    public static ImportRowError FromReader(ValidationFailure failure)
    {
        var key = ReaderKey().Match(failure.PropertyName);
        var message = ReaderPrefix().Replace(failure.ErrorMessage, string.Empty);
        return key.Success
            ? new ImportRowError(int.Parse(key.Groups[1].Value, CultureInfo.InvariantCulture), key.Groups[2].Success ? key.Groups[2].Value : null, message)
            : new ImportRowError(1, null, message);
    }

    [GeneratedRegex(@"^rows\[(\d+)\](?:\.(.+))?$")]
    private static partial Regex ReaderKey();

    [GeneratedRegex(@"^(Linje|Række) \d+: ")]
    private static partial Regex ReaderPrefix();
}
