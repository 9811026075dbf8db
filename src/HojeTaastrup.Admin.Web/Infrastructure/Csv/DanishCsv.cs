using CsvHelper;
using FluentValidation.Results;

namespace HojeTaastrup.Admin.Web.Infrastructure.Csv;

// Reads a CSV file as Danish Excel saves it (semicolons, a byte order mark or none) into rows by column
// name, for every file import (organisation, savings, realisation). The first line names the columns
// (any order, any case); every expected column must be there. Nothing is thrown for a bad file: the
// failures say which line, so that the caller can add its own per-field ones and answer all at once.
public static class DanishCsv
{
    public const string NoRowsMessage = "Filen har ingen rækker under overskrifterne.";

    public static CsvTable Read(string text, IReadOnlyList<string> columns, CancellationToken cancellationToken = default) =>
        Read(text, columns, optional: null, multiLine: null, cancellationToken);

    // optional: other header names (lower case) to read as well when the file has them, e.g. the savings catalogue's
    // "beløb 2027" per budget year; CsvTable.Columns says which were read. multiLine: columns whose field may hold
    // line breaks, as Excel writes a cell of several lines (a description, a list of milestones); any other field
    // over several lines is still refused, as it is more likely a quote that was never closed.
    public static CsvTable Read(
        string text, IReadOnlyList<string> columns, Func<string, bool>? optional, IReadOnlyCollection<string>? multiLine, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(columns);
        text = text.TrimStart('\uFEFF');
        if (UnclosedQuoteLine(text) is { } open)
        {
            // A CSV reader would take the rest of the file as one field and import it silently.
            return Refused(CsvTable.Failure(open, null, "Et anførselstegn (\") åbner et felt, som aldrig lukkes. Ret linjen og prøv igen."));
        }

        // The separator is detected: ";" from Danish Excel, "," or tab from elsewhere.
        var options = new CsvReaderOptions { HasHeader = true, TrackLineNumbers = true, TrimWhitespace = true };
        using var csv = CsvReader.FromText(text, options);
        if (csv.Headers is not { Count: > 0 } headers)
        {
            return Refused(new ValidationFailure("file", "Filen er tom. Første linje skal være overskrifterne: " + string.Join(";", columns) + "."));
        }

        var header = headers.Select(h => h.Trim().ToLowerInvariant()).ToList();
        var read = optional is null ? columns : [.. columns, .. header.Where(h => h.Length > 0 && !columns.Contains(h) && optional(h)).Distinct()];
        var index = read.ToDictionary(c => c, c => header.IndexOf(c), StringComparer.Ordinal);
        var missing = index.Where(pair => pair.Value < 0).Select(pair => pair.Key).ToList();
        if (missing.Count > 0)
        {
            return Refused(new ValidationFailure("file", $"Linje 1: Kolonnen {string.Join(", ", missing)} mangler. Overskrifterne skal være: {string.Join(";", columns)}."));
        }

        var rows = new List<CsvRow>();
        var failures = new List<ValidationFailure>();
        while (csv.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var line = (int)csv.LineNumber;
            var fields = index.ToDictionary(
                pair => pair.Key,
                pair => pair.Value < csv.FieldCount ? (csv.GetString(pair.Value) ?? string.Empty).Trim() : string.Empty,
                StringComparer.Ordinal);
            if (fields.Any(f => multiLine?.Contains(f.Key) != true && (f.Value.Contains('\n', StringComparison.Ordinal) || f.Value.Contains('\r', StringComparison.Ordinal))))
            {
                // Quotes that close lines later swallow the lines between into one field.
                failures.Add(CsvTable.Failure(line, null, "Et felt strækker sig over flere linjer. Tjek anførselstegnene (\") i linjen."));
            }
            else if (fields.Values.Any(f => f.Length > 0))
            {
                rows.Add(new CsvRow(line, fields));
            }
        }

        if (rows.Count == 0 && failures.Count == 0)
        {
            failures.Add(new ValidationFailure("file", NoRowsMessage));
        }

        return new CsvTable(rows, failures) { Columns = read };
    }

    private static CsvTable Refused(ValidationFailure failure) => new([], [failure]);

    // The line (1-based) where a quoted field opens that the file never closes; null when all close.
    // A doubled quote inside a field toggles twice, so counting toggles is enough.
    internal static int? UnclosedQuoteLine(string text)
    {
        var line = 1;
        int? openedOn = null;
        foreach (var c in text)
        {
            if (c == '"')
            {
                openedOn = openedOn is null ? line : null;
            }
            else if (c == '\n')
            {
                line++;
            }
        }

        return openedOn;
    }
}
