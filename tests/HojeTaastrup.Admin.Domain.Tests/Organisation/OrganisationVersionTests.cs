using HojeTaastrup.Admin.Domain.Common;
using HojeTaastrup.Admin.Domain.Organisation;
using HojeTaastrup.Admin.Domain.Tests.Reorganisation;

namespace HojeTaastrup.Admin.Domain.Tests.Organisation;

public class OrganisationVersionTests
{
    private readonly OrganisationVersion _version = new(new DateOnly(2010, 1, 1), "Test");
    private readonly Directorate _staff;
    private readonly Centre _bsc;

    public OrganisationVersionTests()
    {
        _staff = _version.AddDirectorate("Stabsområdet", "Anne Kjær");
        _bsc = _version.AddCentre("BSC", "Borgerservicecenter", CentreKind.Centre, _staff.Key);
    }

    private static void Refused(Action action, string message) =>
        Assert.Equal(message, Assert.Throws<DomainException>(action).Message);

    [Fact]
    public void New_HasNoVersionYet()
    {
        Assert.Equal(0, _version.Version);
        Assert.Equal(new DateOnly(2010, 1, 1), _version.EffectiveFrom);
    }

    [Fact]
    public void AddCentre_StoresTheCodeTrimmedAndUpperCase()
    {
        var centre = _version.AddCentre(" øac ", " Økonomi- og Analysecenter ", CentreKind.Centre, _staff.Key);

        Assert.Equal("ØAC", centre.Code);
        Assert.Equal("Økonomi- og Analysecenter", centre.Name);
        Assert.Equal(_version.Id, centre.OrganisationVersionId);
        Assert.NotEqual(Guid.Empty, centre.Key);
    }

    [Theory]
    [InlineData("")]
    [InlineData("ABCDEFGHIJK")]
    [InlineData("B-C")]
    [InlineData("BS C")]
    public void AddCentre_WithInvalidCode_IsRefused(string code)
    {
        Refused(
            () => _version.AddCentre(code, "Et center", CentreKind.Centre, _staff.Key),
            "Koden skal være 1–10 tegn: store bogstaver (A–Å) eller cifre.");
    }

    [Fact]
    public void AddCentre_WithACodeInUse_IsRefused()
    {
        Refused(
            () => _version.AddCentre("bsc", "Et andet center", CentreKind.Centre, _staff.Key),
            "Koden BSC bruges allerede af Borgerservicecenter.");
    }

    [Fact]
    public void AddCentre_WithoutName_IsRefused()
    {
        Refused(() => _version.AddCentre("NYC", " ", CentreKind.Centre, _staff.Key), "Navnet skal udfyldes.");
    }

    [Fact]
    public void AddCentre_UnderUnknownDirectorate_IsRefused()
    {
        Refused(() => _version.AddCentre("NYC", "Nyt center", CentreKind.Centre, Guid.NewGuid()), "Direktørområdet findes ikke.");
    }

    [Fact]
    public void EditCentre_MayKeepItsOwnCode()
    {
        _version.EditCentre(_bsc.Key, "BSC", "Borgerservice", CentreKind.Staff, _staff.Key);

        Assert.Equal(("BSC", "Borgerservice", CentreKind.Staff), (_bsc.Code, _bsc.Name, _bsc.Kind));
    }

    [Fact]
    public void EditCentre_ToAnotherCentresCode_IsRefused()
    {
        _version.AddCentre("ØAC", "Økonomi- og Analysecenter", CentreKind.Centre, _staff.Key);

        Refused(
            () => _version.EditCentre(_bsc.Key, "ØAC", "Borgerservicecenter", CentreKind.Centre, _staff.Key),
            "Koden ØAC bruges allerede af Økonomi- og Analysecenter.");
    }

    [Fact]
    public void AddUnit_KeepsFteAndPayroll()
    {
        var unit = _version.AddUnit(_bsc.Key, "Borgerservice", 10.5m, Money.FromKroner(4_000_000));

        Assert.Equal((_bsc.Key, 10.5m, Money.FromKroner(4_000_000)), (unit.CentreKey, unit.Fte, unit.Payroll));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(1.25)]
    public void AddUnit_WithInvalidFte_IsRefused(decimal fte)
    {
        Refused(
            () => _version.AddUnit(_bsc.Key, "Borgerservice", fte, Money.Zero),
            "Årsværk skal være mellem 0 og 100.000 og må højst have én decimal.");
    }

    [Fact]
    public void AddUnit_WithNegativePayroll_IsRefused()
    {
        Refused(() => _version.AddUnit(_bsc.Key, "Borgerservice", 1.0m, Money.FromKroner(-1)), "Lønsummen kan ikke være negativ.");
    }

    [Fact]
    public void AddUnit_WithTheNameOfAnotherUnitInTheCentre_IsRefused()
    {
        _version.AddUnit(_bsc.Key, "Borgerservice", 1.0m, Money.Zero);

        Refused(
            () => _version.AddUnit(_bsc.Key, "borgerservice", 1.0m, Money.Zero),
            "Centret BSC har allerede en afdeling med navnet borgerservice.");
    }

