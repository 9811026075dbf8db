using HojeTaastrup.Admin.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace HojeTaastrup.Admin.Data.Concurrency;

internal static class VersionIncrementer
{
    // The UPDATE then says "WHERE Version = <original>", so a stale write affects no row and EF throws
    // DbUpdateConcurrencyException, on every provider.
    public static void IncrementVersions(ChangeTracker changeTracker)
    {
        var entries = changeTracker.Entries().ToList();
        var versioned = new HashSet<EntityEntry>(ReferenceEqualityComparer.Instance);
        foreach (var entry in entries)
        {
            if (entry.Entity is IVersioned && entry.State == EntityState.Modified)
            {
                versioned.Add(entry);
            }
        }

        // A change to an owned part (e.g. a milestone) is a change to its owner.
        foreach (var entry in entries)
        {
            if (entry.Metadata.IsOwned()
                && entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                && OwnedEntries.FindRootOwner(entry, entries) is { Entity: IVersioned, State: EntityState.Unchanged or EntityState.Modified } owner)
            {
                versioned.Add(owner);
            }
        }

        foreach (var entry in versioned)
        {
            var version = entry.Property(nameof(IVersioned.Version));
            version.CurrentValue = (long)version.OriginalValue! + 1;
            version.IsModified = true;
        }
    }
}
