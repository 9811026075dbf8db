using System.Text.Json;
using System.Text.Json.Nodes;

namespace HojeTaastrup.Admin.Data.Auditing;

public enum AuditAction
{
    Created,
    Modified,
    Deleted,
}

// A field's value before and after, as display text (null when there was none).
public sealed record AuditFieldChange(string Field, string? Before, string? After);

// One change of one entity, written in the same SaveChanges as the change itself.
public sealed class AuditEntry
{
    private AuditEntry()
    {
    }

    public long Id { get; private set; }

    public DateTimeOffset AtUtc { get; private set; }

    public string? UserId { get; private set; }

    public string UserName { get; private set; } = "";

    // The entity's CLR type name, e.g. "Hearing"; see KindOf.
    public string EntityKind { get; private set; } = "";

    public string EntityId { get; private set; } = "";

    public AuditAction Action { get; private set; }

    // JSON: { "Field": { "before": ..., "after": ... } }
    public string Changes { get; private set; } = "{}";

    public static string KindOf<TEntity>() => KindOf(typeof(TEntity));

    public static string KindOf(Type entityType)
    {
        ArgumentNullException.ThrowIfNull(entityType);
        return entityType.Name;
    }

    public IReadOnlyList<AuditFieldChange> ReadChanges()
    {
        var changes = JsonNode.Parse(Changes)?.AsObject() ?? [];
        return changes
            .Select(field => new AuditFieldChange(field.Key, AsText(field.Value?["before"]), AsText(field.Value?["after"])))
            .ToList();
    }

    internal static AuditEntry Create(DateTimeOffset atUtc, IAuditActor actor, string entityKind, string entityId, AuditAction action, JsonObject changes) =>
        Create(atUtc, actor, entityKind, entityId, action, changes.ToJsonString());

    internal static AuditEntry Create(DateTimeOffset atUtc, IAuditActor actor, string entityKind, string entityId, AuditAction action, string changes) =>
        new()
        {
            AtUtc = atUtc.ToUniversalTime(),
            UserId = actor.UserId,
            UserName = actor.UserName,
            EntityKind = entityKind,
            EntityId = entityId,
            Action = action,
            Changes = changes,
        };

    internal static AuditEntry Create(DateTimeOffset atUtc, IAuditActor actor, string entityKind, string entityId, AuditAction action, IEnumerable<AuditFieldChange> changes)
    {
        var json = new JsonObject();
        foreach (var change in changes)
        {
            json[change.Field] = AuditJson.Change(change.Before, change.After);
        }

        return Create(atUtc, actor, entityKind, entityId, action, json);
    }

    private static string? AsText(JsonNode? value) => value?.GetValueKind() switch
    {
        null or JsonValueKind.Null => null,
        JsonValueKind.String => value.GetValue<string>(),
        _ => value.ToJsonString(),
    };
}
