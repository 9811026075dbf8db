using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;

namespace HojeTaastrup.Admin.Web.Features.Organisation;

// Says where in an imported JSON document a problem is: "Centre nr. 2 (kind): ".
public static partial class OrganisationImportMessages
{
    public static string Where<T>(string propertyName, IStringLocalizer<T> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var match = ItemPath().Match(propertyName ?? "");
        if (!match.Success)
        {
            return "";
        }

        var number = int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) + 1;
        return text["Import_Where_" + match.Groups[1].Value, number] + ": ";
    }

    [GeneratedRegex(@"^(Directorates|Centres|Units)\[(\d+)\]")]
    private static partial Regex ItemPath();
}
