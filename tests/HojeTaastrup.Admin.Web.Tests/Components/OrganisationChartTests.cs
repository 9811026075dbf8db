using Bunit;
using HojeTaastrup.Admin.Domain.Common;
using HojeTaastrup.Admin.Domain.Organisation;
using HojeTaastrup.Admin.Web.Components.Shared.Organisation;
using HojeTaastrup.Admin.Web.Features.Organisation;

namespace HojeTaastrup.Admin.Web.Tests.Components;

// Two directorates, three centres, four units:
//
//   Borger og velfærd (Direktør: Bo Berg)        Digitalisering og service (Direktør: Anne Holm)
//   ├── BSC Borgerservicecenter (center)          └── DIG Digitaliseringscenter (center)
//   │     ├── Borgerservice   12,5 åv. 5.400.000        └── It-drift 8,0 åv. 3.100.000
//   │     └── Ydelser          6,5 åv. 2.600.000
//   └── SEK Sekretariatet (stab)
//         └── Jura             2,0 åv. 1.000.000
public sealed class OrganisationChartTests
{
    private static readonly Guid Welfare = Guid.NewGuid();
    private static readonly Guid Digital = Guid.NewGuid();
    private static readonly Guid Bsc = Guid.NewGuid();
    private static readonly Guid Sek = Guid.NewGuid();
    private static readonly Guid Dig = Guid.NewGuid();
    private static readonly Guid Borgerservice = Guid.NewGuid();
    private static readonly Guid Ydelser = Guid.NewGuid();
    private static readonly Guid Jura = Guid.NewGuid();
    private static readonly Guid ItDrift = Guid.NewGuid();

    private static readonly OrganisationStructure Structure = new(
        [new DirectorateSnapshot(Welfare, "Borger og velfærd", "Bo Berg"), new DirectorateSnapshot(Digital, "Digitalisering og service", "Anne Holm")],
        [
            new CentreSnapshot(Sek, "SEK", "Sekretariatet", CentreKind.Staff, Welfare),
            new CentreSnapshot(Bsc, "BSC", "Borgerservicecenter", CentreKind.Centre, Welfare),
            new CentreSnapshot(Dig, "DIG", "Digitaliseringscenter", CentreKind.Centre, Digital),
        ],
        [
            new UnitSnapshot(Ydelser, "Ydelser", Bsc, 6.5m, Money.FromKroner(2_600_000)),
            new UnitSnapshot(Borgerservice, "Borgerservice", Bsc, 12.5m, Money.FromKroner(5_400_000)),
            new UnitSnapshot(Jura, "Jura", Sek, 2.0m, Money.FromKroner(1_000_000)),
            new UnitSnapshot(ItDrift, "It-drift", Dig, 8.0m, Money.FromKroner(3_100_000)),
        ]);

