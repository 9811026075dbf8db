using System.Text;
using HojeTaastrup.Admin.Web.Infrastructure.Spreadsheets;

namespace HojeTaastrup.Admin.Web.Tests.Infrastructure.Spreadsheets;

// The one entry point of every file import: the bytes decide CSV or XLSX, and an import sees the same
// table and the same kind of failures either way.
public class SheetFilesTests
{
    private static readonly string[] Realisation = ["forslag", "år", "beløb", "dato", "note"];

    [Fact]
    public async Task Read_TheSameTableAsCsvAndAsXlsx_GivesTheSameRows()
    {
        var csv = new MemoryStream();
        DanishCsvWriter.Write(SampleCatalogue.Create(), csv);
        csv.Position = 0;

        var fromCsv = await SheetFiles.ReadAsync(csv, "katalog.csv", SampleCatalogue.Columns, SheetLimits.Default);
        var fromXlsx = await SheetFiles.ReadAsync(XlsxWriterTests.Written(SampleCatalogue.Create()), "upload", SampleCatalogue.Columns, SheetLimits.Default);

        Assert.Equal((SheetFormat.Csv, SheetFormat.Xlsx), (fromCsv.Format, fromXlsx.Format));
        SampleCatalogue.AssertReadsAsWritten(fromCsv.Table);
        SampleCatalogue.AssertReadsAsWritten(fromXlsx.Table);
    }

    [Fact]
    public async Task Read_XlsxColumnsInAnyOrderAndCase_AreFoundByName()
    {
        var table = new SheetTable(["Note", "BELØB", "Forslag", "Dato", "År", "ekstra"]);
        table.AddRow("Januar", SheetCell.FromKroner(65_000), "S-12", SheetCell.FromDay(new DateOnly(2027, 1, 31)), SheetCell.FromWhole(2027), "x");

        var read = await SheetFiles.ReadAsync(XlsxWriterTests.Written(table), "realisering.xlsx", Realisation, SheetLimits.Default);

        var row = Assert.Single(read.Table.Rows);
        Assert.Equal(("S-12", 2027L, 65_000L, new DateOnly(2027, 1, 31)), (row["forslag"].Text, row["år"].AsWhole()!.Value, row["beløb"].AsKroner()!.Value, row["dato"].AsDay()!.Value));
    }

    [Fact]
    public async Task Read_XlsxWithoutAColumn_IsRefusedOnRowOne()
    {
        var table = new SheetTable(["forslag", "beløb", "dato", "note"]);
        table.AddRow("S-12", SheetCell.FromKroner(1));

        var read = await SheetFiles.ReadAsync(XlsxWriterTests.Written(table), "realisering.xlsx", Realisation, SheetLimits.Default);

        var failure = Assert.Single(read.Failures);
        Assert.Equal("file", failure.PropertyName);
        Assert.Equal("Række 1: Kolonnen år mangler. Overskrifterne skal være: forslag;år;beløb;dato;note.", failure.ErrorMessage);
    }

    [Fact]
    public async Task Read_XlsxWithOnlyAHeader_SaysThereAreNoRows()
    {
        var read = await SheetFiles.ReadAsync(XlsxWriterTests.Written(new SheetTable(Realisation)), "realisering.xlsx", Realisation, SheetLimits.Default);

        Assert.Equal("Filen har ingen rækker under overskrifterne.", Assert.Single(read.Failures).ErrorMessage);
    }

    [Theory]
    [InlineData("realisering.xlsx")]
    [InlineData(null)]
    public async Task Read_ZipThatIsBroken_IsRefusedAsNoValidExcelSheet(string? fileName)
    {
        var broken = new byte[] { 0x50, 0x4B, 0x03, 0x04 }.Concat(Enumerable.Repeat((byte)0x2A, 500)).ToArray();

        var read = await SheetFiles.ReadAsync(new MemoryStream(broken), fileName, Realisation, SheetLimits.Default);

        Assert.Equal(SheetFormat.Xlsx, read.Format);
        Assert.Equal("Filen er ikke et gyldigt Excel-ark (.xlsx).", Assert.Single(read.Failures).ErrorMessage);
    }

