using HojeTaastrup.Admin.Domain.Organisation;
using HojeTaastrup.Admin.Domain.Reorganisation;
using static HojeTaastrup.Admin.Domain.Tests.Reorganisation.SmallOrganisation;

namespace HojeTaastrup.Admin.Domain.Tests.Reorganisation;

public class CreateCentreTests
{
    private static CreateCentre Digitalisation(string code = "DIG", string name = "Digitaliseringscenter") =>
        new(code, name, CentreKind.Centre, StaffArea, Why);

    [Fact]
    public void Apply_CreateCentreThatGetsAUnit_HasNoProblems()
    {
        var create = Digitalisation("dig");

        var outcome = Apply(create, new MoveUnit(Digitalisering, "DIG", Why));

        Assert.Empty(outcome.Problems);
        var centre = outcome.Centre("DIG");
        Assert.Equal(create.Id, centre.Key);
        Assert.Equal("Digitaliseringscenter", centre.Name);
        Assert.Equal(StaffArea, centre.DirectorateKey);
        Assert.Equal(centre.Key, outcome.Unit(Digitalisering).CentreKey);
    }

    [Fact]
    public void Apply_CreateCentreLeftEmpty_IsAnEmptyCentreOfTheCreatingChange()
    {
        var outcome = Apply(DissolveJaf(), Digitalisation());

        var problem = outcome.SingleProblem();
        Assert.Equal(ReorganisationProblemCode.EmptyCentre, problem.Code);
        Assert.Equal(1, problem.ChangeIndex);
        Assert.Equal("Centret DIG står uden afdelinger efter ændringerne.", problem.Message);
    }

    [Fact]
    public void Apply_CreateCentreWithTakenCode_IsDuplicateCode()
    {
        var problem = Apply(Digitalisation("bsc")).SingleProblem();

        Assert.Equal(ReorganisationProblemCode.DuplicateCode, problem.Code);
        Assert.Equal("Koden BSC bruges allerede af Borgerservicecenter.", problem.Message);
    }

    [Fact]
    public void Apply_TwoNewCentresWithTheSameCode_MakeTheSecondADuplicate()
    {
        var second = Digitalisation(name: "Digitalisering 2");

        var outcome = Apply(Digitalisation(), new MoveUnit(Digitalisering, "DIG", Why), second);

        var problem = outcome.SingleProblem();
        Assert.Equal(ReorganisationProblemCode.DuplicateCode, problem.Code);
        Assert.Equal(second.Id, problem.ChangeId);
        Assert.Equal("Koden DIG bruges allerede af Digitaliseringscenter.", problem.Message);
    }

    [Fact]
    public void Apply_CreateCentreWithTheCodeOfADissolvedCentre_IsAllowed()
    {
        var outcome = Apply(DissolveJaf(), Digitalisation("JAF"), new MoveUnit(Afklaring, "JAF", Why));

        Assert.Empty(outcome.Problems);
        Assert.Equal("Digitaliseringscenter", outcome.Centre("JAF").Name);
    }

    [Fact]
    public void Apply_CreateCentreWithInvalidCode_IsInvalidCode()
    {
        var problem = Apply(Digitalisation("D G")).SingleProblem();

        Assert.Equal(ReorganisationProblemCode.InvalidCode, problem.Code);
        Assert.StartsWith("Koden \"D G\" er ugyldig.", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_CreateCentreWithoutName_IsInvalidName()
    {
        var problem = Apply(Digitalisation(name: "")).SingleProblem();

        Assert.Equal(ReorganisationProblemCode.InvalidName, problem.Code);
        Assert.Equal("Det nye center skal have et navn.", problem.Message);
    }

    [Fact]
    public void Apply_CreateCentreWithTooLongName_IsInvalidName()
    {
        var problem = Apply(Digitalisation(name: new string('x', 201))).SingleProblem();

        Assert.Equal(ReorganisationProblemCode.InvalidName, problem.Code);
        Assert.Equal("Navnet må højst være 200 tegn.", problem.Message);
    }

    [Fact]
    public void Apply_CreateCentreUnderUnknownDirectorate_IsDirectorateNotFound()
    {
        var problem = Apply(new CreateCentre("DIG", "Digitaliseringscenter", CentreKind.Centre, Guid.NewGuid(), Why)).SingleProblem();

        Assert.Equal(ReorganisationProblemCode.DirectorateNotFound, problem.Code);
    }

    [Fact]
    public void Apply_CreateCentreOfUnknownKind_IsInvalidKind()
    {
        var problem = Apply(new CreateCentre("DIG", "Digitaliseringscenter", (CentreKind)7, StaffArea, Why)).SingleProblem();

        Assert.Equal(ReorganisationProblemCode.InvalidKind, problem.Code);
    }
}
