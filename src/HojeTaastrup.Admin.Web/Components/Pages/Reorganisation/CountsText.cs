using HojeTaastrup.Admin.Domain.Organisation;
using HojeTaastrup.Admin.Web.Features.Reorganisation;
using HojeTaastrup.Admin.Web.Resources;
using Microsoft.Extensions.Localization;

namespace HojeTaastrup.Admin.Web.Components.Pages.Reorganisation;

// "16 centre og 4 enheder → 13 centre" in the UI language (the domain's CentreCounts.Describe and
// the API's summary are Danish). Kinds with none are left out, as in the domain.
public static class CountsText
{
    public static string Summary(IStringLocalizer<ReorganisationText> text, ImpactView impact)
    {
        ArgumentNullException.ThrowIfNull(impact);
        return $"{Before(text, impact)} → {After(text, impact)}";
    }

    public static string Before(IStringLocalizer<ReorganisationText> text, ImpactView impact)
    {
        ArgumentNullException.ThrowIfNull(impact);
        return Describe(text, new CentreCounts(impact.CentresBefore, impact.StaffsBefore, impact.UnitsBefore));
    }

    public static string After(IStringLocalizer<ReorganisationText> text, ImpactView impact)
    {
        ArgumentNullException.ThrowIfNull(impact);
        return Describe(text, new CentreCounts(impact.CentresAfter, impact.StaffsAfter, impact.UnitsAfter));
    }

    public static string Describe(IStringLocalizer<ReorganisationText> text, CentreCounts counts)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(counts);
        var parts = new List<string>();
        Add(parts, text, "Centre", counts.Centres);
        Add(parts, text, "Staff", counts.Staffs);
        Add(parts, text, "Unit", counts.Units);
        return parts.Count switch
        {
            0 => text["CountNone"],
            1 => parts[0],
            _ => text["CountList", string.Join(", ", parts[..^1]), parts[^1]],
        };
    }

    private static void Add(List<string> parts, IStringLocalizer<ReorganisationText> text, string kind, int count)
    {
        if (count > 0)
        {
            parts.Add(text[count == 1 ? $"Count{kind}One" : $"Count{kind}Many", count]);
        }
    }
}
