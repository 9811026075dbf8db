namespace HojeTaastrup.Admin.Domain.Administration;

// A refused step on a user account: a code for tests and clients, a Danish reason for people.
public sealed record UserRefusal(string Code, string Message);

// What an administrator may do to a user account. Pure: the caller passes who acts and which users are
// active administrators right now, so the page's buttons, the API's answer and the use case read one rule.
public static class UserAccountRules
{
    public const string SelfDisableCode = "SelfDisable";
    public const string LastAdministratorCode = "LastAdministrator";

    public static UserRefusal? Disable(string actorId, string targetId, IReadOnlyCollection<string> activeAdministratorIds)
    {
        ArgumentNullException.ThrowIfNull(activeAdministratorIds);
        if (string.Equals(actorId, targetId, StringComparison.Ordinal))
        {
            return new UserRefusal(SelfDisableCode, "Du kan ikke deaktivere dig selv. Bed en anden administrator om det.");
        }

        return IsLastAdministrator(targetId, activeAdministratorIds)
            ? new UserRefusal(LastAdministratorCode, "Den sidste aktive administrator kan ikke deaktiveres. Giv først en anden bruger rollen Administrator.")
            : null;
    }

    // Taking the Administrator role from the last active administrator would leave nobody to manage users.
    public static UserRefusal? RemoveAdministratorRole(string targetId, IReadOnlyCollection<string> activeAdministratorIds)
    {
        ArgumentNullException.ThrowIfNull(activeAdministratorIds);
        return IsLastAdministrator(targetId, activeAdministratorIds)
            ? new UserRefusal(LastAdministratorCode, "Den sidste aktive administrator kan ikke miste rollen Administrator. Giv først en anden bruger rollen.")
            : null;
    }

    private static bool IsLastAdministrator(string targetId, IReadOnlyCollection<string> activeAdministratorIds) =>
        activeAdministratorIds.Count == 1 && activeAdministratorIds.Contains(targetId, StringComparer.Ordinal);
}
