using HojeTaastrup.Admin.Domain.Common;
using HojeTaastrup.Admin.Domain.Organisation;

namespace HojeTaastrup.Admin.Domain.Reorganisation;

// What a reorganisation does, by comparing the organisation before and after it. Centres and
// units are matched by key, so a renamed or surviving merged centre is the same centre.
public sealed record ReorganisationImpact(
    CentreCounts CountsBefore,
    CentreCounts CountsAfter,
    int UnitsBefore,
    int UnitsAfter,
    decimal FteBefore,
    decimal FteAfter,
    Money PayrollBefore,
    Money PayrollAfter,
    IReadOnlyList<CentreComparison> Centres,
    IReadOnlyList<CentreSnapshot> CentresCreated,
    IReadOnlyList<CentreSnapshot> CentresRemoved,
    IReadOnlyList<CentreRename> CentresRenamed,
    IReadOnlyList<DirectorateMove> DirectorateMoves,
    IReadOnlyList<UnitMove> UnitsMoved,
    IReadOnlyList<UnitSnapshot> UnitsCreated,
    IReadOnlyList<UnitSnapshot> UnitsRemoved,
    IReadOnlyList<UnitResize> UnitsResized)
{
    public static ReorganisationImpact Compare(OrganisationStructure before, OrganisationStructure after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);

        var centres = after.Centres
            .Select(a => Compare(before, after, before.FindCentre(a.Key), a))
            .Concat(before.Centres.Where(b => after.FindCentre(b.Key) is null).Select(b => Compare(before, after, b, null)))
            .ToList();
        var kept = centres.Where(c => c is { Before: not null, After: not null }).ToList();

        return new ReorganisationImpact(
            before.CountCentres(),
            after.CountCentres(),
            before.Units.Count,
            after.Units.Count,
            before.TotalFte(),
            after.TotalFte(),
            before.TotalPayroll(),
            after.TotalPayroll(),
            centres,
            centres.Where(c => c.IsCreated).Select(c => c.After!).ToList(),
            centres.Where(c => c.IsRemoved).Select(c => c.Before!).ToList(),
            kept.Where(c => c.IsRenamed)
                .Select(c => new CentreRename(c.Key, c.Before!.Code, c.Before.Name, c.After!.Code, c.After.Name))
                .ToList(),
            kept.Where(c => c.HasNewDirectorate).Select(c => DirectorateMoveOf(before, after, c)).ToList(),
            UnitsMovedBetween(before, after),
            after.Units.Where(u => before.FindUnit(u.Key) is null).ToList(),
            before.Units.Where(u => after.FindUnit(u.Key) is null).ToList(),
            UnitsResizedBetween(before, after));
    }

    public bool IsUnchanged => Centres.All(c => !c.IsChanged);

    // "16 centre og 4 enheder → 13 centre".
    public string SummarySentence() => $"{CountsBefore.Describe()} → {CountsAfter.Describe()}";

    private static CentreComparison Compare(
        OrganisationStructure before, OrganisationStructure after, CentreSnapshot? centreBefore, CentreSnapshot? centreAfter)
    {
        var key = (centreAfter ?? centreBefore)!.Key;
        var unitsBefore = before.UnitsOf(key).Select(u => u.Key).ToHashSet();
        var unitsAfter = after.UnitsOf(key).Select(u => u.Key).ToHashSet();
        return new CentreComparison(
            key,
            centreBefore,
            centreAfter,
            before.FteOfCentre(key),
            after.FteOfCentre(key),
            before.PayrollOfCentre(key),
            after.PayrollOfCentre(key),
            !unitsBefore.SetEquals(unitsAfter));
    }

    private static DirectorateMove DirectorateMoveOf(OrganisationStructure before, OrganisationStructure after, CentreComparison centre)
    {
        var from = centre.Before!.DirectorateKey;
        var to = centre.After!.DirectorateKey;
        return new DirectorateMove(
            centre.Key,
            centre.Code,
            from,
            before.FindDirectorate(from)?.Name ?? string.Empty,
            to,
            after.FindDirectorate(to)?.Name ?? string.Empty);
    }

    private static List<UnitMove> UnitsMovedBetween(OrganisationStructure before, OrganisationStructure after) =>
        after.Units
            .Select(a => (After: a, Before: before.FindUnit(a.Key)))
            .Where(p => p.Before is not null && p.Before.CentreKey != p.After.CentreKey)
            .Select(p => new UnitMove(
                p.After.Key,
                p.After.Name,
                p.Before!.CentreKey,
                before.FindCentre(p.Before.CentreKey)?.Code ?? string.Empty,
                p.After.CentreKey,
                after.FindCentre(p.After.CentreKey)?.Code ?? string.Empty))
            .ToList();

    private static List<UnitResize> UnitsResizedBetween(OrganisationStructure before, OrganisationStructure after) =>
        after.Units
            .Select(a => (After: a, Before: before.FindUnit(a.Key)))
            .Where(p => p.Before is not null && (p.Before.Fte != p.After.Fte || p.Before.Payroll != p.After.Payroll))
            .Select(p => new UnitResize(p.After.Key, p.After.Name, p.Before!.Fte, p.After.Fte, p.Before.Payroll, p.After.Payroll))
            .ToList();
}
