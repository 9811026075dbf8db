namespace HojeTaastrup.Admin.Web.Security;

public sealed class SecurityOptions
{
    public const string Section = "Security";

    // Signed-in users are signed out after this long without activity, also inside an open circuit.
    public int IdleTimeoutMinutes { get; set; } = 30;

    // How often an open circuit re-checks that the user still exists, is enabled and has the same security stamp.
    public int RevalidationMinutes { get; set; } = 1;

    public int ApiTokenMinutes { get; set; } = 60;

    public int LockoutMinutes { get; set; } = 15;

    public int MaxFailedAccessAttempts { get; set; } = 5;
}
