using System.Collections.Concurrent;

namespace HojeTaastrup.Admin.Web.Features.Reorganisation;

// Issue 10: every circuit on a proposal built and held its own ProposalDetails (the baseline, the organisation
// after the changes, the impact, a problem list per change): about 5 MB a circuit on the Før/efter tab of a
// 5,000-unit organisation, 2 MB for 300 changes on the demo's. The details are a pure function of the proposal
// at its Version and of the organisation versions it is compared with (ProposalViewStamp), so equal stamps share
// one immutable instance, whichever circuit or request asked first. A write raises the proposal's or a version's
// Version, which makes a new stamp: it is seen at once. A singleton.
public sealed class KeptProposalDetails
{
    // Proposals in use at a time; not the least recently used, but bounded.
    private const int Capacity = 64;

    private readonly ConcurrentDictionary<Guid, (ProposalViewStamp Stamp, ProposalDetails Details)> _kept = new();

    public ProposalDetails Of(Guid id, ProposalViewStamp stamp, Func<ProposalDetails> build)
    {
        ArgumentNullException.ThrowIfNull(stamp);
        ArgumentNullException.ThrowIfNull(build);
        if (_kept.TryGetValue(id, out var kept) && kept.Stamp == stamp)
        {
            return kept.Details;
        }

        var details = build();
        _kept[id] = (stamp, details);
        foreach (var other in _kept.Keys.Where(k => k != id).Take(_kept.Count - Capacity))
        {
            _kept.TryRemove(other, out _);
        }

        return details;
    }
}
