using HojeTaastrup.Admin.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HojeTaastrup.Admin.Data.Concurrency;

// Serialises the writes that add or remove an organisation version (adoption, import, correction).
// Each such write takes this one row before it reads the timeline and bumps it in the same save:
// the UPDATE says "WHERE Version = <as read>", so of two writes that read the same timeline the
// second gets a DbUpdateConcurrencyException (409), on every provider and without raw SQL; a write
// that starts after the first committed reads its version and gets the refusal it would get anyway.
public sealed class TimelineLock : IVersioned
{
    public const int OrganisationId = 1;

    public int Id { get; private set; }

    public long Version { get; private set; }

    public long Writes { get; private set; }

    internal static TimelineLock Seed(int id) => new() { Id = id };

    internal void Take() => Writes++;
}

internal sealed class TimelineLockConfiguration : IEntityTypeConfiguration<TimelineLock>
{
    public void Configure(EntityTypeBuilder<TimelineLock> builder)
    {
        builder.ToTable("TimelineLocks");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.HasData(new { Id = TimelineLock.OrganisationId, Version = 0L, Writes = 0L });
    }
}

public static class TimelineLockExtensions
{
    // Call before reading the organisation's timeline, in the context that saves the new version.
    public static async Task LockOrganisationTimelineAsync(this AdminDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var timeline = await db.Set<TimelineLock>().SingleOrDefaultAsync(l => l.Id == TimelineLock.OrganisationId, cancellationToken);
        if (timeline is null)
        {
            // A database created before the lock row existed: the first writer adds it; a second one
            // adding it too meets the primary key, which the context reports as a conflict.
            timeline = TimelineLock.Seed(TimelineLock.OrganisationId);
            db.Add(timeline);
            return;
        }

        timeline.Take();
    }
}
