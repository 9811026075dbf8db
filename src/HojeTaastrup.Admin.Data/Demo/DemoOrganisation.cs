using HojeTaastrup.Admin.Domain.Organisation;
using Microsoft.EntityFrameworkCore;

namespace HojeTaastrup.Admin.Data.Demo;

// Demo data from seed 000 (Høje-Taastrup Kommune, 2010): the administration of 16 centres and
// 4 units, and the directors' proposal to make it 13 centres from 1 October 2010, in hearing as it
// was from 20 May to 4 June 2010. Names and changes are from the seed; directorates, directors,
// units inside the centres and all FTE and payroll figures are invented (see Domain/Reorganisation/Seed2010.cs).
public static class DemoOrganisation
{
    public const string Source = "Demodata: Høje-Taastrup Kommunes administration før 1. oktober 2010";

    public static async Task SeedAsync(AdminDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (await db.OrganisationVersions.AnyAsync(cancellationToken))
        {
            return;
        }

        db.OrganisationVersions.Add(OrganisationVersion.FromStructure(Seed2010.BaselineDate, Source, Seed2010.Baseline));

        var proposal = Seed2010.CreateProposal();
        proposal.SendToHearing();
        db.ReorganisationProposals.Add(proposal);

        await db.SaveChangesAsync(cancellationToken);
    }
}
