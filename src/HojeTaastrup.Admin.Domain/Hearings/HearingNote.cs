using System.Globalization;
using HojeTaastrup.Admin.Domain.Savings;

namespace HojeTaastrup.Admin.Domain.Hearings;

// The hearing note in seed 001's order, as a model that the HTML page and the DOCX both write out:
//   header (municipality, unit, date, case number, contact), title, intro,
//   per proposal: title, text, amounts, "Bemærkninger fra MED-systemet:" with each committee's current answer
//     (committees by level, then name), then the administration's comment,
//   "Generelle bemærkninger fra MED-systemet", then the invited committees that did not answer at all.
// Drafts never appear: only a response's current (last submitted) revision does.
public sealed record HearingNote(
    NoteHeader Header,
    string Title,
    string Intro,
    IReadOnlyList<NoteSection> Proposals,
    IReadOnlyList<NoteRemark> General,
    IReadOnlyList<string> NotResponded)
{
    public const string RemarksHeading = "Bemærkninger fra MED-systemet:";
    public const string GeneralHeading = "Generelle bemærkninger fra MED-systemet";
    public const string NotRespondedHeading = "Udvalg, der ikke har afgivet høringssvar";
    public const string AdministrationHeading = "Administrationens bemærkning:";
    public const string NoRemarks = "Ingen bemærkninger.";

    private static readonly StringComparer DanishOrder = StringComparer.Create(CultureInfo.GetCultureInfo("da-DK"), ignoreCase: true);

    public static HearingNote Build(
        Hearing hearing, NoteHeader header, IReadOnlyList<NoteSubject> subjects, IEnumerable<Committee> committees, IEnumerable<HearingResponse> responses)
    {
        ArgumentNullException.ThrowIfNull(hearing);
        ArgumentNullException.ThrowIfNull(subjects);
        var invited = committees.Where(c => hearing.IsInvited(c.Id))
            .OrderBy(c => c.Level)
            .ThenBy(c => c.Name, DanishOrder)
            .ThenBy(c => c.Id)
            .ToList();
        var current = responses
            .Where(r => r.HearingId == hearing.Id && r.Current is not null && hearing.IsInvited(r.CommitteeId))
            .ToLookup(r => r.Subject);

        List<NoteRemark> Remarks(Guid subject)
        {
            var bySubject = current[subject].ToDictionary(r => r.CommitteeId);
            return invited
                .Where(c => bySubject.ContainsKey(c.Id))
                .Select(c => (Committee: c, Revision: bySubject[c.Id].Current!))
                .Select(x => new NoteRemark(x.Committee.Name, x.Revision.Text, x.Revision.Late, x.Revision.SubmittedAt))
                .ToList();
        }

        var sections = subjects
            .Select(s => new NoteSection(s.Title, s.Text, s.Amounts, Remarks(s.Id), hearing.CommentOn(s.Id)))
            .ToList();
        var answered = current.SelectMany(g => g).Select(r => r.CommitteeId).ToHashSet();
        return new HearingNote(
            header,
            hearing.Title,
            hearing.Intro,
            sections,
            Remarks(Guid.Empty),
            invited.Where(c => !answered.Contains(c.Id)).Select(c => c.Name).ToList());
    }
}

public sealed record NoteHeader(string Municipality, string? Unit, DateOnly Date, string? CaseNumber, string? Contact);

// A proposal as the note shows it; Amounts is null when there are none (a reorganisation).
public sealed record NoteSubject(Guid Id, string Title, string Text, string? Amounts)
{
    // "2021: 3,5 (5,5) mio. kr. · 2022: xx mio. kr." through YearAmount's own Danish text.
    public static string? AmountsText(IEnumerable<YearAmount> amounts)
    {
        var parts = amounts.OrderBy(a => a.Year).Select(a => $"{a.Year}: {a}").ToList();
        return parts.Count == 0 ? null : string.Join(" · ", parts);
    }
}

public sealed record NoteSection(string Title, string Text, string? Amounts, IReadOnlyList<NoteRemark> Remarks, string? AdministrationComment);

public sealed record NoteRemark(string Committee, string Text, bool Late, DateTimeOffset ReceivedAt);
