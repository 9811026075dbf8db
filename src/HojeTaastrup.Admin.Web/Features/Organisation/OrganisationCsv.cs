using System.Globalization;
using CsvHelper;
using FluentValidation;
using FluentValidation.Results;

namespace HojeTaastrup.Admin.Web.Features.Organisation;

// A CSV file with one row per unit, as Danish Excel saves it (semicolons, "12,5"), read into the same
// OrganisationDocument that the JSON import takes. Columns, by header:
//   direktørområde;direktør;centerkode;centernavn;type;afdeling;årsværk;lønsum
// A row without afdeling gives a centre without units. Every problem is reported with its line number
// (the header is line 1, as in Excel), and nothing is imported while there is one.
public static class OrganisationCsv
{
    public static readonly IReadOnlyList<string> Columns =
        ["direktørområde", "direktør", "centerkode", "centernavn", "type", "afdeling", "årsværk", "lønsum"];

    private static readonly OrganisationDocumentValidator Validator = new();

    public static OrganisationDocument Read(string text, DateOnly? effectiveFrom, string? source, long? version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (UnclosedQuoteLine(text) is { } open)
        {
            // A CSV reader would take the rest of the file as one field and import it silently.
            throw new ValidationException([new ValidationFailure($"rows[{open}]", $"Linje {open}: Et anførselstegn (\") åbner et felt, som aldrig lukkes. Ret linjen og prøv igen.")]);
        }

        var rows = ReadRows(text, out var failures, cancellationToken);
        var lines = new LineMap();
        var document = failures.Count > 0 ? null : ToDocument(rows, effectiveFrom, source, version, lines, failures);
        if (document is not null)
        {
            // All problems at once, but a line that could not be read is not blamed twice.
            var unreadable = failures.Select(f => f.PropertyName).Where(p => p.StartsWith("rows[", StringComparison.Ordinal)).Select(LineKey).ToHashSet();
            var result = Validator.Validate(document);
            failures.AddRange(result.Errors.Select(lines.Translate).Where(f => !unreadable.Contains(LineKey(f.PropertyName))));
        }

        return failures.Count == 0 ? document! : throw new ValidationException(failures);
    }

    private sealed record Row(int Line, string Directorate, string Director, string Code, string CentreName, string Kind, string Unit, string Fte, string Payroll);

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

    private static List<Row> ReadRows(string text, out List<ValidationFailure> failures, CancellationToken cancellationToken)
    {
        failures = [];
        // The separator is detected (";" from Danish Excel, "," or tab from elsewhere).
        var options = new CsvReaderOptions { HasHeader = true, TrackLineNumbers = true, TrimWhitespace = true };
        using var csv = CsvReader.FromText(text.TrimStart('\uFEFF'), options);
        if (csv.Headers is not { Count: > 0 } headers)
        {
            failures.Add(new ValidationFailure("file", "Filen er tom. Første linje skal være overskrifterne: " + string.Join(";", Columns) + "."));
            return [];
        }

        var header = headers.Select(h => h.Trim().ToLowerInvariant()).ToList();
        var index = Columns.ToDictionary(c => c, c => header.IndexOf(c));
        var missing = index.Where(pair => pair.Value < 0).Select(pair => pair.Key).ToList();
        if (missing.Count > 0)
        {
            failures.Add(new ValidationFailure("file", $"Linje 1: Kolonnen {string.Join(", ", missing)} mangler. Overskrifterne skal være: {string.Join(";", Columns)}."));
            return [];
        }

        var rows = new List<Row>();
        while (csv.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            string Field(string column) => index[column] < csv.FieldCount ? (csv.GetString(index[column]) ?? string.Empty).Trim() : string.Empty;
            var row = new Row(
                (int)csv.LineNumber,
                Field("direktørområde"),
                Field("direktør"),
                Field("centerkode"),
                Field("centernavn"),
                Field("type"),
                Field("afdeling"),
                Field("årsværk"),
                Field("lønsum"));
            if (new[] { row.Directorate, row.Director, row.Code, row.CentreName, row.Kind, row.Unit, row.Fte, row.Payroll }.Any(f => f.Contains('\n', StringComparison.Ordinal) || f.Contains('\r', StringComparison.Ordinal)))
            {
                // Quotes that close lines later swallow the lines between into one field.
                failures.Add(new ValidationFailure($"rows[{row.Line}]", $"Linje {row.Line}: Et felt strækker sig over flere linjer. Tjek anførselstegnene (\") i linjen."));
            }
            else if (new[] { row.Directorate, row.Code, row.CentreName, row.Unit, row.Fte, row.Payroll }.Any(f => f.Length > 0))
            {
                rows.Add(row);
            }
        }

        if (rows.Count == 0 && failures.Count == 0)
        {
            failures.Add(new ValidationFailure("file", "Filen har ingen rækker under overskrifterne."));
        }

        return rows;
    }

