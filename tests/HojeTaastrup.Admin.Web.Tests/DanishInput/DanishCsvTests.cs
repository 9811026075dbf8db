using System.Text;
using HojeTaastrup.Admin.Web.Infrastructure.Csv;

namespace HojeTaastrup.Admin.Web.Tests.DanishInput;

// The CSV reader every file import shares (organisation, savings, realisation): Danish Excel's files,
// columns by header, and every problem with its line number (the header is line 1, as in Excel).
public class DanishCsvTests
{
    private static readonly string[] Columns = ["forslag", "år", "beløb"];

    [Fact]
    public void Read_SemicolonsAnyHeaderOrderAndCase_GivesFieldsByColumnWithExcelLineNumbers()
    {
        var table = DanishCsv.Read("Beløb;FORSLAG;år\n5.400.000;S-12;2027\n\n1.250,5;S-13;2028\n", Columns);

        Assert.True(table.IsValid);
        Assert.Equal([2, 4], table.Rows.Select(r => r.Line));
        Assert.Equal("S-12", table.Rows[0]["forslag"]);
        Assert.Equal("1.250,5", table.Rows[1]["beløb"]);
    }

    [Fact]
    public void Read_ALineShorterThanTheHeader_ReadsTheMissingFieldsAsEmpty()
    {
        var table = DanishCsv.Read("forslag;år;beløb\nS-12;2027\n", Columns);

        Assert.Equal("", Assert.Single(table.Rows)["beløb"]);
    }

    [Fact]
    public void Read_MissingColumn_IsRefusedOnLineOne()
    {
        var table = DanishCsv.Read("forslag;beløb\nS-12;1\n", Columns);

        var failure = Assert.Single(table.Failures);
        Assert.Equal("file", failure.PropertyName);
        Assert.StartsWith("Linje 1: Kolonnen år mangler.", failure.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnbalancedQuote_IsRefusedWithTheLineItOpensOn()
    {
        var table = DanishCsv.Read("forslag;år;beløb\nS-12;2027;1\nS-13;\"2028;2\nS-14;2029;3\n", Columns);

        var failure = Assert.Single(table.Failures);
        Assert.Equal("rows[3]", failure.PropertyName);
        Assert.StartsWith("Linje 3: Et anførselstegn", failure.ErrorMessage, StringComparison.Ordinal);
        Assert.Empty(table.Rows);
    }

    [Fact]
    public void Read_AQuotedFieldOverSeveralLines_IsRefusedByLine()
    {
        var table = DanishCsv.Read("forslag;år;beløb\n\"S-12\nS-13\";2027;1\n", Columns);

        Assert.StartsWith("Linje 2: Et felt strækker sig over flere linjer", Assert.Single(table.Failures).ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EmptyFileOrOnlyAHeader_SaysWhatIsMissing()
    {
        Assert.StartsWith("Filen er tom.", Assert.Single(DanishCsv.Read("", Columns).Failures).ErrorMessage, StringComparison.Ordinal);
        Assert.Equal(DanishCsv.NoRowsMessage, Assert.Single(DanishCsv.Read("forslag;år;beløb\n;;\n", Columns).Failures).ErrorMessage);
    }

    [Fact]
    public void Failure_NamesTheLineAndTheColumn()
    {
        var failure = CsvTable.Failure(7, "beløb", "Beløbet er ikke et tal.");

        Assert.Equal("rows[7].beløb", failure.PropertyName);
        Assert.Equal("Linje 7: Beløbet er ikke et tal.", failure.ErrorMessage);
    }

    [Fact]
    public void Decode_Utf8WithAndWithoutByteOrderMark_AndWindows1252_GiveTheSameText()
    {
        const string text = "direktørområde;beløb\nØkonomi og Løn;5.400.000\n";
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var withBom = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray();

        Assert.Equal(text, CsvText.Decode(withBom));
        Assert.Equal(text, CsvText.Decode(Encoding.UTF8.GetBytes(text)));
        Assert.Equal(text, CsvText.Decode(Encoding.GetEncoding(1252).GetBytes(text)));
    }
}
