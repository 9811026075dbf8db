using DocumentFormat.OpenXml.Spreadsheet;

namespace HojeTaastrup.Admin.Web.Infrastructure.Spreadsheets;

// The four cell styles XlsxWriter uses. Number formats in the file are always written the English way;
// Excel shows them in the reader's own: built-in format 3 ("#,##0") is "5.400.000" in Danish Excel.
internal static class XlsxStyles
{
    public const uint Header = 1;
    public const uint Day = 2;
    public const uint Kroner = 3;

    private const uint DayFormatId = 164; // the first id a workbook may define itself
    private const uint ThousandsFormatId = 3;

    public static Stylesheet Create() =>
        new(
            new NumberingFormats(new NumberingFormat { NumberFormatId = DayFormatId, FormatCode = "dd-mm-yyyy" }) { Count = 1U },
            new Fonts(Font(bold: false), Font(bold: true)) { Count = 2U },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2U },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1U },
            new CellStyleFormats(new CellFormat { NumberFormatId = 0U, FontId = 0U, FillId = 0U, BorderId = 0U }) { Count = 1U },
            new CellFormats(
                Format(0U, fontId: 0U),
                Format(0U, fontId: 1U),
                Format(DayFormatId, fontId: 0U),
                Format(ThousandsFormatId, fontId: 0U))
            { Count = 4U },
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0U, BuiltinId = 0U }) { Count = 1U });

    private static Font Font(bool bold)
    {
        var font = new Font(new FontSize { Val = 11D }, new FontName { Val = "Calibri" }, new FontFamilyNumbering { Val = 2 });
        if (bold)
        {
            font.PrependChild(new Bold());
        }

        return font;
    }

    private static CellFormat Format(uint numberFormatId, uint fontId) => new()
    {
        NumberFormatId = numberFormatId,
        FontId = fontId,
        FillId = 0U,
        BorderId = 0U,
        FormatId = 0U,
        ApplyNumberFormat = numberFormatId != 0 ? true : null,
        ApplyFont = fontId != 0 ? true : null,
    };
}
