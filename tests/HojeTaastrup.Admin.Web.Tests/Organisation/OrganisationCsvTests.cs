using FluentValidation;
using HojeTaastrup.Admin.Web.Features.Organisation;

namespace HojeTaastrup.Admin.Web.Tests.Organisation;

// The CSV upload: one row per unit, as Danish Excel saves it.
public class OrganisationCsvTests
{
    private const string Header = "direktørområde;direktør;centerkode;centernavn;type;afdeling;årsværk;lønsum";
    private static readonly DateOnly Day = new(2030, 1, 1);

    [Fact]
    public void Read_GroupsRowsIntoDirectoratesCentresAndUnits_WithDanishNumbers()
    {
        var document = OrganisationCsv.Read(
            $"""
            {Header}
            Service;Anne Holm;BSC;Borgerservicecenter;center;Borgerservice;22,5;8.360.000
            Service;Anne Holm;bsc;Borgerservicecenter;center;Team Kontrol;4.5;1935000 kr.
            Service;;SEK;Sekretariat;stab;;;
            """,
            Day,
            "Excel",
            version: null);

        Assert.Equal(Day, document.EffectiveFrom);
        Assert.Equal(new DirectorateImportInput("Service", "Anne Holm"), Assert.Single(document.Directorates!));
        Assert.Equal(["BSC", "SEK"], document.Centres!.Select(c => c.Code!.ToUpperInvariant()));
        Assert.Equal("stab", document.Centres![1].Kind);
        Assert.Equal([22.5m, 4.5m], document.Units!.Select(u => u.Fte!.Value));
        Assert.Equal([8_360_000L, 1_935_000L], document.Units!.Select(u => u.Payroll!.Value));
    }

    [Fact]
    public void Read_MissingColumn_NamesIt()
    {
        var ex = Assert.Throws<ValidationException>(() => OrganisationCsv.Read("direktørområde;centerkode\nA;B", Day, null, null));

        Assert.Contains("Kolonnen direktør, centernavn, type, afdeling, årsværk, lønsum mangler", Assert.Single(ex.Errors).ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ACentreDescribedTwoWays_AndAWholeKronerProblem_AreReportedByLine()
    {
        var ex = RefusedRows(
            """
            Service;Anne Holm;BSC;Borgerservicecenter;center;Borgerservice;22,5;8.360.000,50
            Service;Anne Holm;BSC;Borgerservice og Digitalisering;center;Team Kontrol;4,5;1.935.000
            """);

        var messages = ex.Errors.ToDictionary(e => e.PropertyName, e => e.ErrorMessage);
        Assert.Equal("Linje 2: Lønsummen '8.360.000,50' er ikke et beløb i hele kroner. Skriv fx 8.360.000.", messages["rows[2].lønsum"]);
        Assert.StartsWith("Linje 3: Centret BSC står med et andet navn", messages["rows[3].centerkode"], StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FteWithTwoDecimals_IsTheValidatorsMessageOnItsLine()
    {
        var ex = RefusedRows(
            """
            Service;Anne Holm;BSC;Borgerservicecenter;center;Borgerservice;22,55;8.360.000
            """);

        var error = Assert.Single(ex.Errors);
        Assert.Equal("rows[2].årsværk", error.PropertyName);
        Assert.Equal("Linje 2: Årsværk skal være mellem 0 og 100.000 og må højst have én decimal.", error.ErrorMessage);
    }

    [Fact]
    public void Read_UnreadableAndInvalidLines_AreReportedTogether_EachLineOnce()
    {
        var ex = RefusedRows(
            """
            Service;Anne Holm;BSC;Borgerservicecenter;center;Borgerservice;tolv;8.360.000
            Service;Anne Holm;ØAC;Økonomicenter;center;Budget;12,5;-5
            """);

        Assert.Equal(
            ["Linje 2: Årsværk 'tolv' er ikke et tal. Skriv fx 12,5.", "Linje 3: Lønsummen kan ikke være negativ."],
            ex.Errors.Select(e => e.ErrorMessage));
    }

    [Fact]
    public void Read_WithoutDay_AsksForIt()
    {
        var ex = RefusedRows(
            """
            Service;Anne Holm;BSC;Borgerservicecenter;center;Borgerservice;22,5;8.360.000
            """, effectiveFrom: null);

        Assert.Equal("Angiv den dato, organisationen gælder fra.", Assert.Single(ex.Errors).ErrorMessage);
    }

    [Fact]
    public void Read_EmptyFile_SaysWhatTheFirstLineMustBe()
    {
        var ex = Assert.Throws<ValidationException>(() => OrganisationCsv.Read("", Day, null, null));

        Assert.StartsWith("Filen er tom.", Assert.Single(ex.Errors).ErrorMessage, StringComparison.Ordinal);
    }

    // Reading the header and these rows fails; the errors.
    private static ValidationException RefusedRows(string rows) => RefusedRows(rows, Day);

    private static ValidationException RefusedRows(string rows, DateOnly? effectiveFrom) =>
        Assert.Throws<ValidationException>(() => OrganisationCsv.Read($"{Header}\n{rows}", effectiveFrom, null, null));

    [Fact]
    public void Read_WhenTheClientHasGone_StopsWithCancellation()
    {
        var rows = string.Join('\n', Enumerable.Range(0, 1000).Select(i => $"Service;Anne;BSC;Borgerservice;center;Team {i};1;1"));
        using var gone = new CancellationTokenSource();
        gone.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => OrganisationCsv.Read(Header + "\n" + rows, Day, null, null, gone.Token));
    }

    [Fact]
    public void Read_WithAQuoteClosedLinesLater_IsRefusedWithTheLineNumber()
    {
        var text = $"{Header}\nService;Anne;BSC;\"Borgerservice;center;Team A;1;1\nService;Anne;BSC;Borgerservice\";center;Team B;1;1\n";

        var failure = Assert.Single(Assert.Throws<ValidationException>(() => OrganisationCsv.Read(text, Day, null, null)).Errors);

        Assert.StartsWith("Linje 2:", failure.ErrorMessage, StringComparison.Ordinal);
    }
}
