using System.Resources;
using Microsoft.Extensions.Localization;

// The neutral resources (Ui.resx, Account.resx …) are Danish; English lives in the "en" satellite assembly.
[assembly: NeutralResourcesLanguage("da")]

namespace HojeTaastrup.Admin.Web.Resources;

public static class UiText
{
    // Role ids (Roles.Administrator …) are English in code and the API; people see the Danish names.
    public static string RoleName(this IStringLocalizer<Ui> text, string role)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text["Role_" + role];
    }
}
