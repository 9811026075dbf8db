using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using HojeTaastrup.Admin.Web.Infrastructure.Documents;

namespace HojeTaastrup.Admin.Web.Tests.Infrastructure.Documents;

// The DOCX the hearing note becomes: a valid package, real Word headings (the navigation pane shows
// them), and responses written as text, whatever they contain.
public class WordDocumentBuilderTests
{
    // A hearing note in seed 001's shape, in small.
    private static WordDocumentBuilder HearingNote() =>
        new WordDocumentBuilder("Høringsnotat – budget 2027")
            .Title("Høringsnotat")
            .Paragraph("Høje-Taastrup Kommune, Økonomi\nSagsnr. 27.00.00-A00-1-26")
            .Heading(1, "S-01 Færre møder på rådhuset")
            .Paragraphs("Mødeaktiviteten samles.\n\nHandlepunkter:\nLuk mødelokaler\nFlyt møder online")
            .Heading(2, "Bemærkninger fra MED-systemet:")
            .Heading(3, "SektorMED Børn og Unge")
            .Paragraph("Vi er imod <script>alert('x')</script> & **fed**.")
            .ListItem("Første punkt")
            .Heading(1, "S-02 Økonomi- og lønservice samles")
            .Heading(1, "Generelle bemærkninger fra MED-systemet")
            .Paragraph("Ingen.", bold: true);

    [Fact]
    public void Save_HearingNote_OpensAndValidatesWithoutErrors()
    {
        using var document = WordprocessingDocument.Open(Saved(HearingNote()), false);

        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document).ToList();

        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path?.XPath}: {e.Description}")));
        Assert.Equal("Høringsnotat – budget 2027", document.PackageProperties.Title);
    }

    [Fact]
    public void Save_Headings_AreInOrderWithWordsOwnHeadingStyles()
    {
        using var document = WordprocessingDocument.Open(Saved(HearingNote()), false);
        var paragraphs = document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().ToList();

        Assert.Equal(
            ["S-01 Færre møder på rådhuset", "S-02 Økonomi- og lønservice samles", "Generelle bemærkninger fra MED-systemet"],
            paragraphs.Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val == "Heading1").Select(p => p.InnerText));
        Assert.Equal("Title", paragraphs[0].ParagraphProperties!.ParagraphStyleId!.Val!.Value);
        Assert.Equal("Bemærkninger fra MED-systemet:", paragraphs.Single(p => p.ParagraphProperties?.ParagraphStyleId?.Val == "Heading2").InnerText);
    }

    [Fact]
    public void Save_HeadingStyles_CarryOutlineLevelsForTheNavigationPane()
    {
        using var document = WordprocessingDocument.Open(Saved(HearingNote()), false);
        var styles = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);

        Assert.Equal(
            [("heading 1", 0), ("heading 2", 1), ("heading 3", 2)],
            new[] { "Heading1", "Heading2", "Heading3" }.Select(id => (styles[id].StyleName!.Val!.Value!, styles[id].StyleParagraphProperties!.OutlineLevel!.Val!.Value)));
        Assert.True(styles["Normal"].Default!.Value);
        Assert.Contains("Title", styles.Keys);
    }

    [Fact]
    public void Save_MarkupInAResponse_IsWrittenAsText()
    {
        using var document = WordprocessingDocument.Open(Saved(HearingNote()), false);
        var xml = XDocument.Load(document.MainDocumentPart!.GetStream());

        Assert.Contains(document.MainDocumentPart.Document!.Body!.Elements<Paragraph>(), p => p.InnerText == "Vi er imod <script>alert('x')</script> & **fed**.");
        Assert.DoesNotContain(xml.Descendants(), e => e.Name.LocalName == "script");
    }

    [Fact]
    public void Paragraphs_EmptyLinesSeparateParagraphs_SingleLineBreaksStayBreaks()
    {
        using var document = WordprocessingDocument.Open(Saved(new WordDocumentBuilder("x").Paragraphs("Første afsnit.\r\n\r\nAndet afsnit:\r\nlinje to\n\n\n")), false);
        var paragraphs = document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().ToList();

        Assert.Equal(["Første afsnit.", "Andet afsnit:linje to"], paragraphs.Select(p => p.InnerText));
        Assert.Single(paragraphs[1].Descendants<Break>());
    }

    [Fact]
    public async Task SaveAsync_ControlCharactersInText_AreDroppedAndThePackageStillOpens()
    {
        var stream = new MemoryStream();
        await new WordDocumentBuilder("x").Paragraph("Kopieret\u0001 tekst").SaveAsync(stream);
        stream.Position = 0;

        using var document = WordprocessingDocument.Open(stream, false);

        Assert.Equal("Kopieret tekst", document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Single().InnerText);
    }

    private static MemoryStream Saved(WordDocumentBuilder builder)
    {
        var stream = new MemoryStream();
        builder.Save(stream);
        stream.Position = 0;
        return stream;
    }
}
