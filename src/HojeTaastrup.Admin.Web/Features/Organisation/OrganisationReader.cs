using System.Globalization;
using HojeTaastrup.Admin.Data;
using HojeTaastrup.Admin.Data.Queries;
using HojeTaastrup.Admin.Domain.Common;
using HojeTaastrup.Admin.Domain.Organisation;
using HojeTaastrup.Admin.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HojeTaastrup.Admin.Web.Features.Organisation;

// One organisation version as the pages and the API read it. LastDay is null while it is the latest.
public sealed record OrganisationView(Guid Id, DateOnly EffectiveFrom, DateOnly? LastDay, string Source, long Version, OrganisationStructure Structure);

public sealed record OrganisationVersionSummary(Guid Id, DateOnly EffectiveFrom, DateOnly? LastDay, string Source, long Version, int Centres, int Units);

public sealed class OrganisationReader(IDbContextFactory<AdminDbContext> dbFactory, TimeProvider time)
{
    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    // "Today" is the municipality's day, not the server's.
    public DateOnly Today => MunicipalClock.Today(time);

    // Null before the first version.
    public async Task<OrganisationView?> InForceOnAsync(DateOnly day, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var version = await db.OrganisationVersions.AsNoTracking().InForceOnAsync(day, cancellationToken);
        return version is null ? null : await ToViewAsync(db, version, cancellationToken);
    }

    // The API's GET: before the first version a NotFoundException that says from when there is one.
    public async Task<OrganisationView> RequireInForceOnAsync(DateOnly day, CancellationToken cancellationToken = default)
    {
        if (await InForceOnAsync(day, cancellationToken) is { } view)
        {
            return view;
        }

        var versions = await VersionsAsync(cancellationToken);
        throw new NotFoundException(versions.Count == 0
            ? "Der er endnu ikke registreret nogen organisation."
            : $"Der er ingen organisation registreret den {Formatting.Day(day, Danish)}. Den første gælder fra {Formatting.Day(versions[0].EffectiveFrom, Danish)}.");
    }

    public async Task<OrganisationView> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var version = await db.OrganisationVersions.AsNoTracking().FirstOrDefaultAsync(v => v.Id == id, cancellationToken)
            ?? throw new NotFoundException("Organisationsversionen findes ikke.");
        return await ToViewAsync(db, version, cancellationToken);
    }

    // Oldest first, each with the day it ends (the day before the next one starts).
    public async Task<IReadOnlyList<OrganisationVersionSummary>> VersionsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.OrganisationVersions.AsNoTracking()
            .IgnoreAutoIncludes()
            .OrderBy(v => v.EffectiveFrom)
            .Select(v => new { v.Id, v.EffectiveFrom, v.Source, v.Version, Centres = v.Centres.Count, Units = v.Units.Count })
            .ToListAsync(cancellationToken);
        var timeline = new OrganisationTimeline(rows.Select(r => r.EffectiveFrom));
        return rows
            .Select(r => new OrganisationVersionSummary(r.Id, r.EffectiveFrom, timeline.LastDayOf(r.EffectiveFrom), r.Source, r.Version, r.Centres, r.Units))
            .ToList();
    }

    private static async Task<OrganisationView> ToViewAsync(AdminDbContext db, OrganisationVersion version, CancellationToken cancellationToken)
    {
        var timeline = await db.OrganisationVersions.TimelineAsync(cancellationToken);
        return new OrganisationView(version.Id, version.EffectiveFrom, timeline.LastDayOf(version.EffectiveFrom), version.Source, version.Version, version.ToStructure());
    }
}
