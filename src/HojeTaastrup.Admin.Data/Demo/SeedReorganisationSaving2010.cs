using HojeTaastrup.Admin.Domain.Savings;
using static HojeTaastrup.Admin.Data.Demo.SavingsDemoBuilder;

namespace HojeTaastrup.Admin.Data.Demo;

// Seed 000's reorganisation promises 25 mio. kr. a year. The demo carries that saving in a programme of its own,
// with one proposal linked to the reorganisation proposal, in hearing like it. Invented: the budget years
// 2011–2013 (the first full years after 1 October 2010) and the owner (Byrådscenter, the directors' secretariat).
public static class SeedReorganisationSaving2010
{
    public const string Name = "Administrativ besparelse ved omorganiseringen 2010";
    public const int FirstYear = 2011;
    public const int LastYear = 2013;

    public static (SavingsProgramme Programme, IReadOnlyList<SavingsProposal> Proposals) Build(Guid? reorganisation)
    {
        var programme = new SavingsProgramme(
            Name,
            "Den årlige besparelse, som færre centre og en enklere ledelsesstruktur skal give.",
            FirstYear,
            LastYear,
            Enumerable.Range(FirstYear, LastYear - FirstYear + 1).Select(y => new YearTarget(y, Seed2010.TargetYearlySaving)).ToList(),
            []);
        var b = new SavingsDemoBuilder(programme);
        Move(
            b.Add(
                "1", "Færre centre og enklere ledelse",
                "Seksten centre og fire enheder bliver til tretten centre. Besparelsen kommer af færre ledere og fælles administration.",
                "BYC", "Kommunaldirektøren", SavingsCategory.Administration, null,
                Each(FirstYear, LastYear, y => YearAmount.Known(y, Seed2010.TargetYearlySaving)),
                [new(Seed2010.EffectiveDate, "Den nye organisation træder i kraft")],
                reorganisation),
            (SavingsStatus.InHearing, new DateOnly(2010, 5, 20), null));
        return (programme, b.Proposals);
    }
}
