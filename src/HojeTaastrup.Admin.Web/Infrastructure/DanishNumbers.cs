using System.Globalization;

namespace HojeTaastrup.Admin.Web.Infrastructure;

// Numbers as Danes type them and Danish Excel writes them, for every form field and file import:
// the decimal comma ("12,5"), thousands dots ("5.400.000") and a trailing "kr.". Null when the text
// is no such number, so that each caller words its own message.
public static class DanishNumbers
{
    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    // "12,5" (Danish), or "12.5" from a file made elsewhere: without a comma, a point is the decimal point.
    // No thousands separators, so "1.250" cannot be read as 1250 by one reader and 1,25 by another.
    public static decimal? ParseDecimal(string? text)
    {
        var trimmed = (text ?? "").Trim();
        var danish = trimmed.Contains(',', StringComparison.Ordinal) ? trimmed : trimmed.Replace('.', ',');
        return decimal.TryParse(danish, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, Danish, out var value) ? value : null;
    }

    // Whole kroner: "5.400.000", "5400000", "5.400.000 kr." or "5 400 000"; "5.400.000,50" is not whole.
    // Millions as finance writes them: "13,4 mio.", "13,4 mio. kr.", "2 mio" (13.400.000 and 2.000.000 kr.).
    public static long? ParseKroner(string? text)
    {
        var compact = (text ?? "")
            .Replace("kr.", "", StringComparison.OrdinalIgnoreCase)
            .Replace("kr", "", StringComparison.OrdinalIgnoreCase)
            .Replace(" ", "", StringComparison.Ordinal)
            .Replace("\u00A0", "", StringComparison.Ordinal);
        var factor = 1m;
        foreach (var millions in (string[])["mio.", "mio"])
        {
            if (compact.EndsWith(millions, StringComparison.OrdinalIgnoreCase))
            {
                compact = compact[..^millions.Length];
                factor = 1_000_000m;
                break;
            }
        }

        if (!decimal.TryParse(compact, NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, Danish, out var amount))
        {
            return null;
        }

        try
        {
            amount *= factor;
        }
        catch (OverflowException)
        {
            return null;
        }

        return amount == decimal.Truncate(amount) && amount is >= long.MinValue and <= long.MaxValue ? (long)amount : null;
    }
}
