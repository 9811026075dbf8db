using System.Globalization;
using HojeTaastrup.Admin.Domain.Hearings;

namespace HojeTaastrup.Admin.Web.Features.Hearings;

internal static class HearingViewMapping
{
    private static readonly StringComparer DanishOrder = StringComparer.Create(CultureInfo.GetCultureInfo("da-DK"), ignoreCase: true);

    // The note's order everywhere: by level (Hoved, Sektor, Lokal), then by name.
    public static IEnumerable<Committee> Ordered(IEnumerable<Committee> committees) =>
        committees.OrderBy(c => c.Level).ThenBy(c => c.Name, DanishOrder).ThenBy(c => c.Id);

    public static CommitteeView Committee(Committee committee, IReadOnlyDictionary<string, UserOption> users) =>
        new(
            committee.Id,
            committee.Name,
            committee.Level,
            committee.CentreCodes,
            committee.Members
                .Select(id => users.TryGetValue(id, out var user)
                    ? new MemberView(id, user.UserName, user.DisplayName, committee.ChairUserId == id)
                    : new MemberView(id, id, id, committee.ChairUserId == id))
                .OrderBy(m => m.DisplayName, DanishOrder)
                .ToList(),
            committee.Version);

    public static ResponseView Response(HearingResponse response, string committeeName)
    {
        var current = response.Current!;
        return new ResponseView(
            response.CommitteeId, committeeName, response.ProposalId, current.Text, current.SubmittedAt, current.Late, current.LateReason, response.Revisions.Count);
    }
}
