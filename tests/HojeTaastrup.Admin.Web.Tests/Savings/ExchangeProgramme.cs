using HojeTaastrup.Admin.Domain.Common;
using HojeTaastrup.Admin.Domain.Savings;
using HojeTaastrup.Admin.Web.Tests.Infrastructure;

namespace HojeTaastrup.Admin.Web.Tests.Savings;

// A programme to export and import, saved straight through AdminDbContext (owner centres of the demo organisation):
//
//   "Eksport <guid>"   2021–2024, 37 mio. kr. a year, tracks Organisationssporet / Servicesporet
//   A1  Færre møder på rådhuset      BSC  Administration  Organisationssporet  I høring
//       2021: 3.500.000   2022: xx   2023: 2.000.000? (3.000.000)
//       milestones 01-02-2021 Udkast til kommissorium (udført), 01-06-2021 Beslutning i udvalget
//       description over two lines
//   A2  Åbningstider; borgerservice  TMC  Borgernær       –                    Udkast (only drafts readers see it)
//       2022: 65.000
internal static class ExchangeProgramme
{
    public const int FirstYear = 2021;
    public const int LastYear = 2024;
    public static readonly string[] Tracks = ["Organisationssporet", "Servicesporet"];

    public static async Task<SavingsProgramme> CreateAsync(AppFixture fixture, string name, bool withProposals = true)
    {
        await using var db = await fixture.CreateDbContextAsync();
        var programme = new SavingsProgramme(
            $"{name} {Guid.NewGuid():N}",
            "Prøve",
            FirstYear,
            LastYear,
            [.. Enumerable.Range(FirstYear, LastYear - FirstYear + 1).Select(y => new YearTarget(y, Money.FromKroner(37_000_000)))],
            Tracks);
        db.SavingsProgrammes.Add(programme);
        if (withProposals)
        {
            var a1 = new SavingsProposal(programme, new ProposalContent(
                "A1",
                "Færre møder på rådhuset",
                "Handlinger:\n- færre faste møder\n- kortere dagsordener",
                "BSC",
                "Borgerservicecenter",
                "Per Holm",
                SavingsCategory.Administration,
                "Organisationssporet",
                [
                    YearAmount.Known(2021, Money.FromKroner(3_500_000)),
                    YearAmount.Unknown(2022),
                    new YearAmount(2023, Money.FromKroner(2_000_000), uncertain: true, alternative: Money.FromKroner(3_000_000)),
                ],
                [
                    new Milestone(new DateOnly(2021, 2, 1), "Udkast til kommissorium", done: true),
                    new Milestone(new DateOnly(2021, 6, 1), "Beslutning i udvalget"),
                ]));
            a1.ChangeStatus(SavingsStatus.InHearing, null, DateTimeOffset.UtcNow, "Test");
            var a2 = new SavingsProposal(programme, new ProposalContent(
                "A2",
                "Åbningstider; borgerservice",
                "",
                "TMC",
                "Teknik- og Miljøcenter",
                null,
                SavingsCategory.CitizenFacing,
                null,
                [YearAmount.Known(2022, Money.FromKroner(65_000))],
                []));
            db.SavingsProposals.AddRange(a1, a2);
        }

        await db.SaveChangesAsync();
        return programme;
    }

    public static async Task<List<SavingsProposal>> ProposalsAsync(AppFixture fixture, Guid programmeId)
    {
        await using var db = await fixture.CreateDbContextAsync();
        return [.. Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AsNoTracking(db.SavingsProposals)
            .Where(p => p.ProgrammeId == programmeId)
            .AsEnumerable()
            .OrderBy(p => p.Number, StringComparer.Ordinal)];
    }
}
