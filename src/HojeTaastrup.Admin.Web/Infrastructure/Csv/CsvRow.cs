namespace HojeTaastrup.Admin.Web.Infrastructure.Csv;

// One data line of a CSV file: its line number as Excel counts (the header is line 1) and its fields by
// column name (lower case, trimmed); a column the line is too short for reads as "".
public sealed class CsvRow(int line, IReadOnlyDictionary<string, string> fields)
{
    public int Line { get; } = line;

    public string this[string column] => fields.GetValueOrDefault(column, "");
}
