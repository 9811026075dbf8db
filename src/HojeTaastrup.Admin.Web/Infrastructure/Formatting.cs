using System.Globalization;
using HojeTaastrup.Admin.Domain.Common;

namespace HojeTaastrup.Admin.Web.Infrastructure;

// How the UI writes days, instants, amounts and counts. Each takes the culture to use; by default the
// current one, which the request localization (or the circuit) sets.
public static class Formatting
{
    // "4. juni 2010" / "4 June 2010".
    public static string Day(DateOnly day, CultureInfo? culture = null)
    {
        culture ??= CultureInfo.CurrentCulture;
        return day.ToString(DayPattern(culture), culture);
    }

    // The pattern Day writes with, for date pickers: "d. MMMM yyyy" / "d MMMM yyyy".
    public static string DayPattern(CultureInfo? culture = null) =>
        IsDanish(culture ?? CultureInfo.CurrentCulture) ? "d. MMMM yyyy" : "d MMMM yyyy";

    // A typed day as people write it: "1. januar 2005", "1-1-2005", "01.01.2005", "1/1/2005" or ISO "2005-01-01".
    public static DateOnly? ParseDay(string? text, CultureInfo? culture = null)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        culture ??= CultureInfo.CurrentCulture;
        string[] patterns = [DayPattern(culture), "d. MMM yyyy", "d MMMM yyyy", "d-M-yyyy", "d.M.yyyy", "d/M/yyyy", "yyyy-MM-dd"];
        return DateOnly.TryParseExact(text.Trim(), patterns, culture, DateTimeStyles.AllowWhiteSpaces, out var day) ? day : null;
    }

    // "4. juni 2010 kl. 14.05" / "4 June 2010, 14:05", in Copenhagen time.
    public static string Instant(DateTimeOffset instant, CultureInfo? culture = null)
    {
        culture ??= CultureInfo.CurrentCulture;
        var local = MunicipalClock.ToLocal(instant);
        var day = Day(DateOnly.FromDateTime(local.DateTime), culture);
        return IsDanish(culture)
            ? $"{day} kl. {local.ToString("HH.mm", culture)}"
            : $"{day}, {local.ToString("HH:mm", culture)}";
    }

    // "13,4 mio. kr." / "65.000 kr." (Money knows the Danish rules).
    public static string Amount(Money amount, CultureInfo? culture = null) => amount.ToString(null, culture ?? CultureInfo.CurrentCulture);

    // "1.234" / "1,234".
    public static string Count(long count, CultureInfo? culture = null) => count.ToString("N0", culture ?? CultureInfo.CurrentCulture);

    private static bool IsDanish(CultureInfo culture) => culture.TwoLetterISOLanguageName == "da";
}