    private static OrganisationDocument ToDocument(List<Row> rows, DateOnly? effectiveFrom, string? source, long? version, LineMap lines, List<ValidationFailure> failures)
    {
        var directorates = new List<DirectorateItem>();
        var centres = new List<CentreItem>();
        var units = new List<UnitItem>();
        var directorateIndex = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var centreIndex = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows)
        {
            if (!directorateIndex.TryGetValue(row.Directorate, out var directorate))
            {
                directorateIndex[row.Directorate] = directorates.Count;
                lines.Directorates.Add(row.Line);
                directorates.Add(new DirectorateItem(row.Directorate, row.Director));
            }
            else if (row.Director.Length > 0 && directorates[directorate].Director is { Length: > 0 } director && !Same(director, row.Director))
            {
                Fail(failures, row, "direktør", $"Direktørområdet {row.Directorate} har direktøren {director} i linje {lines.Directorates[directorate]}, men {row.Director} her.");
            }

            if (!centreIndex.TryGetValue(row.Code, out var centre))
            {
                centreIndex[row.Code] = centres.Count;
                lines.Centres.Add(row.Line);
                centres.Add(new CentreItem(row.Code, row.CentreName, row.Directorate, row.Kind.Length == 0 ? "center" : row.Kind));
            }
            else if (!SameCentre(centres[centre], row))
            {
                Fail(failures, row, "centerkode", $"Centret {row.Code} står med et andet navn, en anden type eller et andet direktørområde i linje {lines.Centres[centre]}.");
            }

            if (row.Unit.Length > 0)
            {
                lines.Units.Add(row.Line);
                units.Add(new UnitItem(null, row.Unit, row.Code, ParseFte(failures, row), ParsePayroll(failures, row)));
            }
            else if (row.Fte.Length > 0 || row.Payroll.Length > 0)
            {
                Fail(failures, row, "afdeling", "Årsværk og lønsum hører til en afdeling: udfyld afdelingen.");
            }
        }

        return new OrganisationDocument(effectiveFrom, source, version, directorates, centres, units);
    }

    private static bool SameCentre(CentreItem centre, Row row) =>
        (row.CentreName.Length == 0 || Same(centre.Name, row.CentreName))
        && (row.Kind.Length == 0 || Same(centre.Kind, row.Kind))
        && Same(centre.Directorate, row.Directorate);

    // "12,5" as Danish Excel writes it; "12.5" is taken as a decimal point too (a file from elsewhere).
    private static decimal? ParseFte(List<ValidationFailure> failures, Row row)
    {
        if (OrganisationFormat.ParseFte(row.Fte) is { } fte)
        {
            return fte;
        }

        Fail(failures, row, "årsværk", $"Årsværk '{row.Fte}' er ikke et tal. Skriv fx 12,5.");
        return null;
    }

    // Whole kroner: "8.360.000", "8360000" or "8.360.000 kr.".
    private static long? ParsePayroll(List<ValidationFailure> failures, Row row)
    {
        if (OrganisationFormat.ParsePayroll(row.Payroll) is { } payroll)
        {
            return payroll;
        }

        Fail(failures, row, "lønsum", $"Lønsummen '{row.Payroll}' er ikke et beløb i hele kroner. Skriv fx 8.360.000.");
        return null;
    }

    // "rows[7].årsværk" → "rows[7]".
    private static string LineKey(string propertyName)
    {
        var end = propertyName.IndexOf(']', StringComparison.Ordinal);
        return end < 0 ? propertyName : propertyName[..(end + 1)];
    }

    private static void Fail(List<ValidationFailure> failures, Row row, string column, string message) =>
        failures.Add(new ValidationFailure($"rows[{row.Line}].{column}", $"Linje {row.Line}: {message}"));

    private static bool Same(string? a, string? b) => string.Equals(a?.Trim(), b?.Trim(), StringComparison.OrdinalIgnoreCase);

    // Which line each directorate, centre and unit of the document came from (its first mention).
    private sealed class LineMap
    {
        private static readonly Dictionary<string, string> ColumnOf = new(StringComparer.Ordinal)
        {
            ["Director"] = "direktør",
            ["Code"] = "centerkode",
            ["Kind"] = "type",
            ["Directorate"] = "direktørområde",
            ["Centre"] = "centerkode",
            ["Fte"] = "årsværk",
            ["Payroll"] = "lønsum",
        };

        public List<int> Directorates { get; } = [];

        public List<int> Centres { get; } = [];

        public List<int> Units { get; } = [];

        // "Units[3].Fte" → "rows[7].årsværk" with "Linje 7: …".
        public ValidationFailure Translate(ValidationFailure failure)
        {
            var match = System.Text.RegularExpressions.Regex.Match(failure.PropertyName, @"^(Directorates|Centres|Units)\[(\d+)\](?:\.(\w+))?$");
            if (!match.Success)
            {
                return failure;
            }

            var list = match.Groups[1].Value switch
            {
                "Directorates" => Directorates,
                "Centres" => Centres,
                _ => Units,
            };
            var line = list[int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture)];
            var property = match.Groups[3].Value;
            var field = property switch
            {
                "" => "række",
                "Name" => list == Directorates ? "direktørområde" : list == Centres ? "centernavn" : "afdeling",
                _ => ColumnOf.GetValueOrDefault(property, property),
            };
            return new ValidationFailure($"rows[{line}].{field}", $"Linje {line}: {failure.ErrorMessage}");
        }
    }
}
