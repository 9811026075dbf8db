using HojeTaastrup.Admin.Domain.Common;
using HojeTaastrup.Admin.Domain.Savings;

namespace HojeTaastrup.Admin.Data.Demo;

// Builds the demo programmes' proposals the way a director would: a draft with its content, then moved along
// its statuses on the days the minutes give (or, where they give none, on plausible days, said so in comments).
// Owner centres are centres of the demo organisation (Høje-Taastrup 2010, Seed2010Baseline), which is the
// organisation in force in the demo: the other municipalities' own centres do not exist there.
internal sealed class SavingsDemoBuilder(SavingsProgramme programme)
{
    public const string By = "Direktionen (demodata)";

    private readonly List<SavingsProposal> _proposals = [];

    public SavingsProgramme Programme => programme;

    public IReadOnlyList<SavingsProposal> Proposals => _proposals;

    public SavingsProposal Add(
        string number,
        string title,
        string description,
        string ownerCentre,
        string? responsible,
        SavingsCategory category,
        string? track,
        IReadOnlyList<YearAmount> amounts,
        IReadOnlyList<Milestone>? milestones = null,
        Guid? reorganisation = null)
    {
        var centre = Seed2010.Baseline.Centres.Single(c => c.Code == ownerCentre);
        var proposal = new SavingsProposal(
            programme,
            new ProposalContent(number, title, description, centre.Code, centre.Name, responsible, category, track, amounts, milestones ?? [], reorganisation));
        _proposals.Add(proposal);
        return proposal;
    }

    // Moves the proposal through the given statuses, each on its day (noon UTC), with the reason where one is needed.
    public static SavingsProposal Move(SavingsProposal proposal, params (SavingsStatus Status, DateOnly Day, string? Reason)[] steps)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        foreach (var (status, day, reason) in steps)
        {
            proposal.ChangeStatus(status, reason, new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero), By);
        }

        return proposal;
    }

    public static IReadOnlyList<YearAmount> Each(int firstYear, int lastYear, Func<int, YearAmount> amount) =>
        Enumerable.Range(firstYear, lastYear - firstYear + 1).Select(amount).ToList();

    public static Money Millions(decimal millions) => Money.FromMillions(millions);
}
