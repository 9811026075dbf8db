using HojeTaastrup.Admin.Domain.Common;
using HojeTaastrup.Admin.Domain.Organisation;

namespace HojeTaastrup.Admin.Domain.Reorganisation;

// How the changes to units are checked and applied.
public static partial class ReorganisationPlanner
{
    private static void Move(MoveUnit change, ChangeCheck check, WorkingOrganisation organisation)
    {
        var unit = check.Unit(change.Unit);
        var to = check.Centre(change.ToCentre);
        if (unit is null || to is null)
        {
            return;
        }

        if (unit.CentreKey == to.Key)
        {
            check.Report(
                ReorganisationProblemCode.NoEffect,
                $"Afdelingen {unit.Name} hører allerede til {Definite(to)} {to.Code}.",
                to.Code,
                unit.Key);
            return;
        }

        organisation.ReplaceUnit(unit with { CentreKey = to.Key });
    }

    private static void Split(SplitUnit change, ChangeCheck check, WorkingOrganisation organisation)
    {
        var unit = check.Unit(change.Unit);
        var to = check.Centre(change.ToCentre);
        var name = check.Name(change.NewName, "Den nye afdeling skal have et navn.");
        var fteIsValid = check.Fte(change.Fte);
        if (change.Payroll is { } asked && asked < Money.Zero)
        {
            check.Report(ReorganisationProblemCode.InvalidAmount, OrganisationRules.NegativePayrollMessage);
        }

        if (unit is null || !fteIsValid || !HasFte(unit, change.Fte, check))
        {
            return;
        }

        var payroll = change.Payroll ?? ProRata(unit, change.Fte);
        if (payroll > unit.Payroll)
        {
            check.Report(
                ReorganisationProblemCode.PayrollNotAvailable,
                $"Afdelingen {unit.Name} har en lønsum på {DanishText.Amount(unit.Payroll)}, men ændringen tager {DanishText.Amount(payroll)}",
                unit: unit.Key);
        }

        if (!check.Passed || to is null || name is null)
        {
            return;
        }

        organisation.TakeFromUnit(unit, change.Fte, payroll, UsedUp(unit, check));
        organisation.AddUnit(new UnitSnapshot(change.Id, name, to.Key, change.Fte, payroll));
    }

    private static void Create(CreateUnit change, ChangeCheck check, WorkingOrganisation organisation)
    {
        var to = check.Centre(change.Centre);
        var name = check.Name(change.Name, "Den nye afdeling skal have et navn.");
        var sources = change.Sources ?? [];
        if (sources.Count == 0)
        {
            check.Report(ReorganisationProblemCode.NoSources, "Den nye afdeling skal have årsværk fra mindst én afdeling.");
        }

        // The same unit named twice gives its FTE twice: judge the sum against what the unit has.
        var takes = new List<(UnitSnapshot Unit, decimal Fte, Money Payroll)>();
        foreach (var group in sources.GroupBy(s => s.Unit))
        {
            var unit = check.Unit(group.Key);
            var fteIsValid = group.Select(s => check.Fte(s.Fte)).ToList().TrueForAll(valid => valid);
            var fte = group.Sum(s => s.Fte);
            if (unit is not null && fteIsValid && HasFte(unit, fte, check))
            {
                takes.Add((unit, fte, ProRata(unit, fte)));
            }
        }

        if (!check.Passed || to is null || name is null)
        {
            return;
        }

        foreach (var (unit, fte, payroll) in takes)
        {
            organisation.TakeFromUnit(unit, fte, payroll, UsedUp(unit, check));
        }

        var total = new UnitSnapshot(change.Id, name, to.Key, takes.Sum(t => t.Fte), Money.Sum(takes.Select(t => t.Payroll)));
        organisation.AddUnit(total);
    }

    private static bool HasFte(UnitSnapshot unit, decimal fte, ChangeCheck check)
    {
        if (fte <= unit.Fte)
        {
            return true;
        }

        check.Report(
            ReorganisationProblemCode.FteNotAvailable,
            $"Afdelingen {unit.Name} har {DanishText.Fte(unit.Fte)} årsværk, men ændringen tager {DanishText.Fte(fte)}.",
            unit: unit.Key);
        return false;
    }

    // Payroll follows FTE; taking all FTE takes all payroll, so nothing is left behind by rounding.
    private static Money ProRata(UnitSnapshot unit, decimal fte) =>
        fte == unit.Fte
            ? unit.Payroll
            : Money.FromKroner((long)Math.Round(unit.Payroll.Kroner * fte / unit.Fte, MidpointRounding.AwayFromZero));

    private static string UsedUp(UnitSnapshot unit, ChangeCheck check) =>
        $"Afdelingen {unit.Name} findes ikke længere (alle årsværk overført ved ændring {check.Number}).";
}
