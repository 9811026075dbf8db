using System.Text.Json;
using System.Text.Json.Nodes;
using HojeTaastrup.Admin.Domain.Common;
using HojeTaastrup.Admin.Domain.Organisation;
using HojeTaastrup.Admin.Domain.Reorganisation;

namespace HojeTaastrup.Admin.Domain.Tests.Reorganisation;

// The API and persistence send and store changes as JSON with a "kind" discriminator (API.md).
public class ReorganisationChangeJsonTests
{
    private static readonly JsonSerializerOptions Web = JsonSerializerOptions.Web;

    private static readonly ReorganisationChange[] EveryKind =
    [
        new MergeCentres(["SUC", "POC"], "SOC", "Sundheds- og Omsorgscenter", "Sundhed og omsorg samles.", "POC", Guid.NewGuid()),
        new DissolveCentre("JAF", new Dictionary<Guid, string> { [Guid.NewGuid()] = "JOC" }, "Samles med Jobcentret."),
        new CreateCentre("DIG", "Digitaliseringscenter", CentreKind.Staff, Guid.NewGuid(), "Ny stab."),
        new RenameCentre("BSC", "Borgerservice", "Kortere navn.", "BOS"),
        new MoveUnit(Guid.NewGuid(), "BSC", "Ydelser samles."),
        new SplitUnit(Guid.NewGuid(), 2.5m, "Selvbetjening", "BSC", "Egen enhed.", Money.FromKroner(1_000_000)),
        new CreateUnit("ØAC", "Digitaliseringsenheden", [new UnitShare(Guid.NewGuid(), 6.0m)], "Samler ressourcer."),
        new ChangeDirectorate("BUR", Guid.NewGuid(), "Fælles ledelse."),
    ];

    [Fact]
    public void Serialize_PutsTheKindFirst()
    {
        var json = JsonSerializer.Serialize<IReadOnlyList<ReorganisationChange>>(EveryKind, Web);

        var kinds = JsonNode.Parse(json)!.AsArray().Select(n => n!.AsObject().First().Key + "=" + n["kind"]!.GetValue<string>());
        Assert.Equal(
            [
                "kind=MergeCentres", "kind=DissolveCentre", "kind=CreateCentre", "kind=RenameCentre",
                "kind=MoveUnit", "kind=SplitUnit", "kind=CreateUnit", "kind=ChangeDirectorate",
            ],
            kinds);
    }

    [Fact]
    public void RoundTrip_KeepsEveryKindWithItsIdAndFields()
    {
        var json = JsonSerializer.Serialize<IReadOnlyList<ReorganisationChange>>(EveryKind, Web);

        var back = JsonSerializer.Deserialize<IReadOnlyList<ReorganisationChange>>(json, Web)!;

        Assert.Equal(EveryKind.Select(c => c.GetType()), back.Select(c => c.GetType()));
        Assert.Equal(EveryKind.Select(c => c.Id), back.Select(c => c.Id));
        Assert.Equal(json, JsonSerializer.Serialize(back, Web));
    }

    [Fact]
    public void Deserialize_TheApiExample_GivesAMergeWithANewId()
    {
        const string json = """
            { "kind": "MergeCentres", "centres": ["SUC","POC"], "newCode": "SOC",
              "newName": "Sundheds- og Omsorgscenter", "rationale": "Sundhed og omsorg samles." }
            """;

        var merge = Assert.IsType<MergeCentres>(JsonSerializer.Deserialize<ReorganisationChange>(json, Web));

        Assert.Equal(["SUC", "POC"], merge.Centres);
        Assert.Equal("SOC", merge.NewCode);
        Assert.Equal("Sundheds- og Omsorgscenter", merge.NewName);
        Assert.Equal("Sundhed og omsorg samles.", merge.Rationale);
        Assert.Null(merge.SurvivingCentre);
        Assert.NotEqual(Guid.Empty, merge.Id);
    }

    [Fact]
    public void Deserialize_DissolveWithDestinations_ReadsUnitKeysAsObjectKeys()
    {
        var unit = Guid.NewGuid();
        var json = $$"""{ "kind": "DissolveCentre", "centre": "JAF", "destinations": { "{{unit}}": "JOC" }, "rationale": "r" }""";

        var dissolve = Assert.IsType<DissolveCentre>(JsonSerializer.Deserialize<ReorganisationChange>(json, Web));

        Assert.Equal("JOC", dissolve.Destinations[unit]);
    }

    [Fact]
    public void Serialize_CentreKind_AsItsName()
    {
        var json = JsonSerializer.Serialize<ReorganisationChange>(EveryKind[2], Web);

        Assert.Contains("\"centreKind\":\"Staff\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void RoundTrip_OfAnOrganisationStructure_KeepsEverything()
    {
        var json = JsonSerializer.Serialize(SmallOrganisation.Structure, Web);

        var back = JsonSerializer.Deserialize<OrganisationStructure>(json, Web)!;

        Assert.Equal(SmallOrganisation.Structure.Directorates, back.Directorates);
        Assert.Equal(SmallOrganisation.Structure.Centres, back.Centres);
        Assert.Equal(SmallOrganisation.Structure.Units, back.Units);
        Assert.DoesNotContain("totalFte", json, StringComparison.OrdinalIgnoreCase);
    }
}
