using System.Globalization;
using HojeTaastrup.Admin.Domain.Organisation;

namespace HojeTaastrup.Admin.Web.Features.Organisation;

// How the organisation's numbers are written; they are read by Infrastructure/DanishNumbers.
public static class OrganisationFormat
{
    // FTE (årsværk) with one decimal: "24,0" / "24.0".
    public static string Fte(decimal fte, CultureInfo? culture = null) => fte.ToString("N1", culture ?? CultureInfo.CurrentCulture);

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
