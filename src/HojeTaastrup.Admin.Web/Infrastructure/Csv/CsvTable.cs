using FluentValidation.Results;

namespace HojeTaastrup.Admin.Web.Infrastructure.Csv;

// What DanishCsv read: the data rows, or the reasons the file could not be read (each naming its line).
// Failures use the property name "rows[<line>]" ("rows[<line>].<column>" for a field), or "file" for the
// file as a whole, so that an import reports every problem of a file in one answer and a page can list them.
public sealed record CsvTable(IReadOnlyList<CsvRow> Rows, IReadOnlyList<ValidationFailure> Failures)
{
    public bool IsValid => Failures.Count == 0;

    // The columns the rows hold, in the order asked for (the expected ones, then the optional ones the file had).
    public IReadOnlyList<string> Columns { get; init; } = [];

    // "Linje 7: <message>" at rows[7].<column>, the shape every CSV import reports a field problem in.
    public static ValidationFailure Failure(int line, string? column, string message) =>
        new(column is null ? $"rows[{line}]" : $"rows[{line}].{column}", $"Linje {line}: {message}");
}
