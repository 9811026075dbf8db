using HojeTaastrup.Admin.Domain.Reorganisation;

namespace HojeTaastrup.Admin.Data.Demo;

// The changes of seed 000 in the order the notice mentions them. Where the notice does not say
// where the rest of a closed centre goes (It-centret, Pædagogisk Udviklingscenter), the
// destination is a plausible guess. The rationales summarise the notice's reasons.
internal static class Seed2010Changes
{
    public static IReadOnlyList<ReorganisationChange> Build()
    {
        var unit = Seed2010.Unit;
        var number = 5000;
        Guid NextId() => Seed2010.Key(++number);
        const string Payments = "Udbetaling af alle borgerrettede kontantydelser samles i Borgerservicecentret.";
        const string Health = "Sundhed og omsorg samles for at styrke forebyggelse og sundhedsfremme.";

        return
        [
            new CreateUnit(
                "ØAC",
                "Digitaliseringsenheden",
                [
                    new UnitShare(unit("It-udvikling og projekter"), 6.0m),
                    new UnitShare(unit("GIS-enheden"), 2.8m),
                    new UnitShare(unit("Digitalisering"), 2.5m),
                    new UnitShare(unit("Web og kommunikation"), 2.0m),
                    new UnitShare(unit("It-supportere"), 3.6m),
                ],
                "En central digitaliseringsenhed skal øge brugen af digitale løsninger og udvikle arbejdsgangene.")
            { Id = NextId() },
            new DissolveCentre(
                "ITC",
                new Dictionary<Guid, string> { [unit("It-drift og support")] = "ØAC" },
                "It-centrets ressourcer indgår i digitaliseringsindsatsen i Økonomi- og Analysecentret.")
            { Id = NextId() },
            new MoveUnit(
                unit("Udviklingskonsulenter"),
                "BYC",
                "Det strategiske udviklingsarbejde og de tværgående projekter samles i Byrådscentret.")
            { Id = NextId() },
            new DissolveCentre("YDS", new Dictionary<Guid, string> { [unit("Kontante ydelser")] = "BSC" }, Payments) { Id = NextId() },
            new MoveUnit(unit("Pensionsenheden"), "BSC", Payments) { Id = NextId() },
            new DissolveCentre("FYE", new Dictionary<Guid, string> { [unit("Familieydelser")] = "BSC" }, Payments) { Id = NextId() },
            new ChangeDirectorate(
                "BUR",
                Seed2010.ArbejdsmarkedOgSocial,
                "Fælles ledelse, styring og økonomi på det specialiserede socialområde.")
            { Id = NextId() },
            new MergeCentres(["SUC", "POC"], "SOC", "Sundheds- og Omsorgscenter", Health, SurvivingCentre: "POC") { Id = NextId() },
            new MoveUnit(unit("Sundhedsplejen"), "SOC", Health) { Id = NextId() },
            new MoveUnit(unit("Tandplejen"), "SOC", Health) { Id = NextId() },
            new DissolveCentre(
                "SPC",
                new Dictionary<Guid, string>
                {
                    [unit("Danskundervisning")] = "FKC",
                    [unit("Integrationskonsulenter")] = "FKC",
                },
                "Integrationsopgaverne samles i Fritid- og Kulturcentret for en tydeligere koordinering.")
            { Id = NextId() },
            new MoveUnit(
                unit("SSP og gadeplan"),
                "FKC",
                "Den boligsociale og forebyggende indsats i boligområderne samles ét sted.")
            { Id = NextId() },
            new DissolveCentre(
                "PUC",
                new Dictionary<Guid, string>
                {
                    [unit("Pædagogiske konsulenter")] = "ISC",
                    [unit("Pædagogisk psykologisk rådgivning")] = "ISC",
                },
                "Udviklingskraften flyttes til Institutions- og Skolecentret af hensyn til skoleområdets krav.")
            { Id = NextId() },
            new DissolveCentre(
                "JAF",
                new Dictionary<Guid, string> { [unit("Afklaring og revalidering")] = "JOC" },
                "Jobafklaring og Jobcentret arbejder i forvejen tæt sammen om at bringe borgere i arbejde.")
            { Id = NextId() },
        ];
    }
}
