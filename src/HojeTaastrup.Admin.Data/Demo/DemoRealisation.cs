using HojeTaastrup.Admin.Domain.Common;
using HojeTaastrup.Admin.Domain.Realisation;
using HojeTaastrup.Admin.Domain.Savings;
using Microsoft.EntityFrameworkCore;

namespace HojeTaastrup.Admin.Data.Demo;

// Seed 004's realisation of "Nye Rammer – Ny Administration", as finance would have recorded it in 2017:
//
//   baselines   locked at the adoption on 9 March 2017
//   2016        iPads 0,6 mio. kr. (half a year of the 1,2 mio. kr. effect)
//   2017        iPads 4 × 0,3 mio. kr., technical budget remainders 2 × 0,25 mio. kr. → 1,7 mio. kr. against 3,1 mio. kr.:
//               1,4 mio. kr. missing, covered by the hiring freeze (proposal 3, not yet realised)
//   2018/2019   1,3 and 1,0 mio. kr. to be realised in Opgavefællesskaber and Fremtidens borgerkontakt (cover measures)
//   2019        the 1,025 mio. kr. of remainders re-baselined to 0,9 mio. kr. on 20 August 2017, with its reason
//   2020        forecasts of 15,8 mio. kr.: 2,4 mio. kr. above the 13,4 mio. kr. target
//   investment  5 mio. kr. a year 2015–2017; fibre 6 mio. kr. (0,57 mio. kr. a year), iPads 1,06 mio. kr. (1,2 mio. kr. a
//               year, proposal 5): 7,94 mio. kr. not yet disbursed
//   follow-up   "1. budgetopfølgning 2017", frozen 15 May 2017, after the first quarter's entries
// Seeded once, into a database whose NY-NY programme has no realisation yet.
public static class DemoRealisation
{
    public const string By = "Økonomi (demodata)";
    public const string FollowUpName = "1. budgetopfølgning 2017";

    private static readonly DateTimeOffset Adopted = Noon(new DateOnly(2017, 3, 9));
    private static readonly DateTimeOffset Frozen = Noon(new DateOnly(2017, 5, 15));

    public static async Task SeedAsync(AdminDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var programme = await db.SavingsProgrammes.AsNoTracking().FirstOrDefaultAsync(p => p.Name == SeedNyNy2017.Name, cancellationToken);
        if (programme is null || await db.ProposalRealisations.AnyAsync(r => r.ProgrammeId == programme.Id, cancellationToken))
        {
            return;
        }

        var proposals = await db.SavingsProposals.AsNoTracking().Where(p => p.ProgrammeId == programme.Id).ToListAsync(cancellationToken);
        var built = Build(programme, proposals);
        db.ProposalRealisations.AddRange(built.Plans);
        db.RealisationEntries.AddRange(built.Entries);
        db.CoverMeasures.AddRange(built.Covers);
        db.InvestmentFunds.Add(built.Fund);
        db.BudgetFollowUps.Add(built.FollowUp);
        await db.SaveChangesAsync(cancellationToken);
    }

    public static (IReadOnlyList<ProposalRealisation> Plans, IReadOnlyList<RealisationEntry> Entries, IReadOnlyList<CoverMeasure> Covers, InvestmentFund Fund, BudgetFollowUp FollowUp)
        Build(SavingsProgramme programme, IReadOnlyList<SavingsProposal> proposals)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(proposals);
        SavingsProposal Number(string number) => proposals.Single(p => p.Number == number);
        var plans = proposals.Where(p => ProposalRealisation.BaselineRefusal(p) is null)
            .Select(p => ProposalRealisation.LockBaseline(p, Adopted, By))
            .ToList();
        ProposalRealisation Plan(string number) => plans.Single(p => p.ProposalId == Number(number).Id);

