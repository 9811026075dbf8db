using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace HojeTaastrup.Admin.Data.Concurrency;

internal static class OwnedEntries
{
    // Follows the ownership links up to the aggregate root among the tracked entries.
    public static EntityEntry? FindRootOwner(EntityEntry owned, IReadOnlyList<EntityEntry> tracked)
    {
        var current = owned;
        while (current.Metadata.FindOwnership() is { } ownership)
        {
            var owner = FindOwner(current, ownership, tracked);
            if (owner is null)
            {
                return null;
            }

            current = owner;
        }

        return current;
    }

    public static EntityEntry? FindOwner(EntityEntry owned, IForeignKey ownership, IReadOnlyList<EntityEntry> tracked)
    {
        // A deleted part still knows its owner through its original key values.
        var ownerKey = ownership.Properties
            .Select(p => owned.State == EntityState.Deleted ? owned.Property(p.Name).OriginalValue : owned.Property(p.Name).CurrentValue)
            .ToArray();
        var principalKey = ownership.PrincipalKey.Properties;
        return tracked.FirstOrDefault(candidate =>
            ownership.PrincipalEntityType.IsAssignableFrom(candidate.Metadata)
            && principalKey.Select((p, i) => Equals(candidate.Property(p.Name).CurrentValue, ownerKey[i])).All(equal => equal));
    }
}
