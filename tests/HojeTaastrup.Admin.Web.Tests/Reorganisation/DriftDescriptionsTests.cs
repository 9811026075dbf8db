using HojeTaastrup.Admin.Domain.Common;
using HojeTaastrup.Admin.Domain.Organisation;
using HojeTaastrup.Admin.Web.Features.Reorganisation;

namespace HojeTaastrup.Admin.Web.Tests.Reorganisation;

// The lines a proposal shows when its baseline differs from the organisation in force.
public class DriftDescriptionsTests
{
    private static readonly Guid Staff = Guid.NewGuid();
    private static readonly Guid Social = Guid.NewGuid();
    private static readonly Guid Bsc = Guid.NewGuid();
    private static readonly Guid Joc = Guid.NewGuid();
    private static readonly Guid Jaf = Guid.NewGuid();
    private static readonly Guid Jobformidling = Guid.NewGuid();
    private static readonly Guid Sygedagpenge = Guid.NewGuid();
    private static readonly Guid Afklaring = Guid.NewGuid();

    private static readonly OrganisationStructure Baseline = new(
        [new DirectorateSnapshot(Staff, "Stabsområdet", "Anne Kjær"), new DirectorateSnapshot(Social, "Socialområdet", "Søren Bech")],
        [
            new CentreSnapshot(Bsc, "BSC", "Borgerservicecenter", CentreKind.Centre, Staff),
            new CentreSnapshot(Joc, "JOC", "Jobcenter", CentreKind.Centre, Social),
            new CentreSnapshot(Jaf, "JAF", "Jobafklaring", CentreKind.Unit, Social),
        ],
        [
            new UnitSnapshot(Jobformidling, "Jobformidling", Joc, 20.0m, Money.FromKroner(8_200_000)),
            new UnitSnapshot(Sygedagpenge, "Sygedagpenge", Joc, 16.0m, Money.FromKroner(6_560_000)),
            new UnitSnapshot(Afklaring, "Afklaring", Jaf, 11.0m, Money.FromKroner(4_510_000)),
        ]);

    private static IReadOnlyList<string> Describe(OrganisationStructure current) =>
        DriftDescriptions.Describe(OrganisationDifferences.Between(Baseline, current), Baseline, current);

    [Fact]
    public void ACorrectedFte_IsOneLineNamingTheUnitAndItsCentre()
    {
        var current = Baseline with { Units = Baseline.Units.Select(u => u.Key == Jobformidling ? u with { Fte = 22.0m } : u).ToList() };

        Assert.Equal(["Afdelingen Jobformidling i JOC: årsværk 20,0 → 22,0"], Describe(current));
    }

    [Fact]
    public void UnitsMovedAddedAndRemoved_AreEachOneLine()
    {
        var visitation = new UnitSnapshot(Guid.NewGuid(), "Visitation", Bsc, 3.0m, Money.FromKroner(1_200_000));
        var current = Baseline with
        {
            Units =
            [
                Baseline.Units[0] with { Name = "Job og virksomhed", CentreKey = Bsc, Payroll = Money.FromKroner(8_400_000) },
                Baseline.Units[2],
                visitation,
            ],
        };

        Assert.Equal(
            [
                "Afdelingen Jobformidling i JOC: navn Jobformidling → Job og virksomhed, center JOC → BSC, lønsum 8,2 mio. kr. → 8,4 mio. kr.",
                "Afdelingen Visitation i BSC er tilføjet (3,0 årsværk, 1,2 mio. kr.)",
                "Afdelingen Sygedagpenge i JOC er fjernet",
            ],
            Describe(current));
    }

    [Fact]
    public void CentresAndDirectorates_AreNamedWithTheirKindAndChangedFields()
    {
        var current = Baseline with
        {
            Directorates = [Baseline.Directorates[0] with { DirectorName = "Mette Dahl" }, Baseline.Directorates[1]],
            Centres =
            [
                Baseline.Centres[0],
                Baseline.Centres[2] with { Code = "JAC", Kind = CentreKind.Centre, DirectorateKey = Staff },
                new CentreSnapshot(Guid.NewGuid(), "DIG", "Digitalisering", CentreKind.Staff, Staff),
            ],
        };

        Assert.Equal(
            [
                "Direktørområdet Stabsområdet: direktør Anne Kjær → Mette Dahl",
                "Enheden JAF Jobafklaring: kode JAF → JAC, type enhed → center, direktørområde Socialområdet → Stabsområdet",
                "Staben DIG Digitalisering er tilføjet",
                "Centret JOC Jobcenter er fjernet",
            ],
            Describe(current));
    }
}
