using HojeTaastrup.Admin.Domain.Reorganisation;
using static HojeTaastrup.Admin.Domain.Tests.Reorganisation.SmallOrganisation;

namespace HojeTaastrup.Admin.Domain.Tests.Reorganisation;

public class MoveUnitTests
{
    [Fact]
    public void Apply_MoveUnit_TakesItsFteAndPayrollAlong()
    {
        var outcome = Apply(new MoveUnit(Digitalisering, "øac", Why));

        Assert.Empty(outcome.Problems);
        Assert.Equal(Oac, outcome.Unit(Digitalisering).CentreKey);
        Assert.Equal(10.0m, outcome.After.FteOfCentre(Oac));
        Assert.Equal(10.0m, outcome.After.FteOfCentre(Bsc));
    }

    [Fact]
    public void Apply_MoveOfUnknownUnit_IsUnitNotFound()
    {
        var unknown = Guid.NewGuid();

        var problem = Apply(new MoveUnit(unknown, "ØAC", Why)).SingleProblem();

        Assert.Equal(ReorganisationProblemCode.UnitNotFound, problem.Code);
        Assert.Equal(unknown, problem.Unit);
    }

    [Fact]
    public void Apply_MoveOfAUnitUsedUpByAnEarlierChange_IsUnitRemovedEarlier()
    {
        var problem = Apply(
            new CreateUnit("ØAC", "Digital økonomi", [new UnitShare(Digitalisering, 2.0m)], Why),
            new MoveUnit(Digitalisering, "JOC", Why)).SingleProblem();

        Assert.Equal(ReorganisationProblemCode.UnitRemovedEarlier, problem.Code);
        Assert.Equal(1, problem.ChangeIndex);
        Assert.Equal("Afdelingen Digitalisering findes ikke længere (alle årsværk overført ved ændring 1).", problem.Message);
    }

    [Fact]
    public void Apply_MoveToUnknownCentre_IsCentreNotFound()
    {
        var problem = Apply(new MoveUnit(Digitalisering, "XYZ", Why)).SingleProblem();

        Assert.Equal(ReorganisationProblemCode.CentreNotFound, problem.Code);
    }

    [Fact]
    public void Apply_MoveWithoutCentre_AsksForOne()
    {
        var problem = Apply(new MoveUnit(Digitalisering, " ", Why)).SingleProblem();

        Assert.Equal(ReorganisationProblemCode.CentreNotFound, problem.Code);
        Assert.Equal("Vælg et center.", problem.Message);
    }

    [Fact]
    public void Apply_MoveToItsOwnCentre_HasNoEffect()
    {
        var problem = Apply(new MoveUnit(Digitalisering, "BSC", Why)).SingleProblem();

        Assert.Equal(ReorganisationProblemCode.NoEffect, problem.Code);
        Assert.Equal("Afdelingen Digitalisering hører allerede til centret BSC.", problem.Message);
    }

    [Fact]
    public void Apply_MoveToDissolvedCentre_IsCentreRemovedEarlier()
    {
        var problem = Apply(DissolveJaf(), new MoveUnit(Digitalisering, "JAF", Why)).SingleProblem();

        Assert.Equal(ReorganisationProblemCode.CentreRemovedEarlier, problem.Code);
        Assert.Equal("Centret JAF findes ikke (nedlagt ved ændring 1).", problem.Message);
    }

    [Fact]
    public void Apply_MoveOfTheLastUnit_LeavesAnEmptyCentreOfThatChange()
    {
        var problem = Apply(new MoveUnit(Afklaring, "JOC", Why)).SingleProblem();

        Assert.Equal(ReorganisationProblemCode.EmptyCentre, problem.Code);
        Assert.Equal(0, problem.ChangeIndex);
        Assert.Equal("Enheden JAF står uden afdelinger efter ændringerne.", problem.Message);
        Assert.Equal("JAF", problem.Centre);
    }
}
