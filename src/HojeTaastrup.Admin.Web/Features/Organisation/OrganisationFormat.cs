using System.Globalization;

namespace HojeTaastrup.Admin.Web.Features.Organisation;

public static class OrganisationFormat
{
    // FTE (årsværk) with one decimal: "24,0" / "24.0".
    public static string Fte(decimal fte, CultureInfo? culture = null) => fte.ToString("N1", culture ?? CultureInfo.CurrentCulture);
}
