using HojeTaastrup.Admin.Domain.Common;
using HojeTaastrup.Admin.Domain.Savings;

namespace HojeTaastrup.Admin.Domain.Tests.Savings;

// Seed 001 in small: a programme of 37 mio. kr. a year 2021–2024 with two tracks, and proposals written the
// way the hearing note writes them:
//
//   1  Kompetenceråd                     xx mio. kr. in 2021                  (unknown)
//   2  Fleksibelt ansættelsesstop        3,5 (5,5) mio. kr. a year            (alternative)
//   3  Fælles administrative miljøer     6 mio. kr.? full year, half in 2021  (uncertain, phased)
//   4  Velfærdsproduktion på tværs       2 mio. kr. full year, half in 2021   (phased)
internal static class Slagelse2020
{
    public const int FirstYear = 2021;
    public const int LastYear = 2024;

    public static readonly DateTimeOffset Now = new(2020, 11, 30, 12, 0, 0, TimeSpan.Zero);

    public static SavingsProgramme Programme() => new(
        "Udmøntning af ikke-effektuerede besparelser",
        "37 mio. kr. fra 2021",
        FirstYear,
        LastYear,
        Enumerable.Range(FirstYear, 4).Select(y => new YearTarget(y, Money.FromMillions(37))).ToList(),
        ["Organisation", "Drift"]);

    public static ProposalContent Content(
        string number = "1",
        string title = "Kompetenceråd",
        IReadOnlyList<YearAmount>? amounts = null,
        IReadOnlyList<Milestone>? milestones = null,
        string? track = null) =>
        new(number, title, "- Oprettelse af kompetenceråd\n- Kommissorium 1. februar 2021", "LED", "Ledelsessekretariatet", "Udviklingschefen",
            SavingsCategory.Administration, track, amounts ?? [YearAmount.Unknown(2021)], milestones ?? []);

    public static IReadOnlyList<YearAmount> HiringFreeze() =>
        Enumerable.Range(FirstYear, 4).Select(y => new YearAmount(y, Money.FromMillions(3.5m), alternative: Money.FromMillions(5.5m))).ToList();

    public static SavingsProposal Proposal(SavingsProgramme programme, SavingsStatus status = SavingsStatus.Draft, ProposalContent? content = null)
    {
        var proposal = new SavingsProposal(programme, content ?? Content());
        foreach (var step in PathTo(status))
        {
            proposal.ChangeStatus(step, "Besluttet i direktionen", Now, "direktør");
        }

        return proposal;
    }

    private static IEnumerable<SavingsStatus> PathTo(SavingsStatus status) => status switch
    {
        SavingsStatus.Draft => [],
        SavingsStatus.InHearing => [SavingsStatus.InHearing],
        SavingsStatus.Adopted or SavingsStatus.Rejected or SavingsStatus.Postponed => [SavingsStatus.InHearing, status],
        SavingsStatus.Implementing => [SavingsStatus.InHearing, SavingsStatus.Adopted, SavingsStatus.Implementing],
        SavingsStatus.Realised or SavingsStatus.Closed => [SavingsStatus.InHearing, SavingsStatus.Adopted, SavingsStatus.Implementing, status],
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };
}
