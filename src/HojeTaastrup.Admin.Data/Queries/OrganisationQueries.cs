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

    // The centres (code and name) of the version in force on a day, in no order; empty before the first. Only those two
    // columns are read, not the version's directorates and units.
    public static async Task<IReadOnlyList<CentreName>> CentresInForceOnAsync(
        this IQueryable<OrganisationVersion> versions, DateOnly day, CancellationToken cancellationToken = default)
    {
        var inForce = versions.IgnoreAutoIncludes()
            .Where(v => v.EffectiveFrom <= day)
            .OrderByDescending(v => v.EffectiveFrom)
            .Take(1);
        return await inForce
            .SelectMany(v => v.Centres)
            .Select(c => new CentreName(c.Code, c.Name))
            .ToListAsync(cancellationToken);
    }

    public static async Task<OrganisationTimeline> TimelineAsync(this IQueryable<OrganisationVersion> versions, CancellationToken cancellationToken = default) =>
        new(await versions.IgnoreAutoIncludes().Select(v => v.EffectiveFrom).ToListAsync(cancellationToken));
}

public sealed record CentreName(string Code, string Name);
