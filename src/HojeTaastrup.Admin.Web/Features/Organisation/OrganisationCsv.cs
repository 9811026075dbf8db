using System.Globalization;
using FluentValidation;
using FluentValidation.Results;
using HojeTaastrup.Admin.Web.Infrastructure;
using HojeTaastrup.Admin.Web.Infrastructure.Csv;

namespace HojeTaastrup.Admin.Web.Features.Organisation;

// A CSV file with one row per unit, as Danish Excel saves it (semicolons, "12,5"), read (Infrastructure/Csv)
// into the same OrganisationImportInput that the JSON import takes. Columns, by header:
//   direktørområde;direktør;centerkode;centernavn;type;afdeling;årsværk;lønsum
// A row without afdeling gives a centre without units. Every problem is reported with its line number
// (the header is line 1, as in Excel), and nothing is imported while there is one.
public static class OrganisationCsv
{
    public static readonly IReadOnlyList<string> Columns =
        ["direktørområde", "direktør", "centerkode", "centernavn", "type", "afdeling", "årsværk", "lønsum"];

    private static readonly OrganisationImportInputValidator Validator = new();

    public static OrganisationImportInput Read(string text, DateOnly? effectiveFrom, string? source, long? version, CancellationToken cancellationToken = default)
    {
        var table = DanishCsv.Read(text, Columns, cancellationToken);
        var rows = ReadRows(table);
        var failures = table.Failures.ToList();
        if (failures.Count == 0 && rows.Count == 0)
        {
            failures.Add(new ValidationFailure("file", DanishCsv.NoRowsMessage));
        }

        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }

        var lines = new LineMap();
        var input = ToInput(rows, effectiveFrom, source, version, lines, failures);

        // All problems at once, but a line that could not be read is not blamed twice.
        var unreadable = failures.Select(f => LineKey(f.PropertyName)).ToHashSet();
        var result = Validator.Validate(input);
        failures.AddRange(result.Errors.Select(lines.Translate).Where(f => !unreadable.Contains(LineKey(f.PropertyName))));
        return failures.Count == 0 ? input : throw new ValidationException(failures);
    }

    private sealed record Row(int Line, string Directorate, string Director, string Code, string CentreName, string Kind, string Unit, string Fte, string Payroll);

    // A line with only a director or a type says nothing to import and is passed over, like an empty one.
    private static List<Row> ReadRows(CsvTable table) =>
        table.Rows
            .Select(r => new Row(r.Line, r["direktørområde"], r["direktør"], r["centerkode"], r["centernavn"], r["type"], r["afdeling"], r["årsværk"], r["lønsum"]))
            .Where(row => new[] { row.Directorate, row.Code, row.CentreName, row.Unit, row.Fte, row.Payroll }.Any(f => f.Length > 0))
            .ToList();

    private static OrganisationImportInput ToInput(List<Row> rows, DateOnly? effectiveFrom, string? source, long? version, LineMap lines, List<ValidationFailure> failures)
    {
        var directorates = new List<DirectorateImportInput>();
        var centres = new List<CentreImportInput>();
        var units = new List<UnitImportInput>();
        var directorateIndex = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var centreIndex = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows)
        {
            if (!directorateIndex.TryGetValue(row.Directorate, out var directorate))
            {
                directorateIndex[row.Directorate] = directorates.Count;
                lines.Directorates.Add(row.Line);
                directorates.Add(new DirectorateImportInput(row.Directorate, row.Director));
            }
            else if (row.Director.Length > 0 && directorates[directorate].Director is { Length: > 0 } director && !Same(director, row.Director))
            {
                Fail(failures, row, "direktør", $"Direktørområdet {row.Directorate} har direktøren {director} i linje {lines.Directorates[directorate]}, men {row.Director} her.");
            }

            if (!centreIndex.TryGetValue(row.Code, out var centre))
            {
                centreIndex[row.Code] = centres.Count;
                lines.Centres.Add(row.Line);
                centres.Add(new CentreImportInput(row.Code, row.CentreName, row.Directorate, row.Kind.Length == 0 ? "center" : row.Kind));
            }
            else if (!SameCentre(centres[centre], row))
            {
                Fail(failures, row, "centerkode", $"Centret {row.Code} står med et andet navn, en anden type eller et andet direktørområde i linje {lines.Centres[centre]}.");
            }

            if (row.Unit.Length > 0)
            {
                lines.Units.Add(row.Line);
                units.Add(new UnitImportInput(null, row.Unit, row.Code, ParseFte(failures, row), ParsePayroll(failures, row)));
            }
            else if (row.Fte.Length > 0 || row.Payroll.Length > 0)
            {
                Fail(failures, row, "afdeling", "Årsværk og lønsum hører til en afdeling: udfyld afdelingen.");
            }
        }

        return new OrganisationImportInput(effectiveFrom, source, version, directorates, centres, units);
    }

    private static bool SameCentre(CentreImportInput centre, Row row) =>
        (row.CentreName.Length == 0 || Same(centre.Name, row.CentreName))
        && (row.Kind.Length == 0 || Same(centre.Kind, row.Kind))
        && Same(centre.Directorate, row.Directorate);

    // "12,5" as Danish Excel writes it; "12.5" is taken as a decimal point too (a file from elsewhere).
    private static decimal? ParseFte(List<ValidationFailure> failures, Row row)
    {
        if (DanishNumbers.ParseDecimal(row.Fte) is { } fte)
        {
            return fte;
        }

        Fail(failures, row, "årsværk", $"Årsværk '{row.Fte}' er ikke et tal. Skriv fx 12,5.");
        return null;
    }

    // Whole kroner: "8.360.000", "8360000" or "8.360.000 kr.".
    private static long? ParsePayroll(List<ValidationFailure> failures, Row row)
    {
        if (DanishNumbers.ParseKroner(row.Payroll) is { } payroll)
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
        failures.Add(CsvTable.Failure(row.Line, column, message));

    private static bool Same(string? a, string? b) => string.Equals(a?.Trim(), b?.Trim(), StringComparison.OrdinalIgnoreCase);

    // Which line each directorate, centre and unit of the input came from (its first mention).
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
