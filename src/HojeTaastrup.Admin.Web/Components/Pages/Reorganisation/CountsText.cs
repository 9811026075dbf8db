using HojeTaastrup.Admin.Web.Features.Organisation;
using HojeTaastrup.Admin.Web.Features.Reorganisation;

namespace HojeTaastrup.Admin.Web.Components.Pages.Reorganisation;

// "16 centre og 4 enheder → 13 centre" in the UI language (OrganisationFormat.Counts; the API's
// summary is Danish).
public static class CountsText
{
    public static string Summary(ImpactView impact)
    {
        ArgumentNullException.ThrowIfNull(impact);
        return $"{OrganisationFormat.Counts(impact.CountsBefore)} → {OrganisationFormat.Counts(impact.CountsAfter)}";
    }
}
