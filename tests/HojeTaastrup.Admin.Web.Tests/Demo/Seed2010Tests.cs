using System.Text.Json;
using HojeTaastrup.Admin.Data.Demo;
using HojeTaastrup.Admin.Domain.Organisation;
using HojeTaastrup.Admin.Domain.Reorganisation;

namespace HojeTaastrup.Admin.Web.Tests.Demo;

// The demo data's model case (seed 000) is what the planner promises: 16 centres and 4 units become 13 centres.
public class Seed2010Tests
{
    [Fact]
    public void Baseline_Has16CentresAnd4Units()
    {
        Assert.Equal(new CentreCounts(16, 0, 4), Seed2010.Baseline.CountCentres());
    }

    [Theory]
    [InlineData("It-center")]
    [InlineData("Sundhedscenter")]
    [InlineData("Pensions- og Omsorgscenter")]
    [InlineData("Børne- og Ungerådgivningscenter")]
    [InlineData("Pædagogisk Udviklingscenter")]
    [InlineData("Jobafklaring")]
    [InlineData("Sprogcenter")]
    [InlineData("Ydelsesservice")]
    [InlineData("Økonomi- og Analysecenter")]
    [InlineData("Borgerservicecenter")]
    [InlineData("Byrådscenter")]
    [InlineData("HR-center")]
    [InlineData("Teknik- og Miljøcenter")]
    [InlineData("Fritid- og Kulturcenter")]
    [InlineData("Institutions- og Skolecenter")]
    [InlineData("Jobcenter")]
    public void Baseline_NamesTheCentresOfTheSeed(string name)
    {
        Assert.Contains(Seed2010.Baseline.Centres, c => c.Name == name);
    }

    [Fact]
    public void Baseline_KeepsTheRulesOfAnOrganisationVersion()
    {
        var version = OrganisationVersion.FromStructure(Seed2010.BaselineDate, "Demo", Seed2010.Baseline);

        Assert.Equal(20, version.Centres.Count);
        Assert.Equal(Seed2010.Baseline.Units.Count, version.Units.Count);
    }

    [Fact]
    public void Apply_SeedChanges_Gives13CentresWithoutProblems()
    {
        var outcome = ReorganisationPlanner.Apply(Seed2010.Baseline, Seed2010.Changes);

        Assert.Empty(outcome.Problems);
        var impact = ReorganisationImpact.Compare(Seed2010.Baseline, outcome.After);
        Assert.Equal("16 centre og 4 enheder → 13 centre", impact.SummarySentence());
    }

    [Fact]
    public void Apply_SeedChanges_RemovesTheCentresTheNoticeNames()
    {
        var outcome = ReorganisationPlanner.Apply(Seed2010.Baseline, Seed2010.Changes);
        var impact = ReorganisationImpact.Compare(Seed2010.Baseline, outcome.After);

        Assert.Equal(
            ["FYE", "ITC", "JAF", "PUC", "SPC", "SUC", "YDS"],
            impact.CentresRemoved.Select(c => c.Code).Order(StringComparer.Ordinal));
        Assert.Empty(impact.CentresCreated);
    }

    [Fact]
    public void Apply_SeedChanges_BuildsTheHealthAndCareCentreOnPensionsOgOmsorgscenter()
    {
        var outcome = ReorganisationPlanner.Apply(Seed2010.Baseline, Seed2010.Changes);

        var soc = Centre(outcome, "SOC");
        Assert.Equal(Seed2010.Baseline.FindCentre("POC")!.Key, soc.Key);
        Assert.Equal("Sundheds- og Omsorgscenter", soc.Name);
        var units = outcome.After.UnitsOf(soc.Key).Select(u => u.Name).ToList();
        Assert.Contains("Sundhedsplejen", units);
        Assert.Contains("Tandplejen", units);
        Assert.Contains("Træning og genoptræning", units);
        Assert.DoesNotContain("Pensionsenheden", units);
    }

    [Fact]
    public void Apply_SeedChanges_BuildsTheDigitalisationUnitFromFiveCentres()
    {
        var outcome = ReorganisationPlanner.Apply(Seed2010.Baseline, Seed2010.Changes);

        var unit = Assert.Single(outcome.After.Units, u => u.Name == "Digitaliseringsenheden");
        Assert.Equal(Centre(outcome, "ØAC").Key, unit.CentreKey);
        Assert.Equal(16.9m, unit.Fte);
        Assert.Equal(3.5m, Unit(outcome, Seed2010.Unit("Web og kommunikation")).Fte);
        Assert.Null(outcome.After.FindUnit(Seed2010.Unit("GIS-enheden")));
    }

    [Fact]
    public void Apply_SeedChanges_PutsBoerneOgUngeraadgivningUnderTheSocialDirector()
    {
        var outcome = ReorganisationPlanner.Apply(Seed2010.Baseline, Seed2010.Changes);

        Assert.Equal(Seed2010.ArbejdsmarkedOgSocial, Centre(outcome, "BUR").DirectorateKey);
    }

    [Fact]
    public void Apply_SeedChanges_NeitherLosesNorAddsFteOrPayroll()
    {
        var outcome = ReorganisationPlanner.Apply(Seed2010.Baseline, Seed2010.Changes);

        Assert.Equal(Seed2010.Baseline.TotalFte(), outcome.After.TotalFte());
        Assert.Equal(Seed2010.Baseline.TotalPayroll(), outcome.After.TotalPayroll());
    }

    [Fact]
    public void CreateProposal_CanBeSentToHearingAndAdopted()
    {
        var proposal = Seed2010.CreateProposal();

        proposal.SendToHearing();
        var after = proposal.Adopt(new OrganisationTimeline([]), null);

        Assert.Equal(ReorganisationStatus.Adopted, proposal.Status);
        Assert.Equal(new CentreCounts(13, 0, 0), after.CountCentres());
        Assert.Equal(Seed2010.ImplementationProjectNames.Count, proposal.ImplementationProjects.Count);
        Assert.Equal(13, proposal.TargetCentreCount);
    }

    [Fact]
    public void Changes_HaveFixedIds()
    {
        Assert.Equal(Seed2010.Changes.Count, Seed2010.Changes.Select(c => c.Id).Distinct().Count());
        Assert.All(Seed2010.Changes, c => Assert.StartsWith("20100000-", c.Id.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public void RoundTrip_OfTheSeedChanges_GivesTheSameOutcome()
    {
        var json = JsonSerializer.Serialize(Seed2010.Changes, JsonSerializerOptions.Web);
        var back = JsonSerializer.Deserialize<IReadOnlyList<ReorganisationChange>>(json, JsonSerializerOptions.Web)!;

        var outcome = ReorganisationPlanner.Apply(Seed2010.Baseline, back);

        Assert.Empty(outcome.Problems);
        Assert.Equal(13, outcome.After.Centres.Count);
    }

    private static CentreSnapshot Centre(ReorganisationOutcome outcome, string code) => Assert.Single(outcome.After.Centres, c => c.Code == code);

    private static UnitSnapshot Unit(ReorganisationOutcome outcome, Guid key) => Assert.Single(outcome.After.Units, u => u.Key == key);
}
