using HojeTaastrup.Admin.Domain.Common;
using static HojeTaastrup.Admin.Domain.Tests.Reorganisation.SmallOrganisation;

namespace HojeTaastrup.Admin.Domain.Tests.Organisation;

public class OrganisationStructureTests
{
    [Fact]
    public void FindCentre_ByCode_IgnoresCaseAndSpaces()
    {
        Assert.Equal(Oac, Structure.FindCentre(" øac ")!.Key);
        Assert.Null(Structure.FindCentre("XYZ"));
    }

    [Fact]
    public void Totals_PerCentre_AddUpItsUnits()
    {
        Assert.Equal(12.0m, Structure.FteOfCentre(Bsc));
        Assert.Equal(Money.FromKroner(4_900_000), Structure.PayrollOfCentre(Bsc));
        Assert.Equal(0m, Structure.FteOfCentre(Guid.NewGuid()));
    }

    [Fact]
    public void Totals_PerDirectorate_AddUpItsCentres()
    {
        Assert.Equal(26.0m, Structure.FteOfDirectorate(StaffArea));
        Assert.Equal(Money.FromKroner(10_900_000), Structure.PayrollOfDirectorate(StaffArea));
        Assert.Equal(17.0m, Structure.FteOfDirectorate(SocialArea));
    }

    [Fact]
    public void Totals_OfTheWholeOrganisation_AddUpAllUnits()
    {
        Assert.Equal(43.0m, Structure.TotalFte());
        Assert.Equal(Money.FromKroner(17_900_000), Structure.TotalPayroll());
    }

    [Fact]
    public void Lookups_ByKey_FindDirectoratesCentresAndUnits()
    {
        Assert.Equal("Socialområdet", Structure.FindDirectorate(SocialArea)!.Name);
        Assert.Equal("JOC", Structure.FindCentre(Joc)!.Code);
        Assert.Equal("Løn", Structure.FindUnit(Loen)!.Name);
        Assert.Equal(["JOC", "JAF"], Structure.CentresOf(SocialArea).Select(c => c.Code));
    }
}
