using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using HojeTaastrup.Admin.Domain.Hearings;
using HojeTaastrup.Admin.Web.Infrastructure.Documents;

namespace HojeTaastrup.Admin.Web.Features.Hearings;

// Writes the hearing note (HearingNote, seed 001's order) as a DOCX with Word's own headings (the navigation pane
// lists the proposals) and as a printable HTML page. Every text is written as text: "<script>" in a response is
// shown as those characters, never run.
//   Title: the hearing · header lines · intro
//   Heading 1 "Forslag" · Heading 2 per proposal · its text and amounts · Heading 3 "Bemærkninger fra MED-systemet:"
//     · a bold line per committee and its answer · Heading 3 "Administrationens bemærkning:"
//   Heading 1 "Generelle bemærkninger fra MED-systemet" · Heading 1 the committees that did not answer
public static class HearingNoteWriter
{
    public const string DocxContentType = WordDocumentBuilder.ContentType;
    public const string ProposalsHeading = "Forslag";
    public const string LateMark = "(modtaget efter fristen)";

    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    // Danish letters as themselves; <, >, & and quotes always encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string FileName(HearingNote note)
    {
        ArgumentNullException.ThrowIfNull(note);
        var safe = new string(note.Title.Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');
        return $"hoeringsnotat-{(safe.Length > 60 ? safe[..60] : safe)}.docx";
    }

    public static IReadOnlyList<string> HeaderLines(NoteHeader header)
    {
        ArgumentNullException.ThrowIfNull(header);
        var lines = new List<string> { header.Municipality };
        if (!string.IsNullOrWhiteSpace(header.Unit))
        {
            lines.Add(header.Unit);
        }

        lines.Add(header.Date.ToString("d. MMMM yyyy", Danish));
        if (!string.IsNullOrWhiteSpace(header.CaseNumber))
        {
            lines.Add($"Sagsnr.: {header.CaseNumber}");
        }

        if (!string.IsNullOrWhiteSpace(header.Contact))
        {
            lines.Add($"Kontaktperson: {header.Contact}");
        }

        return lines;
    }

    public static string RemarkLabel(NoteRemark remark)
    {
        ArgumentNullException.ThrowIfNull(remark);
        return remark.Late ? $"{remark.Committee}: {LateMark}" : $"{remark.Committee}:";
    }

    public static byte[] Docx(HearingNote note)
    {
        ArgumentNullException.ThrowIfNull(note);
        var word = new WordDocumentBuilder($"Høringsnotat – {note.Title}")
            .Title(note.Title)
            .Paragraph(string.Join("\n", HeaderLines(note.Header)));
        if (!string.IsNullOrWhiteSpace(note.Intro))
        {
            word.Paragraphs(note.Intro);
        }

        word.Heading(1, ProposalsHeading);
        foreach (var section in note.Proposals)
        {
            word.Heading(2, section.Title);
            if (!string.IsNullOrWhiteSpace(section.Text))
            {
                word.Paragraphs(section.Text);
            }

            if (section.Amounts is not null)
            {
                word.Paragraph(section.Amounts, bold: true);
            }

            word.Heading(3, HearingNote.RemarksHeading);
            Remarks(word, section.Remarks);
            if (section.AdministrationComment is { } comment)
            {
                word.Heading(3, HearingNote.AdministrationHeading).Paragraphs(comment);
            }
        }

        word.Heading(1, HearingNote.GeneralHeading);
        Remarks(word, note.General);
        if (note.NotResponded.Count > 0)
        {
            word.Heading(1, HearingNote.NotRespondedHeading);
            foreach (var name in note.NotResponded)
            {
                word.ListItem(name);
            }
        }

        using var stream = new MemoryStream();
        word.Save(stream);
        return stream.ToArray();
    }

    // A whole printable page (the API's text/html answer); the portal's note page shows the same in its layout.
    public static string Html(HearingNote note)
    {
        ArgumentNullException.ThrowIfNull(note);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\"><title>")
            .Append(Encode($"Høringsnotat – {note.Title}"))
            .Append("</title><style>body{font-family:Calibri,Arial,sans-serif;max-width:46rem;margin:2rem auto;line-height:1.45}")
            .Append(".header{white-space:pre-line;color:#444}.remark{margin-left:1rem}h3{font-size:1rem}@media print{body{margin:0}}</style></head><body>");
        html.Append("<h1>").Append(Encode(note.Title)).Append("</h1>");
        html.Append("<p class=\"header\">").Append(Encode(string.Join("\n", HeaderLines(note.Header)))).Append("</p>");
        Paragraphs(html, note.Intro);
        html.Append("<h2>").Append(Encode(ProposalsHeading)).Append("</h2>");
        foreach (var section in note.Proposals)
        {
            html.Append("<section><h3>").Append(Encode(section.Title)).Append("</h3>");
            Paragraphs(html, section.Text);
            if (section.Amounts is not null)
            {
                html.Append("<p><strong>").Append(Encode(section.Amounts)).Append("</strong></p>");
            }

            html.Append("<h4>").Append(Encode(HearingNote.RemarksHeading)).Append("</h4>");
            Remarks(html, section.Remarks);
            if (section.AdministrationComment is { } comment)
            {
                html.Append("<h4>").Append(Encode(HearingNote.AdministrationHeading)).Append("</h4>");
                Paragraphs(html, comment);
            }

            html.Append("</section>");
        }

        html.Append("<h2>").Append(Encode(HearingNote.GeneralHeading)).Append("</h2>");
        Remarks(html, note.General);
        if (note.NotResponded.Count > 0)
        {
            html.Append("<h2>").Append(Encode(HearingNote.NotRespondedHeading)).Append("</h2><ul>");
            foreach (var name in note.NotResponded)
            {
                html.Append("<li>").Append(Encode(name)).Append("</li>");
            }

            html.Append("</ul>");
        }

        return html.Append("</body></html>").ToString();
    }

    // Paragraphs as people type them: separated by an empty line, line breaks kept within one.
    public static IReadOnlyList<string> Blocks(string? text) =>
        (text ?? string.Empty).ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static void Remarks(WordDocumentBuilder word, IReadOnlyList<NoteRemark> remarks)
    {
        if (remarks.Count == 0)
        {
            word.Paragraph(HearingNote.NoRemarks);
        }

        foreach (var remark in remarks)
        {
            word.Paragraph(RemarkLabel(remark), bold: true).Paragraphs(remark.Text);
        }
    }

    private static void Remarks(StringBuilder html, IReadOnlyList<NoteRemark> remarks)
    {
        if (remarks.Count == 0)
        {
            html.Append("<p>").Append(Encode(HearingNote.NoRemarks)).Append("</p>");
        }

        foreach (var remark in remarks)
        {
            html.Append("<div class=\"remark\"><p><strong>").Append(Encode(RemarkLabel(remark))).Append("</strong></p>");
            Paragraphs(html, remark.Text);
            html.Append("</div>");
        }
    }

    private static void Paragraphs(StringBuilder html, string? text)
    {
        foreach (var block in Blocks(text))
        {
            html.Append("<p>").Append(Encode(block).Replace("\n", "<br>", StringComparison.Ordinal)).Append("</p>");
        }
    }

    private static string Encode(string text) => Encoder.Encode(text);
}
