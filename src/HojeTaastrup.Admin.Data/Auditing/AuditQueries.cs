using HojeTaastrup.Admin.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace HojeTaastrup.Admin.Data.Auditing;

public static class AuditQueries
{
    // Oldest first; entries of one SaveChanges share the time and keep their insertion order.
    public static IQueryable<AuditEntry> HistoryOf(this IQueryable<AuditEntry> entries, string entityKind, string entityId) =>
        entries
            .AsNoTracking()
            .Where(e => e.EntityKind == entityKind && e.EntityId == entityId)
            .OrderBy(e => e.AtUtc)
            .ThenBy(e => e.Id);

    public static IQueryable<AuditEntry> HistoryOf<TEntity>(this IQueryable<AuditEntry> entries, Guid id)
        where TEntity : IAudited =>
        entries.HistoryOf(AuditEntry.KindOf<TEntity>(), id.ToString());
}
