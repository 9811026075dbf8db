using HojeTaastrup.Admin.Domain.Reorganisation;
using static HojeTaastrup.Admin.Domain.Tests.Reorganisation.SmallOrganisation;

namespace HojeTaastrup.Admin.Domain.Tests.Reorganisation;

public class RenameCentreTests
{
    [Fact]
    public void Apply_RenameWithNewCode_ChangesCodeAndNameButNotKey()
    {
        var outcome = Apply(new RenameCentre("BSC", "Borgerservice- og Ydelsescenter", Why, NewCode: "BYS"));

        Assert.Empty(outcome.Problems);
        var centre = outcome.Centre("BYS");
        Assert.Equal(Bsc, centre.Key);
        Assert.Equal("Borgerservice- og Ydelsescenter", centre.Name);
    }

    [Fact]
    public void Apply_RenameWithoutNewCode_KeepsTheCode()
    {
        var outcome = Apply(new RenameCentre("BSC", "Borgerservice", Why));

        Assert.Empty(outcome.Problems);
        Assert.Equal("Borgerservice", outcome.Centre("BSC").Name);
    }

    [Fact]
    public void Apply_ReferenceToTheOldCode_SaysItWasRenamed()
    {
        var problem = Apply(
            new RenameCentre("BSC", "Borgerservice", Why, NewCode: "BYS"),
            new MoveUnit(Loen, "BSC", Why)).SingleProblem();

        Assert.Equal(ReorganisationProblemCode.CentreRemovedEarlier, problem.Code);
        Assert.Equal("Centret BSC findes ikke (omdøbt til BYS ved ændring 1).", problem.Message);
    }

    [Fact]
    public void Apply_RenameToTakenCode_IsDuplicateCode()
    {
        var problem = Apply(new RenameCentre("BSC", "Borgerservice", Why, NewCode: "ØAC")).SingleProblem();

        Assert.Equal(ReorganisationProblemCode.DuplicateCode, problem.Code);
    }

    [Fact]
    public void Apply_RenameToInvalidCode_IsInvalidCode()
    {
        var problem = Apply(new RenameCentre("BSC", "Borgerservice", Why, NewCode: "B/S")).SingleProblem();

        Assert.Equal(ReorganisationProblemCode.InvalidCode, problem.Code);
    }

    [Fact]
    public void Apply_RenameWithoutName_IsInvalidName()
    {
        var problem = Apply(new RenameCentre("BSC", "", Why)).SingleProblem();

        Assert.Equal(ReorganisationProblemCode.InvalidName, problem.Code);
    }

    [Fact]
    public void Apply_RenameToTheSameNameAndCode_HasNoEffect()
    {
        var problem = Apply(new RenameCentre("BSC", "Borgerservicecenter", Why, NewCode: "bsc")).SingleProblem();

        Assert.Equal(ReorganisationProblemCode.NoEffect, problem.Code);
        Assert.Equal("Centret BSC hedder allerede Borgerservicecenter.", problem.Message);
    }

    [Fact]
    public void Apply_RenameOfUnknownCentre_IsCentreNotFound()
    {
        var problem = Apply(new RenameCentre("XYZ", "Noget", Why)).SingleProblem();

        Assert.Equal(ReorganisationProblemCode.CentreNotFound, problem.Code);
    }
}
