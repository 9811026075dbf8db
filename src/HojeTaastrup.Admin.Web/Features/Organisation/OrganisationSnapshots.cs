using System.Collections.Concurrent;
using HojeTaastrup.Admin.Data;
using HojeTaastrup.Admin.Domain.Organisation;
using Microsoft.EntityFrameworkCore;

namespace HojeTaastrup.Admin.Web.Features.Organisation;

// What a version is, without its parts: enough to find the one in force and to know whether a kept copy is current.
public sealed record OrganisationVersionHeader(Guid Id, DateOnly EffectiveFrom, string Source, long Version);

// Every version's header, oldest first, read in one command: the timeline and the version in force come from it.
public sealed class OrganisationHistory(IReadOnlyList<OrganisationVersionHeader> versions)
{
    public IReadOnlyList<OrganisationVersionHeader> Versions => versions;

    public OrganisationTimeline Timeline { get; } = new(versions.Select(v => v.EffectiveFrom));

    public OrganisationVersionHeader? InForceOn(DateOnly day) => versions.LastOrDefault(v => v.EffectiveFrom <= day);
}

// A version with what it holds, as read at its Version.
public sealed record OrganisationSnapshot(OrganisationVersionHeader Header, OrganisationStructure Structure)
{
    public InForceOrganisation ToInForce() => new(Header.EffectiveFrom, Structure);
}

// Reads organisation versions for every feature that shows or plans on one (issue 10: a version that has not
// changed is not read and rebuilt per request). The structure of a version is kept in memory by its id and
// its Version, which every edit of the version or its parts raises: a write makes the kept copy unreachable at
// once, on this node and on any other that reads the same database, because every read asks the database for
// the current Version first. A singleton; the caller's context does the reading (one context per operation).
public sealed class OrganisationSnapshots
{
    // A municipality has a handful of versions in use at a time; each is about 1 MB at 5,000 units.
    private const int Capacity = 16;

    private readonly ConcurrentDictionary<Guid, Kept> _kept = new();
    private long _clock;

    public static async Task<OrganisationHistory> HistoryAsync(AdminDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var versions = await db.OrganisationVersions.AsNoTracking()
            .IgnoreAutoIncludes()
            .OrderBy(v => v.EffectiveFrom)
            .Select(v => new OrganisationVersionHeader(v.Id, v.EffectiveFrom, v.Source, v.Version))
            .ToListAsync(cancellationToken);
        return new OrganisationHistory(versions);
    }

    public async Task<OrganisationSnapshot?> InForceOnAsync(AdminDbContext db, OrganisationHistory history, DateOnly day, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(history);
        return history.InForceOn(day) is { } header ? await ReadAsync(db, header, cancellationToken) : null;
    }

    public async Task<OrganisationSnapshot> ReadAsync(AdminDbContext db, OrganisationVersionHeader header, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(header);
        if (_kept.TryGetValue(header.Id, out var kept) && kept.Snapshot.Header.Version == header.Version)
        {
            kept.LastUsed = Interlocked.Increment(ref _clock);
            return kept.Snapshot;
        }

        var version = await db.OrganisationVersions.AsNoTracking().FirstOrDefaultAsync(v => v.Id == header.Id, cancellationToken);
        if (version is null)
        {
            // Removed since the header was read: the caller's "not found" or "no organisation" applies.
            throw new NotFoundException(OrganisationService.NotFoundMessage);
        }

        var snapshot = new OrganisationSnapshot(
            new OrganisationVersionHeader(version.Id, version.EffectiveFrom, version.Source, version.Version),
            version.ToStructure());

        // The parts come in commands of their own: keep the copy only if no write came between them.
        var now = await db.OrganisationVersions.AsNoTracking().IgnoreAutoIncludes()
            .Where(v => v.Id == header.Id).Select(v => (long?)v.Version).FirstOrDefaultAsync(cancellationToken);
        if (now == version.Version)
        {
            Keep(snapshot);
        }

        return snapshot;
    }

    private void Keep(OrganisationSnapshot snapshot)
    {
        _kept[snapshot.Header.Id] = new Kept(snapshot) { LastUsed = Interlocked.Increment(ref _clock) };
        while (_kept.Count > Capacity)
        {
            var oldest = _kept.MinBy(k => k.Value.LastUsed);
            _kept.TryRemove(oldest.Key, out _);
        }
    }

    private sealed class Kept(OrganisationSnapshot snapshot)
    {
        public OrganisationSnapshot Snapshot { get; } = snapshot;

        public long LastUsed { get; set; }
    }
}
