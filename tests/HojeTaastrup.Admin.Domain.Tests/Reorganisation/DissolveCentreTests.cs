using HojeTaastrup.Admin.Domain.Reorganisation;
using static HojeTaastrup.Admin.Domain.Tests.Reorganisation.SmallOrganisation;

namespace HojeTaastrup.Admin.Domain.Tests.Reorganisation;

public class DissolveCentreTests
{
    [Fact]
    public void Apply_Dissolve_MovesEveryUnitToItsDestination()
    {
        var outcome = Apply(new DissolveCentre(
            "BSC",
            new Dictionary<Guid, string> { [Borgerservice] = "JOC", [Digitalisering] = "øac" },
            Why));

        Assert.Empty(outcome.Problems);
        Assert.Null(outcome.After.FindCentre(Bsc));
        Assert.Equal(Joc, outcome.Unit(Borgerservice).CentreKey);
        Assert.Equal(Oac, outcome.Unit(Digitalisering).CentreKey);
    }

    [Fact]
    public void Apply_DissolveWithUnitWithoutDestination_NamesTheUnitAndLeavesTheCentre()
    {
        var outcome = Apply(new DissolveCentre("BSC", new Dictionary<Guid, string> { [Borgerservice] = "JOC" }, Why));

        var problem = outcome.SingleProblem();
        Assert.Equal(ReorganisationProblemCode.UnitWithoutDestination, problem.Code);
        Assert.Equal("Afdelingen Digitalisering i centret BSC har ikke fået et nyt center.", problem.Message);
        Assert.Equal(Digitalisering, problem.Unit);
        Assert.Equal(Bsc, outcome.Centre("BSC").Key);
        Assert.Equal(Bsc, outcome.Unit(Borgerservice).CentreKey);
    }

    [Fact]
    public void Apply_DissolveWithoutAnyDestinations_ReportsEveryUnit()
    {
        var outcome = Apply(new DissolveCentre("BSC", null!, Why));

        Assert.Equal(2, outcome.Problems.Count(p => p.Code == ReorganisationProblemCode.UnitWithoutDestination));
    }

    [Fact]
    public void Apply_DissolveOfAUnit_SpeaksOfTheUnit()
    {
        var problem = Apply(new DissolveCentre("JAF", new Dictionary<Guid, string>(), Why)).SingleProblem();

        Assert.Equal("Afdelingen Afklaring i enheden JAF har ikke fået et nyt center.", problem.Message);
    }

    [Fact]
    public void Apply_DissolveIntoUnknownCentre_IsCentreNotFound()
    {
        var problem = Apply(new DissolveCentre("JAF", new Dictionary<Guid, string> { [Afklaring] = "XYZ" }, Why)).SingleProblem();

        Assert.Equal(ReorganisationProblemCode.CentreNotFound, problem.Code);
    }

    [Fact]
    public void Apply_DissolveIntoItself_IsInvalidDestination()
    {
        var problem = Apply(new DissolveCentre("JAF", new Dictionary<Guid, string> { [Afklaring] = "JAF" }, Why)).SingleProblem();

        Assert.Equal(ReorganisationProblemCode.InvalidDestination, problem.Code);
        Assert.Equal("Afdelingen Afklaring kan ikke flyttes til enheden JAF, som nedlægges.", problem.Message);
    }

    [Fact]
    public void Apply_DissolveWithDestinationForAnotherCentresUnit_IsUnitNotInCentre()
    {
        var problem = Apply(new DissolveCentre(
            "JAF",
            new Dictionary<Guid, string> { [Afklaring] = "JOC", [Loen] = "JOC" },
            Why)).SingleProblem();

        Assert.Equal(ReorganisationProblemCode.UnitNotInCentre, problem.Code);
        Assert.Equal("Afdelingen Løn hører ikke til enheden JAF.", problem.Message);
    }

    [Fact]
    public void Apply_DissolveWithDestinationForUnknownUnit_IsUnitNotFound()
    {
        var problem = Apply(new DissolveCentre(
            "JAF",
            new Dictionary<Guid, string> { [Afklaring] = "JOC", [Guid.NewGuid()] = "JOC" },
            Why)).SingleProblem();

        Assert.Equal(ReorganisationProblemCode.UnitNotFound, problem.Code);
    }

    [Fact]
    public void Apply_DissolveOfUnknownCentre_IsCentreNotFound()
    {
        var problem = Apply(new DissolveCentre("XYZ", new Dictionary<Guid, string>(), Why)).SingleProblem();

        Assert.Equal(ReorganisationProblemCode.CentreNotFound, problem.Code);
    }

    [Fact]
    public void Apply_DissolveTwice_IsCentreRemovedEarlier()
    {
        var problem = Apply(DissolveJaf(), DissolveJaf()).SingleProblem();

        Assert.Equal(ReorganisationProblemCode.CentreRemovedEarlier, problem.Code);
        Assert.Equal(1, problem.ChangeIndex);
        Assert.Equal("Centret JAF findes ikke (nedlagt ved ændring 1).", problem.Message);
    }

    [Fact]
    public void Apply_DissolveOfAnEmptyCentre_NeedsNoDestinations()
    {
        var outcome = Apply(
            new MoveUnit(Afklaring, "JOC", Why),
            new DissolveCentre("JAF", new Dictionary<Guid, string>(), Why));

        Assert.Empty(outcome.Problems);
        Assert.Null(outcome.After.FindCentre(Jaf));
    }
}
