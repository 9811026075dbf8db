using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;

namespace HojeTaastrup.Admin.Web.Infrastructure.Documents;

// The styles part of WordDocumentBuilder's documents. The style ids and names are Word's built-in ones
// ("heading 1" is shown as "Overskrift 1" in Danish Word), and each heading carries its outline level:
// that is what puts it in the navigation pane. Sizes are in half points.
internal static class WordStyles
{
    public const string Normal = "Normal";
    public const string Title = "Title";
    public const string ListParagraph = "ListParagraph";

    public static IReadOnlyList<string> Headings { get; } = ["Heading1", "Heading2", "Heading3"];

    public static Styles Create() =>
        new(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri", ComplexScript = "Calibri", EastAsia = "Calibri" },
                    new FontSize { Val = "22" },
                    new FontSizeComplexScript { Val = "22" },
                    new Languages { Val = "da-DK" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { After = "160", Line = "259", LineRule = LineSpacingRuleValues.Auto }))),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = Normal, Default = true },
            Paragraph(Title, "Title", outlineLevel: null, size: 52, spacingBefore: 0, spacingAfter: 240),
            Paragraph(Headings[0], "heading 1", outlineLevel: 0, size: 32, spacingBefore: 360, spacingAfter: 120),
            Paragraph(Headings[1], "heading 2", outlineLevel: 1, size: 26, spacingBefore: 240, spacingAfter: 80),
            Paragraph(Headings[2], "heading 3", outlineLevel: 2, size: 24, spacingBefore: 200, spacingAfter: 60),
            new Style(
                new StyleName { Val = "List Paragraph" },
                new BasedOn { Val = Normal },
                new PrimaryStyle(),
                new StyleParagraphProperties(
                    new SpacingBetweenLines { After = "60" },
                    new Indentation { Left = "720", Hanging = "360" }))
            { Type = StyleValues.Paragraph, StyleId = ListParagraph });

    // A title or heading: bold, kept with the paragraph under it, followed by a Normal paragraph.
    private static Style Paragraph(string id, string name, int? outlineLevel, int size, int spacingBefore, int spacingAfter)
    {
        var paragraph = new StyleParagraphProperties(
            new KeepNext(),
            new KeepLines(),
            new SpacingBetweenLines { Before = Number(spacingBefore), After = Number(spacingAfter) });
        if (outlineLevel is { } level)
        {
            paragraph.Append(new OutlineLevel { Val = level });
        }

        return new Style(
            new StyleName { Val = name },
            new BasedOn { Val = Normal },
            new NextParagraphStyle { Val = Normal },
            new UIPriority { Val = outlineLevel is null ? 10 : 9 },
            new PrimaryStyle(),
            paragraph,
            new StyleRunProperties(
                new Bold(),
                new Color { Val = "1F3864" },
                new FontSize { Val = Number(size) },
                new FontSizeComplexScript { Val = Number(size) }))
        { Type = StyleValues.Paragraph, StyleId = id };
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
