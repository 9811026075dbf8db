using System.Globalization;
using System.Text.Json.Nodes;
using HojeTaastrup.Admin.Data.Concurrency;
using HojeTaastrup.Admin.Data.Identity;
using HojeTaastrup.Admin.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace HojeTaastrup.Admin.Data.Auditing;

// Turns the pending changes of audited entities into AuditEntry rows for the same SaveChanges.
internal static class AuditRecorder
{
    private const string Redacted = "***";

    // Identity columns that must never reach the audit log, or are only noise there.
    private static readonly HashSet<string> RedactedUserFields = [nameof(AdminUser.PasswordHash)];
    private static readonly HashSet<string> IgnoredUserFields =
    [
        nameof(AdminUser.SecurityStamp),
        nameof(AdminUser.ConcurrencyStamp),
        nameof(AdminUser.NormalizedUserName),
        nameof(AdminUser.NormalizedEmail),
    ];

    public static List<AuditEntry> CreateEntries(ChangeTracker changeTracker, IAuditActor actor, DateTimeOffset atUtc)
    {
        var tracked = changeTracker.Entries().ToList();
        var changesByRoot = new Dictionary<EntityEntry, JsonObject>(ReferenceEqualityComparer.Instance);
        foreach (var entry in tracked)
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            var (root, path) = entry.Metadata.IsOwned() ? FindRootWithPath(entry, tracked) : (entry, "");
            if (root is null || !IsAudited(root))
            {
                continue;
            }

            if (!changesByRoot.TryGetValue(root, out var changes))
            {
                changes = [];
                changesByRoot.Add(root, changes);
            }

            AddPropertyChanges(entry, entry.State, path, changes);
        }

        return changesByRoot
            .Where(pair => pair.Key.State is EntityState.Added or EntityState.Deleted || pair.Value.Count > 0)
            .Select(pair => AuditEntry.Create(atUtc, actor, AuditEntry.KindOf(pair.Key.Metadata.ClrType), KeyOf(pair.Key), ActionOf(pair.Key.State), pair.Value))
            .ToList();
    }

    private static bool IsAudited(EntityEntry entry) => entry.Entity is IAudited or AdminUser;

    private static AuditAction ActionOf(EntityState state) => state switch
    {
        EntityState.Added => AuditAction.Created,
        EntityState.Deleted => AuditAction.Deleted,
        _ => AuditAction.Modified,
    };

    private static string KeyOf(EntityEntry entry) => KeyOf(entry.Metadata, p => entry.Property(p.Name).CurrentValue);

    internal static string KeyOf(IEntityType entityType, Func<IProperty, object?> valueOf) => string.Join(
        ",",
        entityType.FindPrimaryKey()!.Properties.Select(p => Convert.ToString(valueOf(p), CultureInfo.InvariantCulture)));

    // The fields a Created record of a plain entity (not owned, no complex properties) holds, in the order
    // AddPropertyChanges finds them, each when its value is not null; AuditedAppend writes the same record.
    internal static IEnumerable<IProperty> CreatedFields(IEntityType entityType) =>
        entityType.GetProperties().Where(p => !IsSkipped(entityType, p));

    // An owned part is recorded under its aggregate: "Milestones[<id>].Text", "Address.Street".
    private static (EntityEntry? Root, string Path) FindRootWithPath(EntityEntry owned, List<EntityEntry> tracked)
    {
        var path = "";
        var current = owned;
        while (current.Metadata.FindOwnership() is { } ownership)
        {
            var owner = OwnedEntries.FindOwner(current, ownership, tracked);
            if (owner is null)
            {
                return (null, "");
            }

            var segment = ownership.PrincipalToDependent?.Name ?? current.Metadata.ShortName();
            if (!ownership.IsUnique)
            {
                segment += "[" + ItemKey(current) + "]";
            }

            path = segment + "." + path;
            current = owner;
        }

        return (current, path);
    }

    // An item of an owned collection is named by its own key. Derive such items from Entity: SQLite
    // cannot generate the key of an owned collection, and a client-made Guid needs none.
    private static string ItemKey(EntityEntry item) => string.Join(
        ",",
        item.Metadata.FindPrimaryKey()!.Properties
            .Where(p => !p.IsForeignKey())
            .Select(p => Convert.ToString(item.Property(p.Name).CurrentValue, CultureInfo.InvariantCulture)));

    private static void AddPropertyChanges(EntityEntry entry, EntityState state, string path, JsonObject changes)
    {
        AddPropertyChanges(entry, entry.Properties, state, path, changes);
        AddComplexPropertyChanges(entry, entry.ComplexProperties, state, path, changes);
    }

    // Complex types (value objects stored in the owner's columns) are recorded as "Period.From".
    private static void AddComplexPropertyChanges(EntityEntry entry, IEnumerable<ComplexPropertyEntry> complexProperties, EntityState state, string path, JsonObject changes)
    {
        foreach (var complex in complexProperties)
        {
            var complexPath = path + complex.Metadata.Name + ".";
            AddPropertyChanges(entry, complex.Properties, state, complexPath, changes);
            AddComplexPropertyChanges(entry, complex.ComplexProperties, state, complexPath, changes);
        }
    }

    private static void AddPropertyChanges(EntityEntry entry, IEnumerable<PropertyEntry> properties, EntityState state, string path, JsonObject changes)
    {
        foreach (var property in properties)
        {
            var metadata = property.Metadata;
            if (IsSkipped(entry.Metadata, metadata))
            {
                continue;
            }

            var before = state == EntityState.Added ? null : property.OriginalValue;
            var after = state == EntityState.Deleted ? null : property.CurrentValue;
            var changed = state switch
            {
                EntityState.Modified => property.IsModified && !Equals(before, after),
                _ => before is not null || after is not null,
            };
            if (!changed)
            {
                continue;
            }

            if (entry.Entity is AdminUser && RedactedUserFields.Contains(metadata.Name))
            {
                before = before is null ? null : Redacted;
                after = after is null ? null : Redacted;
            }

            changes[path + metadata.Name] = AuditJson.Change(before, after);
        }
    }

    private static bool IsSkipped(IEntityType entityType, IProperty property) =>
        property.IsPrimaryKey() || (property.IsForeignKey() && entityType.IsOwned()) || IsIgnored(entityType.ClrType, property);

    // The version is bookkeeping for concurrency, not a change anybody made.
    private static bool IsIgnored(Type entityType, IProperty property) =>
        (typeof(IVersioned).IsAssignableFrom(entityType) && property.Name == nameof(IVersioned.Version))
        || (typeof(AdminUser).IsAssignableFrom(entityType) && IgnoredUserFields.Contains(property.Name));
}
