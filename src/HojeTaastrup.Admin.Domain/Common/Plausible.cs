namespace HojeTaastrup.Admin.Domain.Common;

// The ranges a municipality's figures, days and texts can plausibly have. Shared by the entities
// and (for field messages) the input validators, so that an absurd value is refused at the field
// instead of overflowing a sum later: with at most 10 mia. kr. per amount, a sum overflows only
// after 900 million of them.
public static class Plausible
{
    public const long MaxKroner = 10_000_000_000;
    public const decimal MaxFte = 100_000m;

    public static readonly DateOnly FirstDay = new(1970, 1, 1);
    public static readonly DateOnly LastDay = new(2100, 12, 31);

    public const string KronerMessage = "Beløbet skal være mellem 0 og 10.000.000.000 kr.";
    public const string FteMessage = "Årsværk skal være mellem 0 og 100.000.";
    public const string DayMessage = "Datoen skal ligge mellem 1. januar 1970 og 31. december 2100.";
    public const string ControlCharacterMessage = "Teksten må ikke indeholde styretegn (fx NUL, ESC eller retningsskift).";

    public static bool IsKroner(long kroner) => kroner is >= 0 and <= MaxKroner;

    public static bool IsFte(decimal fte) => fte is >= 0 and <= MaxFte;

    public static bool IsDay(DateOnly day) => day >= FirstDay && day <= LastDay;

    public static DateOnly Day(DateOnly day) => IsDay(day) ? day : throw new DomainException(DayMessage);

    // Line breaks and tabs belong in multi-line text; other control characters (NUL, ESC, DEL, C1) and
    // the bidirectional overrides (U+202E shows "fdp.exe" as "exe.pdf") do not belong in any text.
    public static bool HasControlCharacter(string? text)
    {
        if (text is null)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (IsForbidden(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsForbidden(char c) =>
        (char.IsControl(c) && c is not ('\n' or '\r' or '\t'))
        || c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\uFEFF' or '\u200E' or '\u200F';
}
