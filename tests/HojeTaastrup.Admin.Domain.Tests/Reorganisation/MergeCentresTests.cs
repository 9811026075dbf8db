using HojeTaastrup.Admin.Domain.Organisation;
using HojeTaastrup.Admin.Domain.Reorganisation;
using static HojeTaastrup.Admin.Domain.Tests.Reorganisation.SmallOrganisation;

namespace HojeTaastrup.Admin.Domain.Tests.Reorganisation;

public class MergeCentresTests
{
    [Fact]
    public void Apply_MergeWithoutSurvivor_CreatesANewCentreWithAllUnits()
    {
        var merge = new MergeCentres(["BSC", "ØAC"], "BØC", "Borger- og Økonomicenter", Why);

        var outcome = Apply(merge);

        Assert.Empty(outcome.Problems);
        var merged = outcome.Centre("BØC");
        Assert.Equal(merge.Id, merged.Key);
        Assert.Equal(CentreKind.Centre, merged.Kind);
        Assert.Equal(StaffArea, merged.DirectorateKey);
        Assert.Equal([Borgerservice, Digitalisering, Budget], outcome.After.UnitsOf(merged.Key).Select(u => u.Key));
        Assert.Null(outcome.After.FindCentre(Bsc));
        Assert.Null(outcome.After.FindCentre(Oac));
    }

    [Fact]
    public void Apply_MergeWithSurvivor_KeepsTheSurvivorsKeyAndKind()
    {
        var merge = new MergeCentres(["JAF", "HRS"], "HRJ", "HR og Jobafklaring", Why, SurvivingCentre: "HRS");

        var outcome = Apply(merge);

        Assert.Empty(outcome.Problems);
        var merged = outcome.Centre("HRJ");
        Assert.Equal(Hrs, merged.Key);
        Assert.Equal(CentreKind.Staff, merged.Kind);
        Assert.Equal(StaffArea, merged.DirectorateKey);
        Assert.Equal(2, outcome.After.UnitsOf(Hrs).Count());
        Assert.Null(outcome.After.FindCentre(Jaf));
    }

    [Fact]
    public void Apply_MergeWithSurvivor_MayKeepTheSurvivorsCode()
    {
        var outcome = Apply(new MergeCentres(["JOC", "JAF"], "JOC", "Jobcenter", Why, SurvivingCentre: "JOC"));

        Assert.Empty(outcome.Problems);
        Assert.Equal(Joc, outcome.Centre("JOC").Key);
    }

    [Fact]
    public void Apply_MergeIntoTheCodeOfAMergedCentre_IsAllowed()
    {
        var outcome = Apply(new MergeCentres(["BSC", "ØAC"], "BSC", "Borgerservice- og Økonomicenter", Why));

        Assert.Empty(outcome.Problems);
        Assert.NotEqual(Bsc, outcome.Centre("BSC").Key);
    }

    [Fact]
    public void Apply_MergeWithDirectorate_PutsTheResultUnderIt()
    {
        var outcome = Apply(new MergeCentres(["BSC", "ØAC"], "BØC", "Borger- og Økonomicenter", Why, Directorate: SocialArea));

        Assert.Equal(SocialArea, outcome.Centre("BØC").DirectorateKey);
    }

    [Fact]
    public void Apply_MergeOfOneCentre_IsTooFew()
    {
        var problem = Apply(new MergeCentres(["BSC"], "BØC", "Borger- og Økonomicenter", Why)).SingleProblem();

        Assert.Equal(ReorganisationProblemCode.TooFewCentres, problem.Code);
        Assert.Equal("En sammenlægning skal omfatte mindst to centre.", problem.Message);
    }

    [Fact]
    public void Apply_MergeOfTheSameCentreTwice_IsTooFew()
    {
        var outcome = Apply(new MergeCentres(["BSC", "bsc"], "BØC", "Borger- og Økonomicenter", Why));

        Assert.Equal(ReorganisationProblemCode.TooFewCentres, outcome.SingleProblem().Code);
        Assert.Equal(Bsc, outcome.Centre("BSC").Key);
    }

