using System.Security.Claims;

namespace HojeTaastrup.Admin.Web.Components.Layout;

public static class UserDisplay
{
    // Set at sign-in from AdminUser.DisplayName (AdminClaimsPrincipalFactory.DisplayNameClaim).
    public const string DisplayNameClaim = "display_name";

    // "Bente Hansen" rather than "bente.hansen"; the user name when no display name is known.
    public static string DisplayName(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var displayName = user.FindFirst(DisplayNameClaim)?.Value;
        return string.IsNullOrWhiteSpace(displayName) ? user.Identity?.Name ?? "" : displayName;
    }
}
