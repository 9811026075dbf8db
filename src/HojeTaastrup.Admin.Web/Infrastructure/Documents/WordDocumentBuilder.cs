using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace HojeTaastrup.Admin.Web.Infrastructure.Documents;

// Builds a Word document (.docx) of a title, headings at three levels and plain paragraphs, for the
// hearing note and other documents the portal hands to the case-management system. Headings use Word's
// own Heading 1–3 styles with outline levels, so Word's navigation pane and table of contents find them.
// Text is always text: "<script>" or "**bold**" in a response is written as those characters.
public sealed class WordDocumentBuilder
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private readonly string _documentTitle;
    private readonly List<Paragraph> _paragraphs = [];

    // The title goes in the document's properties (what Windows and the case-management system show).
    public WordDocumentBuilder(string documentTitle)
    {
        ArgumentNullException.ThrowIfNull(documentTitle);
        _documentTitle = documentTitle;
    }

    public WordDocumentBuilder Title(string text) => Add(WordStyles.Title, text);

    public WordDocumentBuilder Heading(int level, string text)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(level, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(level, WordStyles.Headings.Count);
        return Add(WordStyles.Headings[level - 1], text);
    }

    // One paragraph; a line break in the text is a line break in Word.
    public WordDocumentBuilder Paragraph(string text, bool bold = false) => Add(WordStyles.Normal, text, bold);

    // Text as people type it in a form: paragraphs separated by an empty line, line breaks kept within one.
    public WordDocumentBuilder Paragraphs(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var blocks = text.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var block in blocks)
        {
            Paragraph(block);
        }

        return this;
    }

    // An item of a simple list: indented under a dash, without Word's numbering machinery.
    public WordDocumentBuilder ListItem(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Add(WordStyles.ListParagraph, "–\t" + text);
    }

    public void Save(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (!output.CanSeek)
        {
            // The packaging API needs to seek; a response body cannot, so such a stream gets a copy.
            using var buffer = new MemoryStream();
            Save(buffer);
            buffer.Position = 0;
            buffer.CopyTo(output);
            return;
        }

        using var document = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        document.PackageProperties.Title = _documentTitle;
        document.PackageProperties.Language = "da-DK";
        var main = document.AddMainDocumentPart();
        main.AddNewPart<StyleDefinitionsPart>().Styles = WordStyles.Create();
        var body = new Body(_paragraphs.Select(p => p.CloneNode(true)));
        body.Append(A4Section());
        main.Document = new Document(body);
    }

    // For an HTTP response, whose body takes no synchronous writes.
    public async Task SaveAsync(Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var buffer = new MemoryStream();
        Save(buffer);
        buffer.Position = 0;
        await buffer.CopyToAsync(output, cancellationToken);
    }

    private WordDocumentBuilder Add(string styleId, string text, bool bold = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        var run = new Run();
        if (bold)
        {
            run.Append(new RunProperties(new Bold()));
        }

        var lines = OpenXmlText.Clean(text).ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new Break());
            }

            run.Append(TextOf(lines[i]));
        }

        _paragraphs.Add(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = styleId }), run));
        return this;
    }

    private static Text TextOf(string line) =>
        new(line) { Space = OpenXmlText.NeedsPreservedSpace(line) ? SpaceProcessingModeValues.Preserve : null };

    // A4 with 2,5 cm margins, as Danish letters are; measures in twentieths of a point.
    private static SectionProperties A4Section() =>
        new(
            new PageSize { Width = 11906U, Height = 16838U },
            new PageMargin { Top = 1417, Right = 1134U, Bottom = 1417, Left = 1134U, Header = 708U, Footer = 708U, Gutter = 0U });
}
