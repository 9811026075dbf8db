using HojeTaastrup.Admin.Domain.Common;
using HojeTaastrup.Admin.Domain.Organisation;
using HojeTaastrup.Admin.Domain.Reorganisation;
using static HojeTaastrup.Admin.Domain.Tests.Reorganisation.SmallOrganisation;

namespace HojeTaastrup.Admin.Domain.Tests.Reorganisation;

public class ReorganisationImpactTests
{
    private static ReorganisationImpact ImpactOf(params ReorganisationChange[] changes)
    {
        var outcome = Apply(changes);
        Assert.Empty(outcome.Problems);
        return ReorganisationImpact.Compare(Structure, outcome.After);
    }

    [Fact]
    public void Compare_CountsCentresByKindAndUnits()
    {
        var impact = ImpactOf(DissolveJaf());

        Assert.Equal(new CentreCounts(3, 1, 1), impact.CountsBefore);
        Assert.Equal(new CentreCounts(3, 1, 0), impact.CountsAfter);
        Assert.Equal(6, impact.UnitsBefore);
        Assert.Equal(6, impact.UnitsAfter);
        Assert.Equal("3 centre, 1 stab og 1 enhed → 3 centre og 1 stab", impact.SummarySentence());
    }

    [Fact]
    public void Compare_SurvivingMergedCentre_ShowsItsNewFigures()
    {
        var impact = ImpactOf(DissolveJaf(), new MergeCentres(["JOC", "HRS"], "JHR", "Job og HR", Why, SurvivingCentre: "JOC"));

        var merged = Assert.Single(impact.Centres, c => c.Key == Joc);
        Assert.Equal(12.0m, merged.FteBefore);
        Assert.Equal(23.0m, merged.FteAfter);
        Assert.Equal(Money.FromKroner(5_000_000), merged.PayrollBefore);
        Assert.Equal(Money.FromKroner(9_400_000), merged.PayrollAfter);
        Assert.True(merged.IsRenamed);
        Assert.True(merged.IsChanged);
        Assert.Equal("JHR", merged.Code);
    }

    [Fact]
    public void Compare_RemovedCentre_HasNoFiguresAfter()
    {
        var impact = ImpactOf(DissolveJaf());

        var removed = Assert.Single(impact.Centres, c => c.IsRemoved);
        Assert.Equal("JAF", removed.Code);
        Assert.Equal(5.0m, removed.FteBefore);
        Assert.Equal(0m, removed.FteAfter);
        Assert.Equal(Money.Zero, removed.PayrollAfter);
        Assert.Equal("JAF", Assert.Single(impact.CentresRemoved).Code);
    }

    [Fact]
    public void Compare_CreatedCentre_IsListed()
    {
        var impact = ImpactOf(
            new CreateCentre("DIG", "Digitaliseringscenter", CentreKind.Centre, StaffArea, Why),
            new MoveUnit(Digitalisering, "DIG", Why));

        var created = Assert.Single(impact.CentresCreated);
        Assert.Equal("DIG", created.Code);
        var comparison = Assert.Single(impact.Centres, c => c.IsCreated);
        Assert.Equal(0m, comparison.FteBefore);
        Assert.Equal(2.0m, comparison.FteAfter);
    }

    [Fact]
    public void Compare_MovedUnits_NameTheirCentresBeforeAndAfter()
    {
        var impact = ImpactOf(new MergeCentres(["BSC", "ØAC"], "BØC", "Borger- og Økonomicenter", Why, SurvivingCentre: "ØAC"));

        Assert.Equal(
            [("Borgerservice", "BSC", "BØC"), ("Digitalisering", "BSC", "BØC")],
            impact.UnitsMoved.Select(m => (m.Name, m.FromCode, m.ToCode)));
    }

    [Fact]
    public void Compare_RenamedCentre_IsListedWithOldAndNewNames()
    {
        var impact = ImpactOf(new RenameCentre("BSC", "Borgerservice", Why, NewCode: "BOS"));

        var rename = Assert.Single(impact.CentresRenamed);
        Assert.Equal(new CentreRename(Bsc, "BSC", "Borgerservicecenter", "BOS", "Borgerservice"), rename);
        Assert.Empty(impact.CentresCreated);
        Assert.Empty(impact.CentresRemoved);
    }

    [Fact]
    public void Compare_DirectorateMove_NamesBothDirectorates()
    {
        var impact = ImpactOf(new ChangeDirectorate("BSC", SocialArea, Why));

        var move = Assert.Single(impact.DirectorateMoves);
        Assert.Equal(new DirectorateMove(Bsc, "BSC", StaffArea, "Stabsområdet", SocialArea, "Socialområdet"), move);
        Assert.True(Assert.Single(impact.Centres, c => c.Key == Bsc).HasNewDirectorate);
    }

    [Fact]
    public void Compare_UnitsCreatedRemovedAndResized_AreListed()
    {
        var create = new CreateUnit("ØAC", "Digital økonomi", [new UnitShare(Digitalisering, 2.0m), new UnitShare(Budget, 2.0m)], Why);

        var impact = ImpactOf(create);

        Assert.Equal(create.Id, Assert.Single(impact.UnitsCreated).Key);
        Assert.Equal(Digitalisering, Assert.Single(impact.UnitsRemoved).Key);
        var resized = Assert.Single(impact.UnitsResized);
        Assert.Equal((Budget, 8.0m, 6.0m), (resized.Unit, resized.FteBefore, resized.FteAfter));
        Assert.Equal(Money.FromKroner(2_700_000), resized.PayrollAfter);
    }

    [Fact]
    public void Compare_TotalFteAndPayroll_AreKept()
    {
        var impact = ImpactOf(new SplitUnit(Borgerservice, 3.0m, "Selvbetjening", "ØAC", Why));

        Assert.Equal(impact.FteBefore, impact.FteAfter);
        Assert.Equal(impact.PayrollBefore, impact.PayrollAfter);
        Assert.Equal(43.0m, impact.FteBefore);
    }

    [Fact]
    public void Compare_WithoutChanges_IsUnchanged()
    {
        var impact = ImpactOf();

        Assert.True(impact.IsUnchanged);
        Assert.All(impact.Centres, c => Assert.False(c.IsChanged));
        Assert.Equal("3 centre, 1 stab og 1 enhed → 3 centre, 1 stab og 1 enhed", impact.SummarySentence());
    }

    [Fact]
    public void Compare_CentreThatOnlyLostAUnit_IsChanged()
    {
        var impact = ImpactOf(new MoveUnit(Digitalisering, "ØAC", Why));

        Assert.Equal([Bsc, Oac], impact.Centres.Where(c => c.IsChanged).Select(c => c.Key));
        Assert.False(impact.IsUnchanged);
    }
}
