using System.Diagnostics;
using System.Globalization;
using HojeTaastrup.Admin.Domain.Common;
using HojeTaastrup.Admin.Domain.Hearings;
using HojeTaastrup.Admin.Domain.Savings;
using HojeTaastrup.Admin.Web.Features.Hearings;

// The hearing note for a large hearing: 500 proposals, 10 committees that all answer every proposal (three
// paragraphs each) and give general remarks. Prints the time to build the note's model and to write it as HTML
// and as DOCX (median of 5 runs after a warm-up); the goal is under 1 s each.
//   dotnet run -c Release --project benchmarks/HearingNote [-- proposals committees]
var proposals = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 500;
var committeeCount = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10;

var committees = Enumerable.Range(1, committeeCount).Select(i => new Committee($"SektorMED {i:00}", CommitteeLevel.Sektor)).ToList();
var subjects = Enumerable.Range(1, proposals).Select(i => new NoteSubject(
    Guid.NewGuid(),
    $"{i}. Forslag nummer {i}",
    "Opgaverne samles, og arbejdsgangene forenkles.\n\n- Første handling\n- Anden handling",
    NoteSubject.AmountsText([new YearAmount(2027, Money.FromKroner(1_500_000 + i)), YearAmount.Unknown(2028)]))).ToList();
var opens = new DateOnly(2026, 3, 2);
var hearing = new Hearing(new HearingContent(
    "Høring om budget 2027", "Indledning.", "00.01.00-A00-1-26", "Direktionssekretariatet", "Direktionssekretariatet", opens, opens.AddDays(14),
    committees.Select(c => c.Id).ToList(), subjects.Select(s => s.Id).ToList(), null));
var at = MunicipalClock.StartOf(opens).AddHours(12);
var responses = new List<HearingResponse>();
foreach (var committee in committees)
{
    foreach (var subject in subjects.Select(s => s.Id).Append(Guid.Empty))
    {
        var response = new HearingResponse(hearing, committee.Id, subject);
        response.Submit(hearing, $"{committee.Name} er enig i hovedtrækkene.\n\nDer er dog behov for at se på konsekvenserne for medarbejderne.\n\nVi vil gerne inddrages.", at, "bench");
        responses.Add(response);
    }
}

var header = new NoteHeader("Høje-Taastrup Kommune", "Direktionssekretariatet", new DateOnly(2026, 3, 20), "00.01.00-A00-1-26", "Direktionssekretariatet");
HearingNote Build() => HearingNote.Build(hearing, header, subjects, committees, responses);
var note = Build();
var html = Median(() => HearingNoteWriter.Html(note).Length);
var docx = Median(() => HearingNoteWriter.Docx(note).Length);
var model = Median(() => Build().Proposals.Count);

Console.WriteLine($"Hearing note: {proposals} proposals × {committeeCount} committees ({responses.Count} answers)");
Console.WriteLine($"  model  {model.Elapsed.TotalMilliseconds,8:N1} ms");
Console.WriteLine($"  HTML   {html.Elapsed.TotalMilliseconds,8:N1} ms   {html.Size / 1024.0,8:N0} KiB");
Console.WriteLine($"  DOCX   {docx.Elapsed.TotalMilliseconds,8:N1} ms   {docx.Size / 1024.0,8:N0} KiB");

static (TimeSpan Elapsed, long Size) Median(Func<long> run)
{
    run();
    var times = new List<TimeSpan>();
    long size = 0;
    for (var i = 0; i < 5; i++)
    {
        var watch = Stopwatch.StartNew();
        size = run();
        times.Add(watch.Elapsed);
    }

    return (times.Order().ElementAt(times.Count / 2), size);
}