    [Fact]
    public async Task Read_TextNamedXlsx_IsRefusedAsNoValidExcelSheet()
    {
        var read = await SheetFiles.ReadAsync(new MemoryStream("forslag;år\r\nS-12;2027\r\n"u8.ToArray()), "realisering.xlsx", Realisation, SheetLimits.Default);

        Assert.Equal("Filen er ikke et gyldigt Excel-ark (.xlsx).", Assert.Single(read.Failures).ErrorMessage);
    }

    [Fact]
    public async Task Read_OldBinaryExcelFile_IsRefusedWithWhatToDo()
    {
        var xls = new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0 };

        var read = await SheetFiles.ReadAsync(new MemoryStream(xls), "realisering.xls", Realisation, SheetLimits.Default);

        Assert.StartsWith("Filen er i det gamle Excel-format (.xls).", Assert.Single(read.Failures).ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_FileLargerThanTheLimit_IsRefused()
    {
        var big = Encoding.UTF8.GetBytes("forslag;år;beløb;dato;note\r\n" + string.Concat(Enumerable.Repeat("S-12;2027;1;01-01-2027;x\r\n", 100)));

        var read = await SheetFiles.ReadAsync(new MemoryStream(big), "realisering.csv", Realisation, SheetLimits.Default with { MaxFileBytes = 2048 });

        Assert.Equal("Filen er større end 2 KB. Del den op i flere filer.", Assert.Single(read.Failures).ErrorMessage);
    }

    [Fact]
    public async Task Read_CsvWithMoreRowsThanTheLimit_IsRefused()
    {
        var csv = Encoding.UTF8.GetBytes("forslag;år;beløb;dato;note\r\n" + string.Concat(Enumerable.Repeat("S-12;2027;1;01-01-2027;x\r\n", 3)));

        var read = await SheetFiles.ReadAsync(new MemoryStream(csv), "realisering.csv", Realisation, SheetLimits.Default with { MaxRows = 2 });

        Assert.Equal("Filen har flere end 2 rækker. Del den op i flere filer.", Assert.Single(read.Failures).ErrorMessage);
    }

    [Fact]
    public async Task Read_CsvSavedByDanishExcelInWindows1252_ReadsTheDanishLetters()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding(1252).GetBytes("forslag;år;beløb;dato;note\r\nS-12;2027;5.400.000;04-06-2010;Økonomi på tværs\r\n");

        var read = await SheetFiles.ReadAsync(new MemoryStream(bytes), "realisering.csv", Realisation, SheetLimits.Default);

        var row = Assert.Single(read.Table.Rows);
        Assert.Equal("Økonomi på tværs", row["note"].Text);
        Assert.Equal(5_400_000, row["beløb"].AsKroner());
        Assert.Equal(new DateOnly(2010, 6, 4), row["dato"].AsDay());
    }

    [Fact]
    public async Task Failure_NamesTheRowTheWayTheFormatCountsIt()
    {
        var csv = await SheetFiles.ReadAsync(new MemoryStream("forslag;år;beløb;dato;note\r\nS-12;x;1;;\r\n"u8.ToArray()), "r.csv", Realisation, SheetLimits.Default);
        var table = new SheetTable(Realisation);
        table.AddRow("S-12", "x");
        var xlsx = await SheetFiles.ReadAsync(XlsxWriterTests.Written(table), "r.xlsx", Realisation, SheetLimits.Default);

        var fromCsv = csv.Failure(csv.Table.Rows[0].Number, "år", "Året skal være et helt tal.");
        var fromXlsx = xlsx.Failure(xlsx.Table.Rows[0].Number, "år", "Året skal være et helt tal.");

        Assert.Equal(("rows[2].år", "Linje 2: Året skal være et helt tal."), (fromCsv.PropertyName, fromCsv.ErrorMessage));
        Assert.Equal(("rows[2].år", "Række 2: Året skal være et helt tal."), (fromXlsx.PropertyName, fromXlsx.ErrorMessage));
    }
}
