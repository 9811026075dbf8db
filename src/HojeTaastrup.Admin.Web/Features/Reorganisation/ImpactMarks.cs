using HojeTaastrup.Admin.Domain.Reorganisation;
using HojeTaastrup.Admin.Web.Features.Organisation;

namespace HojeTaastrup.Admin.Web.Features.Reorganisation;

// What the before and after charts highlight, by the key of the centre or unit.
public sealed record ImpactMarks(IReadOnlyDictionary<Guid, ChartMark> Before, IReadOnlyDictionary<Guid, ChartMark> After)
{
    public static ImpactMarks Of(ReorganisationImpact impact)
    {
        ArgumentNullException.ThrowIfNull(impact);
        var before = new Dictionary<Guid, ChartMark>();
        var after = new Dictionary<Guid, ChartMark>();
        foreach (var centre in impact.Centres.Where(c => c.IsChanged))
        {
            if (centre.IsRemoved)
            {
                before[centre.Key] = ChartMark.Removed;
            }
            else if (centre.IsCreated)
            {
                after[centre.Key] = ChartMark.Added;
            }
            else
            {
                before[centre.Key] = ChartMark.Changed;
                after[centre.Key] = ChartMark.Changed;
            }
        }

        foreach (var unit in impact.UnitsResized)
        {
            before[unit.Unit] = ChartMark.Changed;
            after[unit.Unit] = ChartMark.Changed;
        }

        // A move says more than a resize: a unit that did both shows as moved.
        foreach (var move in impact.UnitsMoved)
        {
            before[move.Unit] = ChartMark.Moved;
            after[move.Unit] = ChartMark.Moved;
        }

        foreach (var unit in impact.UnitsRemoved)
        {
            before[unit.Key] = ChartMark.Removed;
        }

        foreach (var unit in impact.UnitsCreated)
        {
            after[unit.Key] = ChartMark.Added;
        }

        return new ImpactMarks(before, after);
    }
}
