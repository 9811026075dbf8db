using System.Globalization;

namespace HojeTaastrup.Admin.Web.Infrastructure.Spreadsheets;

public enum SheetCellKind
{
    Empty,
    Text,
    Whole,
    Number,
    Day,
    Kroner,
    Boolean,
}

// One cell of a sheet, typed so that a writer knows a number from a text (an XLSX number cell, a Danish
// decimal comma in CSV) and a reader can hand an import the same value from either format: a CSV field is
// always Text, and the As* methods read Danish text ("5.400.000", "12,5", "04-06-2010") as well as typed
// XLSX values. Null from an As* method means "not such a value", so the import words its own message.
public readonly record struct SheetCell
{
    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    private readonly string? _text;
    private readonly decimal _number;

    private SheetCell(SheetCellKind kind, string? text, decimal number)
    {
        Kind = kind;
        _text = text;
        _number = number;
    }

    public static SheetCell Empty { get; }

    public SheetCellKind Kind { get; }

    public bool IsEmpty => Kind == SheetCellKind.Empty;

    // The cell as text, for text columns and messages: numbers in Danish without thousands separators
    // ("12,5", "5400000"), days as dd-MM-yyyy, so the Danish parsers read it back.
    public string Text => Kind switch
    {
        SheetCellKind.Empty => "",
        SheetCellKind.Text => _text!,
        SheetCellKind.Day => AsDay()!.Value.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture),
        SheetCellKind.Boolean => _number != 0 ? "SAND" : "FALSK",
        _ => _number.ToString(Danish),
    };

    // A blank text is an empty cell: an import treats " " like nothing typed.
    public static SheetCell FromText(string? text) =>
        string.IsNullOrWhiteSpace(text) ? Empty : new(SheetCellKind.Text, text, 0);

    public static SheetCell FromWhole(long value) => new(SheetCellKind.Whole, null, value);

    public static SheetCell FromNumber(decimal value) => new(SheetCellKind.Number, null, value);

    public static SheetCell FromKroner(long kroner) => new(SheetCellKind.Kroner, null, kroner);

    // A day is kept as its day number, so that the struct stays two fields wide.
    public static SheetCell FromDay(DateOnly day) => new(SheetCellKind.Day, null, day.DayNumber);

    public static SheetCell FromBoolean(bool value) => new(SheetCellKind.Boolean, null, value ? 1 : 0);

    public static implicit operator SheetCell(string? text) => FromText(text);

    public decimal? AsNumber() => Kind switch
    {
        SheetCellKind.Whole or SheetCellKind.Number or SheetCellKind.Kroner => _number,
        SheetCellKind.Text => DanishNumbers.ParseDecimal(_text),
        _ => null,
    };

    // Whole numbers (years, counts): no thousands separators in text, so "2.027" is not a year.
    public long? AsWhole() => Kind switch
    {
        SheetCellKind.Whole or SheetCellKind.Number or SheetCellKind.Kroner => WholeOrNull(_number),
        SheetCellKind.Text => long.TryParse(_text!.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null,
        _ => null,
    };

    // Whole kroner: a number cell that is whole, or Danish text ("5.400.000", "5400000 kr.").
    public long? AsKroner() => Kind switch
    {
        SheetCellKind.Whole or SheetCellKind.Number or SheetCellKind.Kroner => WholeOrNull(_number),
        SheetCellKind.Text => DanishNumbers.ParseKroner(_text),
        _ => null,
    };

    public DateOnly? AsDay() => Kind switch
    {
        SheetCellKind.Day => DateOnly.FromDayNumber((int)_number),
        // "04-06-2010" as Danish Excel writes a day in CSV, or "4. juni 2010", "2010-06-04" and the like.
        SheetCellKind.Text => Formatting.ParseDay(_text, Danish),
        _ => null,
    };

    public bool? AsBoolean() => Kind switch
    {
        SheetCellKind.Boolean => _number != 0,
        SheetCellKind.Text => _text!.Trim().ToUpperInvariant() switch
        {
            "SAND" or "JA" or "TRUE" or "1" => true,
            "FALSK" or "NEJ" or "FALSE" or "0" => false,
            _ => null,
        },
        _ => null,
    };

    public override string ToString() => Text;

    private static long? WholeOrNull(decimal number) =>
        number == decimal.Truncate(number) && number is >= long.MinValue and <= long.MaxValue ? (long)number : null;
}
