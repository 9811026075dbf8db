using HojeTaastrup.Admin.Domain.Common;
using HojeTaastrup.Admin.Domain.Hearings;
using HojeTaastrup.Admin.Domain.Reorganisation;
using Microsoft.EntityFrameworkCore;

namespace HojeTaastrup.Admin.Data.Demo;

// The demo MED committees and two hearings. Seeded once, into a database with no committee yet, after the demo
// users, the organisation and the savings programmes.
//
//   committees  HovedMED, SektorMED CHP, CAI, SØD, Børn og Unge, LUH, Kultur Fritid og Borgerservice, CSÆ
//               (the demo user "med" sits in HovedMED and chairs SektorMED CAI)
//   hearing 1   seed 001: the ten proposals of "Udmøntning af ikke-effektuerede besparelser", 2.–20. November 2020,
//               closed and published 30 November 2020; answers in our own words (HovedMED did not answer)
//   hearing 2   seed 000: the reorganisation "Skærpet fokus på styring og fornyelse …" and its saving, OPEN: from
//               three days before the seeding day to two weeks after it (Copenhagen), so the demo user med can answer
public static class DemoHearings
{
    public const string PublishedTitle = "Høring om udmøntning af ikke-effektuerede besparelser";
    public const string OpenTitle = "Høring om skærpet fokus på styring og fornyelse i administrationen";

    public static readonly string[] SectorCommittees =
        ["SektorMED CHP", "SektorMED CAI", "SektorMED SØD", "SektorMED Børn og Unge", "SektorMED LUH", "SektorMED Kultur Fritid og Borgerservice", "SektorMED CSÆ"];

