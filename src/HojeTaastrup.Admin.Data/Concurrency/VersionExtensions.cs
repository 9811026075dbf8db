using HojeTaastrup.Admin.Domain.Common;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace HojeTaastrup.Admin.Data.Concurrency;

public static class VersionExtensions
{
    // For edits made elsewhere (a form, an API call): the entity was loaded fresh, but the client
    // edited what it read at versionTheClientRead. Saving then fails with DbUpdateConcurrencyException
    // if anybody saved in between, which a use case turns into a 409 / a "changed by someone else" message.
    public static EntityEntry<TEntity> ExpectVersion<TEntity>(this EntityEntry<TEntity> entry, long versionTheClientRead)
        where TEntity : class, IVersioned
    {
        ArgumentNullException.ThrowIfNull(entry);
        entry.Property(e => e.Version).OriginalValue = versionTheClientRead;
        return entry;
    }
}
