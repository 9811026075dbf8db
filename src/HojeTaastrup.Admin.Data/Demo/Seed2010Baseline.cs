using HojeTaastrup.Admin.Domain.Common;
using HojeTaastrup.Admin.Domain.Organisation;

namespace HojeTaastrup.Admin.Data.Demo;

// Høje-Taastrup Kommune's administration before 1 October 2010. See Seed2010 for what is invented:
// every FTE and payroll figure here is.
internal static class Seed2010Baseline
{
    public static OrganisationStructure Build()
    {
        var b = new Builder();
        b.Directorate(Seed2010.KommunaldirektoerensOmraade, "Kommunaldirektørens område", "Per Holm");
        b.Directorate(Seed2010.BoernOgKultur, "Børn, unge og kultur", "Birgitte Lund");
        b.Directorate(Seed2010.ArbejdsmarkedOgSocial, "Arbejdsmarked og social", "Jens Kristensen");
        b.Directorate(Seed2010.TeknikMiljoeOgSundhed, "Teknik, miljø og sundhed", "Hanne Mortensen");

        b.Centre("ITC", "It-center", Seed2010.KommunaldirektoerensOmraade)
            .Unit("It-drift og support", 14.0m, 5_740_000)
            .Unit("It-udvikling og projekter", 6.0m, 2_640_000);
        b.Centre("ØAC", "Økonomi- og Analysecenter", Seed2010.KommunaldirektoerensOmraade)
            .Unit("Budget og regnskab", 16.0m, 6_880_000)
            .Unit("Udviklingskonsulenter", 5.0m, 2_350_000)
            .Unit("Indkøb", 4.0m, 1_680_000);
        b.Centre("HRC", "HR-center", Seed2010.KommunaldirektoerensOmraade)
            .Unit("Løn og personaleadministration", 12.0m, 4_560_000)
            .Unit("HR-udvikling", 5.0m, 2_300_000);
        b.Centre("BYC", "Byrådscenter", Seed2010.KommunaldirektoerensOmraade)
            .Unit("Byrådssekretariat", 7.0m, 3_150_000)
            .Unit("Web og kommunikation", 5.5m, 2_365_000)
            .Unit("Jura", 4.0m, 2_000_000);
        b.Centre("BSC", "Borgerservicecenter", Seed2010.KommunaldirektoerensOmraade)
            .Unit("Borgerservice", 22.0m, 8_360_000)
            .Unit("Digitalisering", 2.5m, 1_100_000)
            .Unit("Team Kontrol", 4.5m, 1_935_000);

        b.Centre("BUR", "Børne- og Ungerådgivningscenter", Seed2010.BoernOgKultur)
            .Unit("Familierådgivning", 24.0m, 10_320_000)
            .Unit("Sundhedsplejen", 12.0m, 5_160_000)
            .Unit("Tandplejen", 20.0m, 7_600_000)
            .Unit("SSP og gadeplan", 6.0m, 2_520_000);
        b.Centre("PUC", "Pædagogisk Udviklingscenter", Seed2010.BoernOgKultur)
            .Unit("Pædagogiske konsulenter", 9.0m, 4_140_000)
            .Unit("It-supportere", 3.6m, 1_476_000)
            .Unit("Pædagogisk psykologisk rådgivning", 15.0m, 6_900_000);
        b.Centre("ISC", "Institutions- og Skolecenter", Seed2010.BoernOgKultur)
            .Unit("Skoleadministration", 10.0m, 4_400_000)
            .Unit("Dagtilbud", 8.0m, 3_520_000);
        b.Centre("FKC", "Fritid- og Kulturcenter", Seed2010.BoernOgKultur)
            .Unit("Kultur og fritid", 7.0m, 2_940_000)
            .Unit("Boligsocial indsats", 3.0m, 1_290_000);
        b.Centre("SPC", "Sprogcenter", Seed2010.BoernOgKultur, CentreKind.Unit)
            .Unit("Danskundervisning", 18.0m, 7_200_000)
            .Unit("Integrationskonsulenter", 3.0m, 1_290_000);

        b.Centre("JOC", "Jobcenter", Seed2010.ArbejdsmarkedOgSocial)
            .Unit("Jobformidling", 20.0m, 8_200_000)
            .Unit("Sygedagpenge", 16.0m, 6_560_000)
            .Unit("Virksomhedsservice", 6.0m, 2_580_000);
        b.Centre("SHC", "Social- og Handicapcenter", Seed2010.ArbejdsmarkedOgSocial)
            .Unit("Voksenhandicap", 12.0m, 5_160_000)
            .Unit("Psykiatri og misbrug", 8.0m, 3_440_000);
        b.Centre("JAF", "Jobafklaring", Seed2010.ArbejdsmarkedOgSocial, CentreKind.Unit)
            .Unit("Afklaring og revalidering", 11.0m, 4_510_000);
        b.Centre("YDS", "Ydelsesservice", Seed2010.ArbejdsmarkedOgSocial, CentreKind.Unit)
            .Unit("Kontante ydelser", 13.0m, 4_940_000);
        b.Centre("FYE", "Familieydelsesenheden", Seed2010.ArbejdsmarkedOgSocial, CentreKind.Unit)
            .Unit("Familieydelser", 6.0m, 2_280_000);

        b.Centre("TMC", "Teknik- og Miljøcenter", Seed2010.TeknikMiljoeOgSundhed)
            .Unit("Byggesag og plan", 15.0m, 6_450_000)
            .Unit("Natur og miljø", 10.0m, 4_300_000)
            .Unit("GIS-enheden", 2.8m, 1_260_000);
        b.Centre("VPC", "Vej- og Parkcenter", Seed2010.TeknikMiljoeOgSundhed)
            .Unit("Vejdrift", 6.0m, 2_460_000)
            .Unit("Parker og grønne områder", 5.0m, 2_050_000);
        b.Centre("EJC", "Ejendomscenter", Seed2010.TeknikMiljoeOgSundhed)
            .Unit("Ejendomsdrift", 9.0m, 3_420_000)
            .Unit("Intern service", 11.0m, 3_740_000);
        b.Centre("SUC", "Sundhedscenter", Seed2010.TeknikMiljoeOgSundhed)
            .Unit("Sundhedsfremme og forebyggelse", 8.0m, 3_360_000)
            .Unit("Træning og genoptræning", 18.0m, 6_840_000);
        b.Centre("POC", "Pensions- og Omsorgscenter", Seed2010.TeknikMiljoeOgSundhed)
            .Unit("Visitation", 14.0m, 5_740_000)
            .Unit("Pensionsenheden", 9.0m, 3_510_000)
            .Unit("Ældreområdets administration", 6.0m, 2_460_000);
        return b.ToStructure();
    }

    private sealed class Builder
    {
        private readonly List<DirectorateSnapshot> _directorates = [];
        private readonly List<CentreSnapshot> _centres = [];
        private readonly List<UnitSnapshot> _units = [];

        public void Directorate(Guid key, string name, string director) => _directorates.Add(new DirectorateSnapshot(key, name, director));

        public Builder Centre(string code, string name, Guid directorate, CentreKind kind = CentreKind.Centre)
        {
            _centres.Add(new CentreSnapshot(Seed2010.Key(101 + _centres.Count), code, name, kind, directorate));
            return this;
        }

        // Adds to the centre added last.
        public Builder Unit(string name, decimal fte, long payroll)
        {
            _units.Add(new UnitSnapshot(Seed2010.Key(1001 + _units.Count), name, _centres[^1].Key, fte, Money.FromKroner(payroll)));
            return this;
        }

        public OrganisationStructure ToStructure() => new(_directorates, _centres, _units);
    }
}
