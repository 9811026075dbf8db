using HojeTaastrup.Admin.Domain.Reorganisation;
using static HojeTaastrup.Admin.Domain.Tests.Reorganisation.SmallOrganisation;

namespace HojeTaastrup.Admin.Domain.Tests.Reorganisation;

public class ChangeDirectorateTests
{
    [Fact]
    public void Apply_ChangeDirectorate_MovesTheCentreWithItsUnits()
    {
        var outcome = Apply(new ChangeDirectorate("BSC", SocialArea, Why));

        Assert.Empty(outcome.Problems);
        Assert.Equal(SocialArea, outcome.Centre("BSC").DirectorateKey);
        Assert.Equal(Structure.FteOfDirectorate(SocialArea) + 12.0m, outcome.After.FteOfDirectorate(SocialArea));
    }

    [Fact]
    public void Apply_ChangeToTheSameDirectorate_HasNoEffect()
    {
        var problem = Apply(new ChangeDirectorate("HRS", StaffArea, Why)).SingleProblem();

        Assert.Equal(ReorganisationProblemCode.NoEffect, problem.Code);
        Assert.Equal("Staben HRS hører allerede under Stabsområdet.", problem.Message);
    }

    [Fact]
    public void Apply_ChangeToUnknownDirectorate_IsDirectorateNotFound()
    {
        var problem = Apply(new ChangeDirectorate("BSC", Guid.NewGuid(), Why)).SingleProblem();

        Assert.Equal(ReorganisationProblemCode.DirectorateNotFound, problem.Code);
        Assert.Equal("Det valgte direktørområde findes ikke.", problem.Message);
    }

    [Fact]
    public void Apply_ChangeDirectorateOfDissolvedCentre_IsCentreRemovedEarlier()
    {
        var problem = Apply(DissolveJaf(), new ChangeDirectorate("JAF", StaffArea, Why)).SingleProblem();

        Assert.Equal(ReorganisationProblemCode.CentreRemovedEarlier, problem.Code);
    }
}
