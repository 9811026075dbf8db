using HojeTaastrup.Admin.Domain.Common;
using HojeTaastrup.Admin.Domain.Savings;
using static HojeTaastrup.Admin.Data.Demo.SavingsDemoBuilder;

namespace HojeTaastrup.Admin.Data.Demo;

// Seed 001: Slagelse Kommune's note of 30 November 2020 on how to find 37 mio. kr. of savings that the budget
// had decided but not yet placed, after a hearing in the MED system. From the seed: the programme, the target,
// the proposals, their amounts as the note writes them (xx, "?", "3,5 (5,5)", half effect the first year) and
// their deadlines. In our own words: titles and descriptions. Invented: the budget years 2021–2024 (the note
// speaks of 2021 and full effect after), the statuses after the hearing (kept in hearing where the note leaves
// the matter open, postponed where it waits for a political decision), the owner centres (Høje-Taastrup centres
// of the demo organisation that do the same work) and which milestones are done.
//
//   1  Kompetenceråd                          HRC  xx mio. kr. 2021                       Vedtaget
//   2  Fleksibelt ansættelsesstop             HRC  3,5 (5,5) mio. kr. a year               Vedtaget
//   3  Færre eksterne konsulenter             ØAC  7,5 mio. kr.? a year (KL-aftalen)       I høring
//   4  MED-strukturen effektiviseres          HRC  xx a year (one årsværk, not priced)     I høring
//   5  Fælles administrative fagmiljøer       BYC  6 mio. kr.? full year, half in 2021     Vedtaget
//   6  Velfærdsproduktion på tværs            SHC  2 mio. kr. full year, half in 2021      Vedtaget
//   7  Digitalisering i to enheder            ITC  xx 2021–2022                            Udskudt (left out of the totals)
//   8  Samlet dataenhed                       ØAC  1 mio. kr. full year, half in 2021      Under gennemførelse
//   9  Fundraiser                             BYC  xx 2021                                 I høring
//  10  Idéopsamlingsgruppe                    BYC  xx 2021 (no amount yet)                 Vedtaget
public static class SeedSlagelse2020
{
    public const string Name = "Udmøntning af ikke-effektuerede besparelser";
    public const int FirstYear = 2021;
    public const int LastYear = 2024;

    public static readonly Money YearlyTarget = Millions(37);

    private static readonly DateOnly Hearing = new(2020, 11, 2);
    private static readonly DateOnly Decision = new(2020, 12, 14);

