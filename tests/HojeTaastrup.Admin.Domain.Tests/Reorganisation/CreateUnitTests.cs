using HojeTaastrup.Admin.Domain.Common;
using HojeTaastrup.Admin.Domain.Reorganisation;
using static HojeTaastrup.Admin.Domain.Tests.Reorganisation.SmallOrganisation;

namespace HojeTaastrup.Admin.Domain.Tests.Reorganisation;

public class CreateUnitTests
{
    [Fact]
    public void Apply_CreateUnit_TakesFteFromEachSourceWithPayrollProRata()
    {
        var create = new CreateUnit(
            "ØAC",
            "Digitaliseringsenheden",
            [new UnitShare(Borgerservice, 2.0m), new UnitShare(Budget, 1.0m)],
            Why);

        var outcome = Apply(create);

        Assert.Empty(outcome.Problems);
        var created = outcome.Unit(create.Id);
        Assert.Equal(Oac, created.CentreKey);
        Assert.Equal(3.0m, created.Fte);
        Assert.Equal(Money.FromKroner(800_000 + 450_000), created.Payroll);
        Assert.Equal(8.0m, outcome.Unit(Borgerservice).Fte);
        Assert.Equal(7.0m, outcome.Unit(Budget).Fte);
    }

    [Fact]
    public void Apply_CreateUnit_RoundsPayrollToWholeKronerWithoutLosingAny()
    {
        var baseline = Structure with
        {
            Units = [.. Structure.Units.Select(u => u.Key == Budget ? u with { Fte = 3.0m, Payroll = Money.FromKroner(1_000_000) } : u)],
        };
        var create = new CreateUnit("ØAC", "Analyse", [new UnitShare(Budget, 1.0m)], Why);

        var outcome = ReorganisationPlanner.Apply(baseline, [create]);

        Assert.Equal(Money.FromKroner(333_333), outcome.Unit(create.Id).Payroll);
        Assert.Equal(Money.FromKroner(666_667), outcome.Unit(Budget).Payroll);
    }

    [Fact]
    public void Apply_CreateUnitTakingAllOfAUnit_RemovesItAndMayEmptyItsCentre()
    {
        var outcome = Apply(new CreateUnit("JOC", "Afklaring og job", [new UnitShare(Afklaring, 5.0m)], Why));

        Assert.Null(outcome.After.FindUnit(Afklaring));
        var problem = outcome.SingleProblem();
        Assert.Equal(ReorganisationProblemCode.EmptyCentre, problem.Code);
        Assert.Equal("JAF", problem.Centre);
    }

    [Fact]
    public void Apply_CreateUnitTakingTheSameUnitTwice_JudgesTheSum()
    {
        var problem = Apply(new CreateUnit(
            "ØAC",
            "Digitaliseringsenheden",
            [new UnitShare(Digitalisering, 1.5m), new UnitShare(Digitalisering, 1.0m)],
            Why)).SingleProblem();

        Assert.Equal(ReorganisationProblemCode.FteNotAvailable, problem.Code);
        Assert.Equal("Afdelingen Digitalisering har 2,0 årsværk, men ændringen tager 2,5.", problem.Message);
    }

    [Fact]
    public void Apply_CreateUnitWithoutSources_IsNoSources()
    {
        var problem = Apply(new CreateUnit("ØAC", "Digitaliseringsenheden", [], Why)).SingleProblem();

        Assert.Equal(ReorganisationProblemCode.NoSources, problem.Code);
    }

    [Fact]
    public void Apply_CreateUnitFromUnknownUnit_IsUnitNotFound()
    {
        var problem = Apply(new CreateUnit("ØAC", "Digitaliseringsenheden", [new UnitShare(Guid.NewGuid(), 1.0m)], Why))
            .SingleProblem();

        Assert.Equal(ReorganisationProblemCode.UnitNotFound, problem.Code);
    }

    [Fact]
    public void Apply_CreateUnitWithInvalidFte_IsInvalidAmount()
    {
        var problem = Apply(new CreateUnit("ØAC", "Digitaliseringsenheden", [new UnitShare(Borgerservice, 0.05m)], Why))
            .SingleProblem();

        Assert.Equal(ReorganisationProblemCode.InvalidAmount, problem.Code);
        Assert.Equal("Årsværk (0,05) skal være større end 0 og have højst én decimal.", problem.Message);
    }

    [Fact]
    public void Apply_CreateUnitWithSeveralProblems_ReportsAllAndChangesNothing()
    {
        var outcome = Apply(new CreateUnit(
            "XYZ",
            "Digitaliseringsenheden",
            [new UnitShare(Borgerservice, 2.0m), new UnitShare(Digitalisering, 3.0m)],
            Why));

        Assert.Equal(
            [ReorganisationProblemCode.CentreNotFound, ReorganisationProblemCode.FteNotAvailable],
            outcome.Problems.Select(p => p.Code));
        Assert.Equal(10.0m, outcome.Unit(Borgerservice).Fte);
    }
}