    [Fact]
    public void Apply_MergeOfDissolvedCentre_IsInvalid()
    {
        var outcome = Apply(
            DissolveJaf(),
            new MergeCentres(["JAF", "JOC"], "JOB", "Job og afklaring", Why));

        var problem = outcome.SingleProblem();
        Assert.Equal(ReorganisationProblemCode.CentreRemovedEarlier, problem.Code);
        Assert.Equal(1, problem.ChangeIndex);
        Assert.Equal("Centret JAF findes ikke (nedlagt ved ændring 1).", problem.Message);
        Assert.Equal("JAF", problem.Centre);
        Assert.Null(outcome.After.FindCentre("JOB"));
    }

    [Fact]
    public void Apply_MergeOfUnknownCentre_IsCentreNotFound()
    {
        var problem = Apply(new MergeCentres(["BSC", "XYZ"], "BØC", "Borger- og Økonomicenter", Why)).SingleProblem();

        Assert.Equal(ReorganisationProblemCode.CentreNotFound, problem.Code);
        Assert.Equal("Centret XYZ findes ikke.", problem.Message);
    }

    [Fact]
    public void Apply_ReferenceToAMergedCentre_SaysWhereItWent()
    {
        var problem = Apply(
            new MergeCentres(["BSC", "ØAC"], "BØC", "Borger- og Økonomicenter", Why),
            new MoveUnit(Loen, "ØAC", Why)).SingleProblem();

        Assert.Equal("Centret ØAC findes ikke (lagt sammen i BØC ved ændring 1).", problem.Message);
    }

    [Fact]
    public void Apply_MergeWithSurvivorOutsideTheMerge_IsRefused()
    {
        var problem = Apply(new MergeCentres(["BSC", "ØAC"], "BØC", "Borger- og Økonomicenter", Why, SurvivingCentre: "JOC"))
            .SingleProblem();

        Assert.Equal(ReorganisationProblemCode.SurvivorNotMerged, problem.Code);
        Assert.Equal("Det fortsættende center JOC er ikke blandt de centre, der lægges sammen.", problem.Message);
    }

    [Fact]
    public void Apply_MergeIntoTheCodeOfAnotherCentre_IsDuplicateCode()
    {
        var problem = Apply(new MergeCentres(["BSC", "ØAC"], "joc", "Borger- og Økonomicenter", Why)).SingleProblem();

        Assert.Equal(ReorganisationProblemCode.DuplicateCode, problem.Code);
        Assert.Equal("Koden JOC bruges allerede af Jobcenter.", problem.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("B-C")]
    [InlineData("ABCDEFGHIJK")]
    public void Apply_MergeWithInvalidCode_IsInvalidCode(string code)
    {
        var problem = Apply(new MergeCentres(["BSC", "ØAC"], code, "Borger- og Økonomicenter", Why)).SingleProblem();

        Assert.Equal(ReorganisationProblemCode.InvalidCode, problem.Code);
    }

    [Fact]
    public void Apply_MergeWithoutName_IsInvalidName()
    {
        var problem = Apply(new MergeCentres(["BSC", "ØAC"], "BØC", "  ", Why)).SingleProblem();

        Assert.Equal(ReorganisationProblemCode.InvalidName, problem.Code);
        Assert.Equal("Det sammenlagte center skal have et navn.", problem.Message);
    }

    [Fact]
    public void Apply_MergeWithUnknownDirectorate_IsDirectorateNotFound()
    {
        var problem = Apply(new MergeCentres(["BSC", "ØAC"], "BØC", "Borger- og Økonomicenter", Why, Directorate: Guid.NewGuid()))
            .SingleProblem();

        Assert.Equal(ReorganisationProblemCode.DirectorateNotFound, problem.Code);
    }

    [Fact]
    public void Apply_MergeWithEveryProblem_ReportsThemAllAtOnce()
    {
        var outcome = Apply(new MergeCentres(["XYZ"], "JOC", "", Why));

        Assert.Equal(
            [
                ReorganisationProblemCode.TooFewCentres,
                ReorganisationProblemCode.CentreNotFound,
                ReorganisationProblemCode.DuplicateCode,
                ReorganisationProblemCode.InvalidName,
            ],
            outcome.Problems.Select(p => p.Code));
    }

    [Fact]
    public void Apply_MergeFromJsonWithoutCentres_IsTooFew()
    {
        var merge = new MergeCentres(null!, "BØC", "Borger- og Økonomicenter", Why);

        Assert.Equal(ReorganisationProblemCode.TooFewCentres, Apply(merge).SingleProblem().Code);
    }
}