        var entries = new List<RealisationEntry>();
        void Entry(string number, int year, decimal millions, DateOnly day, string note) =>
            entries.Add(new RealisationEntry(
                programme.Id, Number(number).Id, year, Money.FromMillions(millions), day, note, RealisationSource.Manual, false, Noon(day.AddDays(10)), By));
        Entry("5", 2016, 0.6m, new DateOnly(2016, 12, 31), "Halvårseffekt af iPads i hjemmeplejen");
        Entry("5", 2017, 0.3m, new DateOnly(2017, 3, 31), "1. kvartal");
        Entry("4", 2017, 0.25m, new DateOnly(2017, 3, 31), "Budgetrester, 1. halvår");
        Entry("5", 2017, 0.3m, new DateOnly(2017, 6, 30), "2. kvartal");
        Entry("5", 2017, 0.3m, new DateOnly(2017, 9, 30), "3. kvartal");
        Entry("4", 2017, 0.25m, new DateOnly(2017, 9, 30), "Budgetrester, 2. halvår");
        Entry("5", 2017, 0.3m, new DateOnly(2017, 12, 20), "4. kvartal");

        var covers = new List<CoverMeasure>
        {
            new(programme.Id, "Ansættelsesstop i administrative funktioner", 2017, Money.FromMillions(1.4m),
                "Den manglende restsum for 2017; håndteres ved 1. budgetopfølgning.", Number("3").Id, Adopted, "Direktionen (demodata)"),
            new(programme.Id, "Opgavefællesskaber og Fremtidens borgerkontakt", 2018, Money.FromMillions(1.3m),
                "Restbeløbet for 2018 realiseres i de to projekter.", Number("1").Id, Adopted, "Direktionen (demodata)"),
            new(programme.Id, "Opgavefællesskaber og Fremtidens borgerkontakt", 2019, Money.FromMillions(1m),
                "Restbeløbet for 2019 realiseres i de to projekter.", Number("1").Id, Adopted, "Direktionen (demodata)"),
        };

        // The follow-up froze what was recorded by 15 May 2017.
        var followUp = new BudgetFollowUp(programme.Id, FollowUpName, Figures(programme, proposals, plans, entries.Where(e => e.RecordedAt <= Frozen), covers), Frozen, By);

        // After the follow-up: the remainders' plan for 2019 moved, and finance's forecasts for 2020.
        Plan("4").Rebaseline(2019, Money.FromMillions(0.9m), "PL-fremskrivningen for 2019 blev nedjusteret i budgetaftalen.", Noon(new DateOnly(2017, 8, 20)), By);
        Plan("1").SetForecast(2020, Money.FromMillions(8m));
        Plan("2").SetForecast(2020, Money.FromMillions(5m));
        Plan("4").SetForecast(2020, Money.FromMillions(1.6m));
        Plan("5").SetForecast(2020, Money.FromMillions(1.2m));

        var fund = new InvestmentFund(programme.Id, "Investeringspuljen, Nye Rammer", [
            new InvestmentGrant(2015, Money.FromMillions(5)), new InvestmentGrant(2016, Money.FromMillions(5)), new InvestmentGrant(2017, Money.FromMillions(5))]);
        fund.Disburse(new Disbursement("Fibernet til de decentrale institutioner", new DateOnly(2016, 1, 15), Money.FromMillions(6), Money.FromMillions(0.57m), null));
        fund.Disburse(new Disbursement("iPads i hjemmeplejen (byrådet juni 2016)", new DateOnly(2016, 6, 20), Money.FromMillions(1.06m), Money.FromMillions(1.2m), Number("5").Id));
        return (plans, entries, covers, fund, followUp);
    }

    public static RealisationSummary Figures(
        SavingsProgramme programme, IReadOnlyList<SavingsProposal> proposals, IReadOnlyList<ProposalRealisation> plans, IEnumerable<RealisationEntry> entries,
        IEnumerable<CoverMeasure> covers)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(proposals);
        ArgumentNullException.ThrowIfNull(plans);
        var entryList = entries.ToList();
        var sources = plans.Select(plan =>
        {
            var proposal = proposals.Single(p => p.Id == plan.ProposalId);
            return new ProposalRealisationSource(
                proposal.Id, proposal.Number, proposal.Title, plan.Planned, plan.Forecasts,
                entryList.Where(e => e.ProposalId == proposal.Id).GroupBy(e => e.Year).ToDictionary(g => g.Key, g => Money.Sum(g.Select(e => e.Amount))));
        });
        return RealisationFigures.Compute(programme.Years, programme.Targets, sources, covers);
    }

    private static DateTimeOffset Noon(DateOnly day) => new(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
}
