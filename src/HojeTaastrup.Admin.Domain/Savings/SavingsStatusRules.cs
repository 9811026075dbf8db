namespace HojeTaastrup.Admin.Domain.Savings;

// Which status may follow which. A postponed proposal can be taken up again (heard again or decided);
// rejected, realised and closed are final. Leaving Draft is one-way: from then on every edit keeps the
// earlier version (SavingsProposal.Edit).
public static class SavingsStatusRules
{
    private static readonly Dictionary<SavingsStatus, SavingsStatus[]> Allowed = new()
    {
        [SavingsStatus.Draft] = [SavingsStatus.InHearing],
        [SavingsStatus.InHearing] = [SavingsStatus.Adopted, SavingsStatus.Rejected, SavingsStatus.Postponed],
        [SavingsStatus.Postponed] = [SavingsStatus.InHearing, SavingsStatus.Adopted, SavingsStatus.Rejected],
        [SavingsStatus.Adopted] = [SavingsStatus.Implementing, SavingsStatus.Closed],
        [SavingsStatus.Implementing] = [SavingsStatus.Realised, SavingsStatus.Closed],
        [SavingsStatus.Rejected] = [],
        [SavingsStatus.Realised] = [],
        [SavingsStatus.Closed] = [],
    };

    public static IReadOnlyList<SavingsStatus> Next(SavingsStatus from) => Allowed.TryGetValue(from, out var next) ? next : [];

    public static bool IsFinal(SavingsStatus status) => Next(status).Count == 0;

    // A decision against (or not yet for) the proposal needs its reason written down.
    public static bool NeedsReason(SavingsStatus to) => to is SavingsStatus.Rejected or SavingsStatus.Postponed or SavingsStatus.Closed;

    // Rejected and postponed proposals do not count towards the target: the totals say how many were left out.
    public static bool CountsTowardsTarget(SavingsStatus status) => status is not (SavingsStatus.Rejected or SavingsStatus.Postponed);
}
