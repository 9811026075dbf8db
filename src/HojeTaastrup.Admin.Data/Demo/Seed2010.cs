using HojeTaastrup.Admin.Domain.Common;
using HojeTaastrup.Admin.Domain.Organisation;
using HojeTaastrup.Admin.Domain.Reorganisation;

namespace HojeTaastrup.Admin.Data.Demo;

// The model case: Høje-Taastrup Kommune's 2010 reorganisation (seed 000, the board of directors'
// notice of 5 May 2010 to the finance committee), 16 centres and 4 units becoming 13 centres
// from 1 October 2010. Used by the demo data and by tests.
//
// From the seed: the names of the centres and units, the changes and their order of mention, the
// effective date, the 25 mio. kr. yearly target and the implementation projects.
// Invented: all FTE and payroll figures, the directorates and directors' names, the centre codes,
// the units inside the centres, three of the 16 centres (Ejendomscenter, Social- og Handicapcenter,
// Vej- og Parkcenter), and reading Sprogcenter and Familieydelsesenheden as two of the 4 units:
// the notice names six centres/units that disappear but counts 20 → 13, so the seventh is taken
// to be Familieydelsesenheden, which it moves into Borgerservicecentret.
public static class Seed2010
{
    public const string Title = "Skærpet fokus på styring og fornyelse i administrationen";

    public const string Purpose =
        "Færre centre og en enklere ledelsesstruktur, så administrationen tilpasses kommunens økonomi "
        + "og samtidig styrker digitalisering, styring og det gode borgerforløb.";

    public static readonly DateOnly BaselineDate = new(2010, 1, 1);

    public static readonly DateOnly EffectiveDate = new(2010, 10, 1);

    public const int TargetCentreCount = 13;

    public static readonly Money TargetYearlySaving = Money.FromMillions(25);

    public static readonly IReadOnlyList<string> ImplementationProjectNames =
    [
        "Kommunikation og åbenhed",
        "Personalemæssige forhold",
        "Teambuilding for berørte enheder og centre",
        "Tilretning af it-, økonomi- og styringssystemer",
        "Fysisk placering og flytning",
        "Ansvars- og kompetencefordeling",
        "Mødestruktur",
    ];

    public static readonly Guid KommunaldirektoerensOmraade = Key(1);
    public static readonly Guid BoernOgKultur = Key(2);
    public static readonly Guid ArbejdsmarkedOgSocial = Key(3);
    public static readonly Guid TeknikMiljoeOgSundhed = Key(4);

    public static OrganisationStructure Baseline { get; } = Seed2010Baseline.Build();

    public static IReadOnlyList<ReorganisationChange> Changes { get; } = Seed2010Changes.Build();

    public static Guid Unit(string name) => Baseline.Units.Single(u => u.Name == name).Key;

    // A draft with the seed's changes, targets and implementation projects.
    public static ReorganisationProposal CreateProposal()
    {
        var proposal = new ReorganisationProposal(Title, Purpose, EffectiveDate, Baseline);
        proposal.SetTargets(TargetCentreCount, TargetYearlySaving);
        foreach (var change in Changes)
        {
            proposal.AddChange(change);
        }

        foreach (var name in ImplementationProjectNames)
        {
            proposal.AddProject(name, owner: null, dueDate: EffectiveDate.AddDays(-1));
        }

        return proposal;
    }

    // Fixed keys, so that the demo data and tests find the same centres and units on every run.
    internal static Guid Key(int number) => new($"20100000-0000-0000-0000-{number:D12}");
}
