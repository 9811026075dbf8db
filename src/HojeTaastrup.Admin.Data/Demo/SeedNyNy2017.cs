using HojeTaastrup.Admin.Domain.Common;
using HojeTaastrup.Admin.Domain.Savings;
using static HojeTaastrup.Admin.Data.Demo.SavingsDemoBuilder;

namespace HojeTaastrup.Admin.Data.Demo;

// Seed 004: Høje-Taastrup's programme "Nye Rammer – Ny Administration" as the board of directors re-planned it on
// 9 March 2017 (case 16/2219): three tracks, the political target of 13,4 mio. kr. in 2019, 1,4 mio. kr. missing
// in 2017 to be found by a hiring freeze, and technical budget remainders of 0,5 mio. kr. in 2017 rising to
// 1,025 mio. kr. in 2019; gains expected to exceed the target by 2,4 mio. kr. in 2020, so the programme runs to 2020
// with the target of 13,4 mio. kr. standing. Invented: the targets for 2017–2018 (the minutes give only 2019's; 2017's
// is what the steering groups' 1,7 mio. kr. and the missing 1,4 mio. kr. make), the owner centres
// (centres of the demo organisation) and the split of the remaining 1,3 and 1,0 mio. kr. in 2018 and 2019, which
// the minutes give to Opgavefællesskaber and Fremtidens borgerkontakt together: here Opgavefællesskaber carries
// them as uncertain amounts and Fremtidens borgerkontakt's own share is unknown.
//
//   1  Opgavefællesskaber                       Organisationssporet  ØAC  1,3 mio. kr.? 2018, 1 mio. kr.? 2019
//   2  Fremtidens borgerkontakt                 Servicesporet        BSC  xx 2018–2019
//   3  Ansættelsesstop i administrative funktioner                   HRC  1,4 mio. kr. 2017
//   4  Tekniske budgetrester og PL-fremskrivning                     ØAC  0,5 mio. kr. 2017, xx 2018, 1,025 mio. kr. 2019
//   5  iPads i hjemmeplejen                     Teknologisporet      POC  1,2 mio. kr. a year 2017–2020 (derived effect)
public static class SeedNyNy2017
{
    public const string Name = "Nye Rammer – Ny Administration";
    public const int FirstYear = 2016;
    public const int LastYear = 2020;
    public const string TechnologyTrack = "Teknologisporet";
    public const string ServiceTrack = "Servicesporet";
    public const string OrganisationTrack = "Organisationssporet";

    public static readonly Money TargetIn2019 = Millions(13.4m);

    private static readonly DateOnly Decision = new(2017, 3, 9);

    public static (SavingsProgramme Programme, IReadOnlyList<SavingsProposal> Proposals) Build()
    {
        var programme = new SavingsProgramme(
            Name,
            "Effektivisering af administrationen med højere kvalitet i opgaveløsningen. Programmet arbejder videre i tre spor; gevinsterne "
            + "følges af Økonomi, og direktionen har ansvaret for det samlede krav.",
            FirstYear,
            LastYear,
            [new(2017, Millions(3.1m)), new(2018, Millions(11.7m)), new(2019, TargetIn2019), new(2020, TargetIn2019)],
            [TechnologyTrack, ServiceTrack, OrganisationTrack]);
        var b = new SavingsDemoBuilder(programme);

        Adopted(b.Add(
            "1", "Opgavefællesskaber",
            "Det fastlægges, hvor de administrative opgaver løses bedst, og opgaver samles i fællesskaber på tværs af centrene. Sammen med "
            + "Fremtidens borgerkontakt skal projektet hente det, programmet mangler i 2018 og 2019.",
            "ØAC", "Økonomichefen", SavingsCategory.Administration, OrganisationTrack,
            [new YearAmount(2018, Millions(1.3m), uncertain: true), new YearAmount(2019, Millions(1), uncertain: true)]));
        Adopted(b.Add(
            "2", "Fremtidens borgerkontakt",
            "Kanal- og servicestrategien gennemføres: borgerkontakten styrkes på alle kanaler, den digitale omstilling drives videre, og "
            + "henvendelser behandles mere effektivt. Projektets egen andel af gevinsten er endnu ikke opgjort.",
            "BSC", "Centerchefen for Borgerservicecenter", SavingsCategory.CitizenFacing, ServiceTrack,
            [YearAmount.Unknown(2018), YearAmount.Unknown(2019)]));
        Adopted(b.Add(
            "3", "Ansættelsesstop i administrative funktioner",
            "Den manglende restsum for 2017 findes ved et midlertidigt stop for ansættelser i administrative funktioner; som alternativ er "
            + "centrenes administrative andel af beløbet beskrevet. Håndteres ved 1. budgetopfølgning.",
            "HRC", "HR-chefen", SavingsCategory.Administration, null,
            [YearAmount.Known(2017, Millions(1.4m))]));
        // "0,5 mio. kr. i 2017 stigende til 1,025 mio. kr. i 2019": 2018's figure is not given, so it is unknown.
        Adopted(b.Add(
            "4", "Tekniske budgetrester og PL-fremskrivning",
            "Tekniske budgetrester og pris- og lønfremskrivninger, som er fundet siden sidste behandling, tilgår programmet.",
            "ØAC", "Økonomichefen", SavingsCategory.Administration, null,
            [YearAmount.Known(2017, Millions(0.5m)), YearAmount.Unknown(2018), YearAmount.Known(2019, Millions(1.025m))]));
        Move(
            b.Add(
                "5", "iPads i hjemmeplejen",
                "Hjemmeplejen har fået iPads for investeringsmidler (1,06 mio. kr., byrådet juni 2016); den afledte årlige effekt er 1,2 mio. kr.",
                "POC", "Centerchefen for Pensions- og Omsorgscenter", SavingsCategory.CitizenFacing, TechnologyTrack,
                Each(2017, LastYear, y => YearAmount.Known(y, Millions(1.2m)))),
            (SavingsStatus.InHearing, Decision.AddDays(-14), null),
            (SavingsStatus.Adopted, Decision, null),
            (SavingsStatus.Implementing, Decision, null));
        return (programme, b.Proposals);
    }

    // The minutes were discussed on 27 February 2017 (postponed) and decided on 9 March 2017.
    private static void Adopted(SavingsProposal proposal) =>
        Move(proposal, (SavingsStatus.InHearing, Decision.AddDays(-14), null), (SavingsStatus.Adopted, Decision, null));
}