    public static (SavingsProgramme Programme, IReadOnlyList<SavingsProposal> Proposals) Build()
    {
        var programme = new SavingsProgramme(
            Name,
            "Byrådet har i budgettet besluttet besparelser på 37 mio. kr. om året, som endnu ikke er placeret. Forslagene har været i høring "
            + "i MED-systemet med opfordring til at komme med flere idéer, og pengene skal helst findes uden for de borgernære konti.",
            FirstYear,
            LastYear,
            Enumerable.Range(FirstYear, LastYear - FirstYear + 1).Select(y => new YearTarget(y, YearlyTarget)).ToList(),
            []);
        var b = new SavingsDemoBuilder(programme);

        Adopted(b.Add(
            "1", "Kompetenceråd for konferencer, seminarer og kompetenceudvikling",
            "Et kompetenceråd under udviklingschefen koordinerer kommunens konferencer, seminarer og kompetenceudvikling, så de samlet giver mere "
            + "værdi og bygger fælles kapacitet op.\n- Kommissorium for rådet\n- Forslag til organisering\n- Effektiviseringen i 2021 kendes endnu ikke",
            "HRC", "Udviklingschefen", SavingsCategory.Administration, null,
            [YearAmount.Unknown(2021)],
            [new(new DateOnly(2021, 2, 1), "Udkast til kommissorium", done: true), new(new DateOnly(2021, 2, 1), "Udkast til organisering")]));
        Adopted(b.Add(
            "2", "Fleksibelt ansættelsesstop",
            "Ledige stillinger genbesættes kun efter en konkret vurdering af opgaverne. Besparelsen gøres permanent, og der ledes efter flere "
            + "muligheder; med dem kan beløbet nå 5,5 mio. kr. om året.",
            "HRC", "HR-chefen", SavingsCategory.Administration, null,
            Each(FirstYear, LastYear, y => new YearAmount(y, Millions(3.5m), alternative: Millions(5.5m)))));
        // 7,5 mio. kr. is what the KL agreement with the government expects nationally, not a local calculation: uncertain.
        InHearing(b.Add(
            "3", "Færre eksterne konsulenter",
            "Opgaver, der i dag købes ude, løses internt, hvor det kan lade sig gøre, og der skrives principper for, hvornår konsulenter bruges. "
            + "Beløbet er kommunens andel af den forventning, der står i aftalen mellem KL og regeringen.",
            "ØAC", "Økonomichefen", SavingsCategory.Administration, null,
            Each(FirstYear, LastYear, y => new YearAmount(y, Millions(7.5m), uncertain: true))));
        // "Et årsværk": the note prices it nowhere, so the amount is unknown rather than a guess.
        InHearing(b.Add(
            "4", "MED-strukturen effektiviseres",
            "MED-systemet gennemgås med henblik på en enklere struktur svarende til ét årsværk. Beløbet er ikke opgjort.",
            "HRC", "HR-chefen", SavingsCategory.Administration, null,
            Each(FirstYear, LastYear, YearAmount.Unknown)));
        Adopted(b.Add(
            "5", "Fælles administrative fagmiljøer",
            "Centrale kompetencer som jura, økonomi og dagsordener samles i stærkere faglige miljøer, mens opgaverne fortsat løses tæt på driften. "
            + "En udviklingsgruppe med ledere og medarbejdere lægger et udkast frem.",
            "BYC", "Kommunaldirektøren", SavingsCategory.Administration, null,
            PhaseIn.Amounts(Millions(6), FirstYear, LastYear, uncertain: true),
            [new(new DateOnly(2021, 3, 1), "Udkast fra udviklingsgruppen")]));
        Adopted(b.Add(
            "6", "Velfærdsproduktion på tværs",
            "Udviklingsprojekter, investeringer og tilbud på voksenområderne koordineres på tværs af centrene, så løsningerne tænkes sammen i driften.",
            "SHC", "Centerchefen for Social- og Handicapcenter", SavingsCategory.CitizenFacing, null,
            PhaseIn.Amounts(Millions(2), FirstYear, LastYear),
            [new(new DateOnly(2021, 3, 1), "Udkast forelægges direktionen")]));
        Move(
            b.Add(
                "7", "Digitalisering i to enheder",
                "Digitaliseringen deles i en driftsenhed og en enhed for digital transformation og velfærdsteknologi. Gevinsten afhænger af en "
                + "politisk afklaring af konkurrenceudsættelse og serviceeftersyn og af effekten af monopolbruddet.",
                "ITC", "It-chefen", SavingsCategory.Administration, null,
                [YearAmount.Unknown(2021), YearAmount.Unknown(2022)]),
            (SavingsStatus.InHearing, Hearing, null),
            (SavingsStatus.Postponed, Decision, "Afventer politisk afklaring af konkurrenceudsættelse og serviceeftersyn."));
        Move(
            b.Add(
                "8", "Samlet dataenhed",
                "En dataenhed under økonomi- og digitaliseringschefen samler kommunens data, så de bliver strategiske, koordinerede og lette at bruge.",
                "ØAC", "Økonomi- og digitaliseringschefen", SavingsCategory.Administration, null,
                PhaseIn.Amounts(Millions(1), FirstYear, LastYear),
                [new(new DateOnly(2021, 5, 1), "Dataenheden er etableret", done: true)]),
            (SavingsStatus.InHearing, Hearing, null),
            (SavingsStatus.Adopted, Decision, null),
            (SavingsStatus.Implementing, new DateOnly(2021, 5, 1), null));
        InHearing(b.Add(
            "9", "Fundraiser",
            "En fundraiser med reference til udviklingschefen søger fonde og puljer. Nettogevinsten i 2021 kendes ikke.",
            "BYC", "Udviklingschefen", SavingsCategory.Administration, null,
            [YearAmount.Unknown(2021)]));
        Adopted(b.Add(
            "10", "Idéopsamlingsgruppe",
            "En gruppe med to ledere og tre medarbejdere, med kommunaldirektøren som tovholder, samler idéer til både engangsbesparelser og "
            + "varige besparelser. Der er endnu intet beløb.",
            "BYC", "Kommunaldirektøren", SavingsCategory.Administration, null,
            [YearAmount.Unknown(2021)],
            [new(new DateOnly(2021, 1, 1), "Kommissorium klar", done: true)]));
        return (programme, b.Proposals);
    }

    private static void InHearing(SavingsProposal proposal) => Move(proposal, (SavingsStatus.InHearing, Hearing, null));

    private static void Adopted(SavingsProposal proposal) =>
        Move(proposal, (SavingsStatus.InHearing, Hearing, null), (SavingsStatus.Adopted, Decision, null));
}