    public static async Task SeedAsync(AdminDbContext db, DateOnly today, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (await db.Committees.AnyAsync(cancellationToken))
        {
            return;
        }

        var committees = new Dictionary<string, Committee> { ["HovedMED"] = new("HovedMED", CommitteeLevel.Hoved) };
        foreach (var name in SectorCommittees)
        {
            var code = name["SektorMED ".Length..];
            committees[name] = new Committee(name, CommitteeLevel.Sektor, code.Length <= 4 ? [code] : []);
        }

        var med = await db.Users.Where(u => u.NormalizedUserName == "MED").Select(u => u.Id).FirstOrDefaultAsync(cancellationToken);
        if (med is not null)
        {
            committees["HovedMED"].AddMember(med);
            committees["SektorMED CAI"].AddMember(med, chair: true);
        }

        db.Committees.AddRange(committees.Values);
        await PublishedAsync(db, committees, cancellationToken);
        await OpenAsync(db, committees, today, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task PublishedAsync(AdminDbContext db, Dictionary<string, Committee> committees, CancellationToken cancellationToken)
    {
        var programme = await db.SavingsProgrammes.Where(p => p.Name == SeedSlagelse2020.Name).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(cancellationToken);
        if (programme is null)
        {
            return;
        }

        var proposals = await db.SavingsProposals.Where(p => p.ProgrammeId == programme).Select(p => new { p.Id, p.Number }).ToListAsync(cancellationToken);
        Guid Number(string number) => proposals.Single(p => p.Number == number).Id;
        var hearing = new Hearing(new HearingContent(
            PublishedTitle,
            "Forslagene til at placere de besparelser, budgettet har besluttet, har været i høring i MED-systemet med opfordring til at komme med "
            + "flere forslag. Udvalgenes bemærkninger til de enkelte forslag står under hvert forslag; de generelle bemærkninger til forslagene og "
            + "processen står til sidst.",
            "00.01.00-A00-12-20",
            "Direktionssekretariatet",
            "Direktionssekretariatet",
            new DateOnly(2020, 11, 2),
            new DateOnly(2020, 11, 20),
            committees.Values.Select(c => c.Id).ToList(),
            proposals.Select(p => p.Id).ToList(),
            null));
        var opened = MunicipalClock.StartOf(hearing.Opens);
        hearing.MarkSubjectsOpened(opened);
        var answered = MunicipalClock.StartOf(new DateOnly(2020, 11, 18)).AddHours(10);

        void Answer(string committee, Guid subject, string text)
        {
            var response = new HearingResponse(hearing, committees[committee].Id, subject);
            response.Submit(hearing, text, answered, "Demodata");
            db.HearingResponses.Add(response);
        }

        Answer("SektorMED CHP", Number("1"),
            "Udvalget bakker op om et fælles kompetenceråd, når det handler om emner, der går på tværs af kommunen.\n\n"
            + "Der skal fortsat være penge og plads til den faglige efteruddannelse, som det enkelte center selv planlægger, så specialviden ikke går tabt.");
        Answer("SektorMED CAI", Number("2"),
            "Et ansættelsesstop bør tage udgangspunkt i opgaverne og ikke i stillingerne. Vurderingen af en ledig stilling skal kunne ske hurtigt, "
            + "ellers bliver det dyrere på længere sigt, fx når vikarer må dække.");
        Answer("SektorMED CAI", Number("3"),
            "Det er fornuftigt at løse flere opgaver selv, men nogle gange er et blik udefra netop det, der er brug for. Principperne for brug af "
            + "konsulenter bør sige, hvornår det er tilfældet.");
        Answer("SektorMED SØD", Number("3"),
            "Hvis flere opgaver skal løses internt, foreslår udvalget, at alle medarbejdere får et kort forløb om innovation og om at dele gode "
            + "løsninger på tværs, så idéerne kommer fra dem, der kender opgaverne.");
        Answer("SektorMED Børn og Unge", Number("4"),
            "En enklere MED-struktur er velkommen, men dialogen tæt på arbejdspladserne skal bevares. Udvalget vil gerne inddrages, når den nye "
            + "struktur tegnes.");
        Answer("SektorMED LUH", Number("5"),
            "Fælles fagmiljøer kan styrke kvaliteten, men opgaverne må ikke flyttes så langt fra driften, at ledere og medarbejdere mister den hjælp, "
            + "de har i dag.");
        Answer("SektorMED Kultur Fritid og Borgerservice", Guid.Empty,
            "Høringsfristen har været kort, og flere af forslagene er endnu ikke beskrevet så konkret, at udvalget kan vurdere konsekvenserne for "
            + "medarbejderne. Udvalget beder om at blive hørt igen, når forslagene er udfoldet.");
        Answer("SektorMED CSÆ", Guid.Empty,
            "Udvalget opfordrer til, at besparelserne findes i administrationen, før der skæres i de borgernære opgaver, og at medarbejderne "
            + "løbende får at vide, hvordan forslagene udmøntes.");

        var decided = MunicipalClock.StartOf(new DateOnly(2020, 11, 30)).AddHours(9);
        hearing.Comment(Number("3"), "Administrationen indarbejder udvalgenes bemærkninger i principperne for brug af eksterne konsulenter.", decided);
        hearing.Publish(decided, "Demodata");
        db.Hearings.Add(hearing);
    }

    private static async Task OpenAsync(AdminDbContext db, Dictionary<string, Committee> committees, DateOnly today, CancellationToken cancellationToken)
    {
        var reorganisation = await db.ReorganisationProposals.IgnoreAutoIncludes()
            .Where(p => p.Title == Seed2010.Title && p.Status == ReorganisationStatus.InHearing)
            .Select(p => (Guid?)p.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (reorganisation is null)
        {
            return;
        }

        var saving = await db.SavingsProposals.Where(p => p.ReorganisationProposalId == reorganisation).Select(p => p.Id).ToListAsync(cancellationToken);
        var hearing = new Hearing(new HearingContent(
            OpenTitle,
            "Direktionen inviterer hele MED-organisationen til at forholde sig til justeringerne af organisationen og den besparelse, de skal give. "
            + "Svar gerne konkret på de enkelte forslag; generelle bemærkninger til processen er også velkomne.",
            "00.01.00-A00-5-10",
            "Direktionssekretariatet",
            "Direktionssekretariatet",
            today.AddDays(-3),
            today.AddDays(14),
            committees.Values.Select(c => c.Id).ToList(),
            saving,
            reorganisation));
        // Its subjects are already in hearing (the demo organisation and savings put them there).
        hearing.MarkSubjectsOpened(MunicipalClock.StartOf(hearing.Opens));
        db.Hearings.Add(hearing);
    }
}
