using System.Text.Json;
using System.Text.Json.Serialization;
using HojeTaastrup.Admin.Domain.Common;
using HojeTaastrup.Admin.Domain.Organisation;
using static HojeTaastrup.Admin.Domain.Tests.Reorganisation.SmallOrganisation;

namespace HojeTaastrup.Admin.Domain.Tests.Organisation;

public class OrganisationDifferencesTests
{
    // As persistence stores a baseline (Data's DomainJson): web defaults, enums as names.
    private static readonly JsonSerializerOptions StoredJson = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    private static OrganisationStructure WithUnits(Func<UnitSnapshot, UnitSnapshot?> edit) =>
        Structure with { Units = Structure.Units.Select(edit).OfType<UnitSnapshot>().ToList() };

    private static OrganisationStructure WithCentres(Func<CentreSnapshot, CentreSnapshot?> edit) =>
        Structure with { Centres = Structure.Centres.Select(edit).OfType<CentreSnapshot>().ToList() };

    [Fact]
    public void Between_TheSameOrganisation_IsEmpty()
    {
        var differences = OrganisationDifferences.Between(Structure, Structure);

        Assert.True(differences.IsEmpty);
        Assert.Equal(0, differences.Count);
    }

    [Fact]
    public void Between_ReorderedListsAndTrailingZeros_IsEmpty()
    {
        var reordered = new OrganisationStructure(
            Structure.Directorates.Reverse().ToList(),
            Structure.Centres.Reverse().ToList(),
            Structure.Units.Reverse().Select(u => u with { Fte = decimal.Round(u.Fte) + 0.000m }).ToList());

        Assert.True(OrganisationDifferences.Between(Structure, reordered).IsEmpty);
        Assert.True(OrganisationDifferences.Between(Structure, WithUnits(u => u.Key == Jobformidling ? u with { Fte = 12m } : u)).IsEmpty);
    }

    [Fact]
    public void Between_AJsonRoundTrip_IsEmpty()
    {
        var json = JsonSerializer.Serialize(Structure, StoredJson);
        var stored = JsonSerializer.Deserialize<OrganisationStructure>(json, StoredJson)!;

        Assert.True(OrganisationDifferences.Between(Structure, stored).IsEmpty);
        Assert.True(OrganisationDifferences.Between(stored, Structure).IsEmpty);
    }

    [Fact]
    public void Between_AUnitWithOtherFigures_ListsItsChangedFields()
    {
        var corrected = WithUnits(u => u.Key == Jobformidling ? u with { Fte = 14.0m, Payroll = Money.FromKroner(5_600_000) } : u);

        var differences = OrganisationDifferences.Between(Structure, corrected);

        var unit = Assert.Single(differences.Units);
        Assert.Equal(DifferenceKind.Changed, unit.Kind);
        Assert.Equal(Jobformidling, unit.Key);
        Assert.Equal([OrganisationField.Fte, OrganisationField.Payroll], unit.Fields);
        Assert.Equal((12.0m, 14.0m), (unit.Before!.Fte, unit.After!.Fte));
        Assert.Empty(differences.Centres);
        Assert.Empty(differences.Directorates);
        Assert.Equal(1, differences.Count);
    }

    [Fact]
    public void Between_AUnitRenamedAndMoved_ListsNameAndCentre()
    {
        var moved = WithUnits(u => u.Key == Digitalisering ? u with { Name = "Digital service", CentreKey = Oac } : u);

        var unit = Assert.Single(OrganisationDifferences.Between(Structure, moved).Units);

        Assert.Equal([OrganisationField.Name, OrganisationField.Centre], unit.Fields);
    }

    [Fact]
    public void Between_AUnitAddedAndOneRemoved_ListsBoth_RemovedLast()
    {
        var added = new UnitSnapshot(Guid.NewGuid(), "Visitation", Joc, 3.0m, Money.FromKroner(1_200_000));
        var after = Structure with { Units = [added, .. Structure.Units.Where(u => u.Key != Loen)] };

        var units = OrganisationDifferences.Between(Structure, after).Units;

        Assert.Equal(2, units.Count);
        Assert.Equal((DifferenceKind.Added, added.Key), (units[0].Kind, units[0].Key));
        Assert.Null(units[0].Before);
        Assert.Same(added, units[0].After);
        Assert.Equal((DifferenceKind.Removed, Loen), (units[1].Kind, units[1].Key));
        Assert.Null(units[1].After);
        Assert.Empty(units[1].Fields);
    }

    [Fact]
    public void Between_ACentreChangedInEveryField_ListsEachField()
    {
        var changed = WithCentres(c => c.Key == Jaf ? c with { Code = "JAC", Name = "Jobafklaringscenter", Kind = CentreKind.Centre, DirectorateKey = StaffArea } : c);

        var centre = Assert.Single(OrganisationDifferences.Between(Structure, changed).Centres);

        Assert.Equal(DifferenceKind.Changed, centre.Kind);
        Assert.Equal([OrganisationField.Code, OrganisationField.Name, OrganisationField.Kind, OrganisationField.Directorate], centre.Fields);
    }

    [Fact]
    public void Between_ACentreAddedAndOneRemoved_ListsBoth()
    {
        var dig = new CentreSnapshot(Guid.NewGuid(), "DIG", "Digitaliseringscenter", CentreKind.Staff, StaffArea);
        var after = Structure with { Centres = [.. Structure.Centres.Where(c => c.Key != Hrs), dig] };

        var centres = OrganisationDifferences.Between(Structure, after).Centres;

        Assert.Equal([(DifferenceKind.Added, dig.Key), (DifferenceKind.Removed, Hrs)], centres.Select(c => (c.Kind, c.Key)));
    }

    [Fact]
    public void Between_DirectoratesAddedRemovedAndChanged_ListsEach()
    {
        var culture = new DirectorateSnapshot(Guid.NewGuid(), "Kulturområdet", "Lise Holm");
        var after = Structure with
        {
            Directorates =
            [
                new DirectorateSnapshot(StaffArea, "Stabs- og økonomiområdet", "Mette Dahl"),
                culture,
            ],
        };

        var directorates = OrganisationDifferences.Between(Structure, after).Directorates;

        Assert.Equal(
            [(DifferenceKind.Changed, StaffArea), (DifferenceKind.Added, culture.Key), (DifferenceKind.Removed, SocialArea)],
            directorates.Select(d => (d.Kind, d.Key)));
        Assert.Equal([OrganisationField.Name, OrganisationField.DirectorName], directorates[0].Fields);
    }
}
