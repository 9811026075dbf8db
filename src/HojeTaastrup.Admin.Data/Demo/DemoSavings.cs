using HojeTaastrup.Admin.Domain.Reorganisation;
using Microsoft.EntityFrameworkCore;

namespace HojeTaastrup.Admin.Data.Demo;

// The demo savings programmes: seed 001 (Slagelse 2020), seed 004 (NY-NY 2017) and the saving of seed 000's
// reorganisation, linked to the demo reorganisation proposal when it is there. Seeded once, into a database
// with no programme yet, so that a demo database from before the savings feature gets them too.
public static class DemoSavings
{
    public static async Task SeedAsync(AdminDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (await db.SavingsProgrammes.AnyAsync(cancellationToken))
        {
            return;
        }

        var reorganisation = await db.ReorganisationProposals.IgnoreAutoIncludes()
            .Where(p => p.Title == Seed2010.Title && p.Status != ReorganisationStatus.Withdrawn)
            .Select(p => (Guid?)p.Id)
            .FirstOrDefaultAsync(cancellationToken);
        foreach (var (programme, proposals) in new[] { SeedSlagelse2020.Build(), SeedNyNy2017.Build(), SeedReorganisationSaving2010.Build(reorganisation) })
        {
            db.SavingsProgrammes.Add(programme);
            db.SavingsProposals.AddRange(proposals);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
