using HojeTaastrup.Admin.Domain.Organisation;
using HojeTaastrup.Admin.Domain.Reorganisation;
using static HojeTaastrup.Admin.Domain.Tests.Reorganisation.SmallOrganisation;

namespace HojeTaastrup.Admin.Domain.Tests.Reorganisation;

// What holds for every change: order, attribution of problems, going on after a problem.
public class ReorganisationPlannerTests
{
    [Fact]
    public void Apply_NoChanges_GivesTheBaseline()
    {
        var outcome = Apply();

        Assert.Empty(outcome.Problems);
        Assert.Equal(Structure.Centres, outcome.After.Centres);
        Assert.Equal(Structure.Units, outcome.After.Units);
        Assert.Equal(Structure.Directorates, outcome.After.Directorates);
    }

    [Fact]
    public void Apply_DoesNotChangeTheBaseline()
    {
        var centres = Structure.Centres.ToList();
        var units = Structure.Units.ToList();

        Apply(new MergeCentres(["BSC", "ØAC"], "BØC", "Borger- og Økonomicenter", Why), new SplitUnit(Loen, 1.0m, "Løn 2", "BØC", Why));

        Assert.Equal(centres, Structure.Centres);
        Assert.Equal(units, Structure.Units);
    }

    [Fact]
    public void Apply_ChangeOnCentreRemovedByEarlierChange_NamesTheEarlierChange()
    {
        var dissolve = new DissolveCentre(
            "BSC",
            new Dictionary<Guid, string> { [Borgerservice] = "JOC", [Digitalisering] = "ØAC" },
            Why);
        var move = new MoveUnit(Budget, "BSC", Why);

        var problem = Apply(DissolveJaf(), dissolve, move).SingleProblem();

        Assert.Equal(2, problem.ChangeIndex);
        Assert.Equal(3, problem.ChangeNumber);
        Assert.Equal(move.Id, problem.ChangeId);
        Assert.Equal("Centret BSC findes ikke (nedlagt ved ændring 2).", problem.Message);
    }

    [Fact]
    public void Apply_SameChangesInAnotherOrder_CanBeValid()
    {
        var move = new MoveUnit(Budget, "BSC", Why);
        var dissolve = new DissolveCentre(
            "BSC",
            new Dictionary<Guid, string> { [Borgerservice] = "JOC", [Digitalisering] = "ØAC", [Budget] = "ØAC" },
            Why);

        var outcome = Apply(move, dissolve);

        Assert.Empty(outcome.Problems);
        Assert.Equal(Oac, outcome.Unit(Budget).CentreKey);
    }

    [Fact]
    public void Apply_AfterAProblem_GoesOnAndShowsAllProblems()
    {
        var outcome = Apply(
            new MoveUnit(Budget, "XYZ", Why),
            new MoveUnit(Digitalisering, "ØAC", Why),
            new MoveUnit(Loen, "HRS", Why));

        Assert.Equal([0, 2], outcome.Problems.Select(p => p.ChangeIndex));
        Assert.Equal(Oac, outcome.Unit(Digitalisering).CentreKey);
    }

    [Fact]
    public void Apply_ChangeWithAProblem_IsLeftOutOfTheAfterState()
    {
        var outcome = Apply(new DissolveCentre("BSC", new Dictionary<Guid, string> { [Borgerservice] = "JOC" }, Why));

        Assert.Equal(Bsc, outcome.Unit(Borgerservice).CentreKey);
    }

    [Fact]
    public void Apply_ChangeWithoutRationale_IsAProblemButStillApplied()
    {
        var move = new MoveUnit(Digitalisering, "ØAC", " ");

        var outcome = Apply(move);

        var problem = outcome.SingleProblem();
        Assert.Equal(ReorganisationProblemCode.MissingRationale, problem.Code);
        Assert.Equal("Ændring 1 mangler en begrundelse.", problem.Message);
        Assert.Equal(Oac, outcome.Unit(Digitalisering).CentreKey);
    }

    [Fact]
    public void Apply_EmptyCentre_IsPinnedOnTheChangeThatEmptiedItLast()
    {
        var create = new CreateCentre("DIG", "Digitaliseringscenter", CentreKind.Centre, StaffArea, Why);
        var moveIn = new MoveUnit(Digitalisering, "DIG", Why);
        var moveOut = new MoveUnit(Digitalisering, "BSC", Why);

        var problem = Apply(create, moveIn, moveOut).SingleProblem();

        Assert.Equal(ReorganisationProblemCode.EmptyCentre, problem.Code);
        Assert.Equal(moveOut.Id, problem.ChangeId);
    }

    [Fact]
    public void Apply_CentreEmptiedAndFilledAgain_IsNoProblem()
    {
        var outcome = Apply(new MoveUnit(Afklaring, "JOC", Why), new MoveUnit(Jobformidling, "JAF", Why));

        Assert.Empty(outcome.Problems);
    }

    [Fact]
    public void Apply_CentreEmptyInTheBaseline_IsNotTheProposalsProblem()
    {
        var baseline = Structure with { Units = [.. Structure.Units.Where(u => u.Key != Afklaring)] };

        var outcome = ReorganisationPlanner.Apply(baseline, [new MoveUnit(Digitalisering, "ØAC", Why)]);

        Assert.Empty(outcome.Problems);
    }

    [Fact]
    public void Apply_Problems_AreListedInChangeOrder()
    {
        var outcome = Apply(new MoveUnit(Afklaring, "JOC", Why), new MoveUnit(Budget, "XYZ", Why));

        Assert.Equal(
            [ReorganisationProblemCode.EmptyCentre, ReorganisationProblemCode.CentreNotFound],
            outcome.Problems.Select(p => p.Code));
    }

    [Fact]
    public void Outcome_ProblemsOf_SelectsOneChange()
    {
        var bad = new MoveUnit(Budget, "XYZ", Why);

        var outcome = Apply(new MoveUnit(Digitalisering, "ØAC", Why), bad);

        Assert.True(outcome.HasProblems);
        Assert.Equal(bad.Id, Assert.Single(outcome.ProblemsOf(bad.Id)).ChangeId);
    }

    [Fact]
    public void Apply_CodesInChanges_AreMatchedWithoutRegardToCaseOrSpaces()
    {
        var outcome = Apply(new MoveUnit(Digitalisering, " øac ", Why));

        Assert.Empty(outcome.Problems);
    }
}
