using HojeTaastrup.Admin.Domain.Common;
using HojeTaastrup.Admin.Domain.Organisation;
using HojeTaastrup.Admin.Domain.Reorganisation;

namespace HojeTaastrup.Admin.Domain.Tests.Reorganisation;

// A small organisation to apply changes to: two directorates, three centres, one staff, one unit.
//   Stabsområdet:  BSC Borgerservicecenter (Borgerservice 10,0 / 4 mio., Digitalisering 2,0 / 0,9 mio.)
//                  ØAC Økonomi- og Analysecenter (Budget og regnskab 8,0 / 3,6 mio.)
//                  HRS HR-stab, a staff (Løn 6,0 / 2,4 mio.)
//   Socialområdet: JOC Jobcenter (Jobformidling 12,0 / 5 mio.)
//                  JAF Jobafklaring, a unit (Afklaring 5,0 / 2 mio.)
internal static class SmallOrganisation
{
    public const string Why = "Begrundelse";

    public static readonly Guid StaffArea = Guid.NewGuid();
    public static readonly Guid SocialArea = Guid.NewGuid();

    public static readonly Guid Bsc = Guid.NewGuid();
    public static readonly Guid Oac = Guid.NewGuid();
    public static readonly Guid Hrs = Guid.NewGuid();
    public static readonly Guid Joc = Guid.NewGuid();
    public static readonly Guid Jaf = Guid.NewGuid();

    public static readonly Guid Borgerservice = Guid.NewGuid();
    public static readonly Guid Digitalisering = Guid.NewGuid();
    public static readonly Guid Budget = Guid.NewGuid();
    public static readonly Guid Loen = Guid.NewGuid();
    public static readonly Guid Jobformidling = Guid.NewGuid();
    public static readonly Guid Afklaring = Guid.NewGuid();

    public static OrganisationStructure Structure { get; } = new(
        [
            new DirectorateSnapshot(StaffArea, "Stabsområdet", "Anne Kjær"),
            new DirectorateSnapshot(SocialArea, "Socialområdet", "Søren Bech"),
        ],
        [
            new CentreSnapshot(Bsc, "BSC", "Borgerservicecenter", CentreKind.Centre, StaffArea),
            new CentreSnapshot(Oac, "ØAC", "Økonomi- og Analysecenter", CentreKind.Centre, StaffArea),
            new CentreSnapshot(Hrs, "HRS", "HR-stab", CentreKind.Staff, StaffArea),
            new CentreSnapshot(Joc, "JOC", "Jobcenter", CentreKind.Centre, SocialArea),
            new CentreSnapshot(Jaf, "JAF", "Jobafklaring", CentreKind.Unit, SocialArea),
        ],
        [
            new UnitSnapshot(Borgerservice, "Borgerservice", Bsc, 10.0m, Money.FromKroner(4_000_000)),
            new UnitSnapshot(Digitalisering, "Digitalisering", Bsc, 2.0m, Money.FromKroner(900_000)),
            new UnitSnapshot(Budget, "Budget og regnskab", Oac, 8.0m, Money.FromKroner(3_600_000)),
            new UnitSnapshot(Loen, "Løn", Hrs, 6.0m, Money.FromKroner(2_400_000)),
            new UnitSnapshot(Jobformidling, "Jobformidling", Joc, 12.0m, Money.FromKroner(5_000_000)),
            new UnitSnapshot(Afklaring, "Afklaring", Jaf, 5.0m, Money.FromKroner(2_000_000)),
        ]);

    public static ReorganisationOutcome Apply(params ReorganisationChange[] changes) =>
        ReorganisationPlanner.Apply(Structure, changes);

    // The dissolution of JAF into JOC: a change without problems, to put before or after others.
    public static DissolveCentre DissolveJaf() => new("JAF", new Dictionary<Guid, string> { [Afklaring] = "JOC" }, Why);

    public static ReorganisationProblem SingleProblem(this ReorganisationOutcome outcome) => Assert.Single(outcome.Problems);

    public static CentreSnapshot Centre(this ReorganisationOutcome outcome, string code) =>
        outcome.After.FindCentre(code) ?? throw new Xunit.Sdk.XunitException($"No centre {code} after the changes.");

    public static UnitSnapshot Unit(this ReorganisationOutcome outcome, Guid key) =>
        outcome.After.FindUnit(key) ?? throw new Xunit.Sdk.XunitException($"No unit {key} after the changes.");
}
