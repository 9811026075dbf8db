using System.Globalization;
using HojeTaastrup.Admin.Domain.Organisation;

namespace HojeTaastrup.Admin.Web.Features.Organisation;

public static class OrganisationFormat
{
    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    // FTE (årsværk) with one decimal: "24,0" / "24.0".
    public static string Fte(decimal fte, CultureInfo? culture = null) => fte.ToString("N1", culture ?? CultureInfo.CurrentCulture);

    // As typed by a person: "12,5" (Danish), or "12.5"; null when it is no number.
    public static decimal? ParseFte(string? text)
    {
        var trimmed = (text ?? "").Trim();
        var danish = trimmed.Contains(',', StringComparison.Ordinal) ? trimmed : trimmed.Replace('.', ',');
        return decimal.TryParse(danish, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, Danish, out var fte) ? fte : null;
    }

    // Whole kroner as a person types them: "8.360.000", "8360000" or "8.360.000 kr."; null otherwise.
    public static long? ParsePayroll(string? text)
    {
        var compact = (text ?? "")
            .Replace("kr.", "", StringComparison.OrdinalIgnoreCase)
            .Replace(" ", "", StringComparison.Ordinal)
            .Replace("\u00A0", "", StringComparison.Ordinal);
        return decimal.TryParse(compact, NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, Danish, out var amount)
            && amount == decimal.Truncate(amount) && amount is >= long.MinValue and <= long.MaxValue
            ? (long)amount
            : null;
    }

    // "16 centre og 4 enheder" (the domain's Danish sentence) / "16 centres and 4 units".
    public static string Counts(CentreCounts counts, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(counts);
        culture ??= CultureInfo.CurrentCulture;
        if (culture.TwoLetterISOLanguageName == "da")
        {
            return counts.Describe();
        }

        var parts = new List<string>();
        AddPart(parts, counts.Centres, "centre", "centres");
        AddPart(parts, counts.Staffs, "staff", "staffs");
        AddPart(parts, counts.UnitCentres, "unit", "units");
        return parts.Count switch
        {
            0 => "no centres",
            1 => parts[0],
            _ => $"{string.Join(", ", parts[..^1])} and {parts[^1]}",
        };
    }

    private static void AddPart(List<string> parts, int count, string one, string many)
    {
        if (count > 0)
        {
            parts.Add($"{count} {(count == 1 ? one : many)}");
        }
    }
}
