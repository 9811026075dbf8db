using HojeTaastrup.Admin.Domain.Organisation;
using Microsoft.EntityFrameworkCore;

namespace HojeTaastrup.Admin.Data.Queries;

public static class OrganisationQueries
{
    // The version in force on a day (greatest EffectiveFrom on or before it), with its parts; null before the first.
    // Same rule as OrganisationTimeline, done by the database.
    public static Task<OrganisationVersion?> InForceOnAsync(this IQueryable<OrganisationVersion> versions, DateOnly day, CancellationToken cancellationToken = default) =>
        versions
            .Where(v => v.EffectiveFrom <= day)
            .OrderByDescending(v => v.EffectiveFrom)
            .FirstOrDefaultAsync(cancellationToken);

    public static async Task<OrganisationTimeline> TimelineAsync(this IQueryable<OrganisationVersion> versions, CancellationToken cancellationToken = default) =>
        new(await versions.IgnoreAutoIncludes().Select(v => v.EffectiveFrom).ToListAsync(cancellationToken));
}
