namespace HojeTaastrup.Admin.Data.Auditing;

// Who is saving. The web app registers a scoped implementation for the signed-in user; the default
// is the system itself (start-up, migrations, demo data).
public interface IAuditActor
{
    string? UserId { get; }

    string UserName { get; }
}

public sealed class SystemAuditActor : IAuditActor
{
    public static SystemAuditActor Instance { get; } = new();

    public string? UserId => null;

    public string UserName => "system";
}
