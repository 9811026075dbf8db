using System.Globalization;
using HojeTaastrup.Admin.Domain.Savings;

namespace HojeTaastrup.Admin.Web.Features.Savings;

// What the lists and the catalogue read of a proposal: no description, versions or status history, so that
// 2,000 of them are read without those columns.
internal sealed record ProposalRowSource(
    Guid Id,
    Guid ProgrammeId,
    string Number,
    string Title,
    string OwnerCentreCode,
    string OwnerCentreName,
    string? Responsible,
    SavingsCategory Category,
    string? Track,
    SavingsStatus Status,
    IReadOnlyList<YearAmount> Amounts,
    IReadOnlyList<Milestone> Milestones,
    long Version)
{
    public bool HasUnknownAmounts => Amounts.Any(a => a.IsUnknown);

    public int OverdueMilestones(DateOnly today) => Milestones.Count(m => m.IsOverdue(today));
}

// The domain as the savings views show it. Amount texts are Danish whatever the UI language, like the domain's
// own sentences ("3,5 (5,5) mio. kr.", "xx mio. kr.").
internal static class SavingsViewMapping
{
    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    public static ProgrammeSummary Summary(SavingsProgramme programme, int proposalCount) =>
        new(programme.Id, programme.Name, programme.FirstYear, programme.LastYear, proposalCount, Targets(programme), programme.Version);

    public static IReadOnlyList<TargetView> Targets(SavingsProgramme programme) =>
        programme.Targets.Select(t => new TargetView(t.Year, t.Amount)).ToList();

    public static TotalView Total(AmountTotal total) =>
        new(total.Year, total.Target, total.KnownSum, total.KnownCount, total.UnknownCount, total.UncertainCount,
            total.AlternativeCount, total.AlternativeSum, total.WithAlternatives, total.Gap);

    public static IReadOnlyList<AmountView> Amounts(IEnumerable<YearAmount> amounts) =>
        amounts.Select(a => new AmountView(a.Year, a.Amount, a.Uncertain, a.Alternative, a.ToString(Danish))).ToList();

    public static MilestoneView Milestone(Milestone milestone, DateOnly today) =>
        new(milestone.Date, milestone.Text, milestone.Done, milestone.IsOverdue(today));

    public static ProposalRow Row(ProposalRowSource source, string programmeName, DateOnly today)
    {
        var next = source.Milestones.Where(m => !m.Done).OrderBy(m => m.Date).FirstOrDefault();
        return new ProposalRow(
            source.Id, source.ProgrammeId, programmeName, source.Number, source.Title, source.OwnerCentreCode, source.OwnerCentreName,
            source.Responsible, source.Category, source.Track, source.Status, Amounts(source.Amounts), source.HasUnknownAmounts,
            source.OverdueMilestones(today), next is null ? null : Milestone(next, today), source.Version);
    }

    public static ProposalRowSource Source(SavingsProposal p) =>
        new(p.Id, p.ProgrammeId, p.Number, p.Title, p.OwnerCentreCode, p.OwnerCentreName, p.Responsible, p.Category, p.Track, p.Status,
            p.Amounts, p.Milestones, p.Version);

    public static ProposalView Proposal(
        SavingsProposal proposal, SavingsProgramme programme, ReorganisationLink? reorganisation, DateOnly today, bool canEdit) =>
        new(
            proposal.Id,
            programme.Id,
            programme.Name,
            programme.FirstYear,
            programme.LastYear,
            programme.Tracks,
            proposal.Number,
            proposal.Title,
            proposal.Description,
            proposal.OwnerCentreCode,
            proposal.OwnerCentreName,
            proposal.Responsible,
            proposal.Category,
            proposal.Track,
            proposal.Status,
            Amounts(proposal.Amounts),
            proposal.Milestones.Select(m => Milestone(m, today)).ToList(),
            reorganisation,
            proposal.CurrentRevision,
            Revisions(proposal),
            proposal.StatusHistory.Select(s => new StatusChangeView(s.From, s.To, s.At, s.By, s.Reason)).ToList(),
            proposal.Version,
            new ProposalRefusalsView(proposal.EditRefusal),
            proposal.EditNeedsReason,
            // The reason is asked for in the same dialog, so it is not what refuses a move here ("x" stands in for it).
            SavingsStatusRules.Next(proposal.Status)
                .Select(s => new NextStatusView(s, SavingsStatusRules.NeedsReason(s), proposal.StatusRefusal(s, "x")))
                .ToList(),
            canEdit);

    // Version n and what replaced it: the differences between it and version n + 1.
    private static List<RevisionView> Revisions(SavingsProposal proposal) =>
        proposal.Revisions
            .Select(r => new RevisionView(
                r.Number, r.ReplacedAt, r.ReplacedBy, r.Reason, proposal.ContentOf(r.Number + 1).DifferencesFrom(proposal.ContentOf(r.Number))))
            .ToList();
}