    [Fact]
    public async Task Chart_OfAStructure_ShowsDirectoratesCentresAndUnitsInDanishOrder()
    {
        await using var ctx = ComponentTestContext.CreateDanish();

        var chart = ctx.Render<OrganisationChart>(p => p.Add(c => c.Structure, Structure));

        Assert.Equal(
            ["Borger og velfærd", "Digitalisering og service"],
            chart.FindAll("[data-testid='chart-directorate'] .org-directorate__name").Select(e => e.TextContent.Trim()));
        Assert.Equal(["BSC", "SEK", "DIG"], chart.FindAll("[data-testid='chart-centre']").Select(e => e.GetAttribute("data-code")));
        var bsc = chart.Find("[data-testid='chart-centre'][data-code='BSC']");
        Assert.Contains("center", bsc.QuerySelector(".org-centre__kind")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("stab", chart.Find("[data-code='SEK'] .org-centre__kind").TextContent);

        // Units are drawn only when their centre is opened.
        Assert.Empty(chart.FindAll("[data-testid='chart-unit']"));
        var toggle = chart.Find("[data-code='BSC'] [data-testid='centre-toggle']");
        Assert.Equal("false", toggle.GetAttribute("aria-expanded"));
        Assert.Equal("2 afdelinger i Borgerservicecenter", System.Text.RegularExpressions.Regex.Replace(toggle.TextContent.Trim(), @"\s+", " "));
        toggle.Click();
        Assert.Equal("true", chart.Find("[data-code='BSC'] [data-testid='centre-toggle']").GetAttribute("aria-expanded"));
        bsc = chart.Find("[data-testid='chart-centre'][data-code='BSC']");
        Assert.Equal(2, chart.FindAll("[data-testid='chart-unit']").Count);
        Assert.Equal(
            ["Borgerservice", "Ydelser"],
            bsc.QuerySelectorAll("[data-testid='chart-unit'] .org-unit__name").Select(e => e.TextContent.Trim()));
        Assert.Equal("12,5 åv.", bsc.QuerySelector("[data-testid='chart-unit'] .org-unit__fte")!.TextContent);
        Assert.Equal("Direktør: Bo Berg", chart.Find(".org-directorate__director").TextContent);
        Assert.Equal("Afdelinger i Borgerservicecenter", bsc.QuerySelector("ul.org-units")!.GetAttribute("aria-label"));
    }

    [Fact]
    public async Task Chart_OfAStructure_ShowsFteAndPayrollTotalsPerCentreAndDirectorate()
    {
        await using var ctx = ComponentTestContext.CreateDanish();

        var chart = ctx.Render<OrganisationChart>(p => p.Add(c => c.Structure, Structure));

        Assert.Equal("19,0 årsværk · 8 mio. kr.", chart.Find("[data-code='BSC'] [data-testid='centre-totals']").TextContent.Trim());
        Assert.Equal("2,0 årsværk · 1 mio. kr.", chart.Find("[data-code='SEK'] [data-testid='centre-totals']").TextContent.Trim());
        Assert.Equal(
            ["21,0 årsværk · 9 mio. kr.", "8,0 årsværk · 3,1 mio. kr."],
            chart.FindAll("[data-testid='directorate-totals']").Select(e => e.TextContent.Trim()));
    }

    [Fact]
    public async Task Chart_WithMarks_ShowsMovedUnitsAndNewCentresInWordsAndClasses()
    {
        await using var ctx = ComponentTestContext.CreateDanish();
        var marks = new Dictionary<Guid, ChartMark> { [Ydelser] = ChartMark.Moved, [Dig] = ChartMark.Added, [Welfare] = ChartMark.Changed };

        var chart = ctx.Render<OrganisationChart>(p => p.Add(c => c.Structure, Structure).Add(c => c.Marks, marks));

        var ydelser = chart.FindAll("[data-testid='chart-unit']").Single(u => u.TextContent.Contains("Ydelser", StringComparison.Ordinal));
        Assert.Contains("mark-moved", ydelser.ClassList);
        Assert.Equal("Flyttet", ydelser.QuerySelector(".mark-badge")!.TextContent);
        var dig = chart.Find("[data-testid='chart-centre'][data-code='DIG']");
        Assert.Contains("mark-added", dig.ClassList);
        Assert.Equal("Ny", dig.QuerySelector(".org-centre__header .mark-badge")!.TextContent);
        Assert.Equal("Ændret", chart.Find("[data-testid='chart-directorate'].mark-changed .org-directorate__name .mark-badge").TextContent);
        // Everything else is unmarked: exactly the three badges.
        Assert.Equal(3, chart.FindAll(".mark-badge").Count);
        // A centre with a marked unit starts open; the others (DIG, SEK) closed.
        Assert.Equal(["Borgerservice", "Ydelser"], chart.FindAll("[data-testid='chart-unit'] .org-unit__name").Select(e => e.TextContent.Replace("Flyttet", "", StringComparison.Ordinal).Trim()));
    }

    [Fact]
    public async Task Chart_Searched_ShowsOnlyTheCentresFound_AndOpensTheCentreOfAUnitFound()
    {
        await using var ctx = ComponentTestContext.CreateDanish();
        var chart = ctx.Render<OrganisationChart>(p => p.Add(c => c.Structure, Structure).Add(c => c.Searchable, true));

        chart.Find("[data-testid='chart-search']").Input("jura");

        Assert.Equal(["SEK"], chart.FindAll("[data-testid='chart-centre']").Select(e => e.GetAttribute("data-code")));
        Assert.Equal(["Borger og velfærd"], chart.FindAll(".org-directorate__name").Select(e => e.TextContent.Trim()));
        var found = chart.Find("[data-testid='chart-unit'].org-unit--found");
        Assert.Contains("Jura", found.TextContent, StringComparison.Ordinal);
        Assert.Equal("1 center og 1 afdeling passer til søgningen.", chart.Find("[data-testid='chart-search-status']").TextContent.Trim());

        chart.Find("[data-testid='chart-search']").Input("dig");
        Assert.Equal(["DIG"], chart.FindAll("[data-testid='chart-centre']").Select(e => e.GetAttribute("data-code")));
        Assert.Empty(chart.FindAll("[data-testid='chart-unit']"));

        chart.Find("[data-testid='chart-search']").Input("");
        Assert.Equal(3, chart.FindAll("[data-testid='chart-centre']").Count);
        Assert.Equal("", chart.Find("[data-testid='chart-search-status']").TextContent.Trim());
    }

    [Fact]
    public async Task Chart_WithTitleAndWithoutUnits_NamesItselfAndShowsCentresOnly()
    {
        await using var ctx = ComponentTestContext.CreateDanish();

        var chart = ctx.Render<OrganisationChart>(p => p
            .Add(c => c.Structure, Structure).Add(c => c.Title, "Efter").Add(c => c.ShowUnits, false).Add(c => c.Compact, true));

        var section = chart.Find("[data-testid='organisation-chart']");
        Assert.Equal("Efter", section.GetAttribute("aria-label"));
        Assert.Contains("org-chart--compact", section.ClassList);
        Assert.Equal("2", chart.Find(".org-chart__title").GetAttribute("aria-level"));
        Assert.Equal("3", chart.Find(".org-directorate__name").GetAttribute("aria-level"));
        Assert.Equal("4", chart.Find(".org-centre__name").GetAttribute("aria-level"));
        Assert.Empty(chart.FindAll("[data-testid='chart-unit']"));
        Assert.Equal(3, chart.FindAll("[data-testid='chart-centre']").Count);
    }

    [Fact]
    public async Task Chart_OfAnEmptyStructure_SaysSoInDanish()
    {
        await using var ctx = ComponentTestContext.CreateDanish();

        var chart = ctx.Render<OrganisationChart>(p => p.Add(c => c.Structure, OrganisationStructure.Empty));

        Assert.Equal("Organisationen har ingen centre.", chart.Find(".org-chart__empty").TextContent);
        Assert.Equal("Organisationsdiagram", chart.Find("[data-testid='organisation-chart']").GetAttribute("aria-label"));
    }
}