    [Fact]
    public void AddUnit_ToUnknownCentre_IsRefused()
    {
        Refused(() => _version.AddUnit(Guid.NewGuid(), "Borgerservice", 1.0m, Money.Zero), "Centret findes ikke.");
    }

    [Fact]
    public void EditUnit_CanMoveItToAnotherCentre()
    {
        var unit = _version.AddUnit(_bsc.Key, "Digitalisering", 2.0m, Money.FromKroner(900_000));
        var oac = _version.AddCentre("ØAC", "Økonomi- og Analysecenter", CentreKind.Centre, _staff.Key);

        _version.EditUnit(unit.Key, oac.Key, "Digitalisering", 2.5m, Money.FromKroner(1_000_000));

        Assert.Equal((oac.Key, 2.5m), (unit.CentreKey, unit.Fte));
    }

    [Fact]
    public void RemoveCentre_WithUnits_IsRefused()
    {
        _version.AddUnit(_bsc.Key, "Borgerservice", 1.0m, Money.Zero);
        _version.AddUnit(_bsc.Key, "Digitalisering", 1.0m, Money.Zero);

        Refused(() => _version.RemoveCentre(_bsc.Key), "Centret BSC har stadig 2 afdelinger og kan ikke fjernes.");
    }

    [Fact]
    public void RemoveCentre_WhenEmpty_RemovesIt()
    {
        var unit = _version.AddUnit(_bsc.Key, "Borgerservice", 1.0m, Money.Zero);
        _version.RemoveUnit(unit.Key);

        _version.RemoveCentre(_bsc.Key);

        Assert.Empty(_version.Centres);
    }

    [Fact]
    public void Directorates_CanBeRenamedAndEdited()
    {
        _version.RenameDirectorate(_staff.Key, "Kommunaldirektørens område");
        Assert.Equal(("Kommunaldirektørens område", "Anne Kjær"), (_staff.Name, _staff.DirectorName));

        _version.EditDirectorate(_staff.Key, "Kommunaldirektørens område", "");
        Assert.Equal(string.Empty, _staff.DirectorName);
    }

    [Fact]
    public void AddDirectorate_WithANameInUse_IsRefused()
    {
        Refused(
            () => _version.AddDirectorate("stabsområdet", "Per Holm"),
            "Der findes allerede et direktørområde med navnet stabsområdet.");
    }

    [Fact]
    public void RemoveDirectorate_WithCentres_IsRefused()
    {
        Refused(() => _version.RemoveDirectorate(_staff.Key), "Direktørområdet Stabsområdet har stadig centre og kan ikke fjernes.");
    }

    [Fact]
    public void FromStructure_KeepsKeysAndToStructureGivesThemBack()
    {
        var structure = SmallOrganisation.Structure;

        var version = OrganisationVersion.FromStructure(new DateOnly(2011, 1, 1), "Import", structure);
        var back = version.ToStructure();

        Assert.Equal(structure.Directorates, back.Directorates);
        Assert.Equal(structure.Centres, back.Centres);
        Assert.Equal(structure.Units, back.Units);
        Assert.All(version.Units, u => Assert.Equal(version.Id, u.OrganisationVersionId));
    }

    [Fact]
    public void FromStructure_WithTheSameKeyTwice_IsRefused()
    {
        var structure = SmallOrganisation.Structure with { Units = [.. SmallOrganisation.Structure.Units, SmallOrganisation.Structure.Units[0]] };

        Assert.Throws<DomainException>(() => OrganisationVersion.FromStructure(new DateOnly(2011, 1, 1), "Import", structure));
    }

    [Fact]
    public void FromStructure_BreakingARule_IsRefused()
    {
        var structure = SmallOrganisation.Structure with
        {
            Centres = [.. SmallOrganisation.Structure.Centres.Select(c => c with { Code = "BSC" })],
        };

        Assert.Throws<DomainException>(() => OrganisationVersion.FromStructure(new DateOnly(2011, 1, 1), "Import", structure));
    }

    [Fact]
    public void ReplaceStructure_KeepsTheEntityAndTakesEveryPartWithItsKey()
    {
        var replacement = OrganisationVersion.FromStructure(new DateOnly(2011, 1, 1), "Anden", _version.ToStructure());
        var unit = replacement.AddUnit(replacement.Centres[0].Key, "Borgerservice", 22.5m, Money.FromKroner(8_000_000));
        var id = _version.Id;

        _version.ReplaceStructure("Import", replacement.ToStructure());

        Assert.Equal(id, _version.Id);
        Assert.Equal("Import", _version.Source);
        Assert.Equal(_bsc.Key, Assert.Single(_version.Centres).Key);
        Assert.Equal(unit.Key, Assert.Single(_version.Units).Key);
        Assert.Equal(22.5m, _version.Units[0].Fte);
    }
}
