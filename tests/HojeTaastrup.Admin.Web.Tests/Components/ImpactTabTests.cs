using Bunit;
using HojeTaastrup.Admin.Domain.Common;
using HojeTaastrup.Admin.Domain.Organisation;
using HojeTaastrup.Admin.Web.Components.Pages.Reorganisation;
using HojeTaastrup.Admin.Web.Features.Reorganisation;

namespace HojeTaastrup.Admin.Web.Tests.Components;

// Issue 10: the Konsekvenser tab of a proposal on a 5,000-unit organisation drew 2,174 centre rows. It draws 50 at
// a time, the centres that change first, and its totals are of every centre.
public sealed class ImpactTabTests
{
    [Fact]
    public async Task ImpactTab_OfManyCentres_DrawsTheChangedFirst_FiftyAtATime()
    {
        await using var ctx = ComponentTestContext.CreateDanish();
        // 120 centres; every 12th changes (10 of them), the last one of all among them.
        var centres = Enumerable.Range(1, 120)
            .Select(i => new CentreImpactView(Guid.NewGuid(), $"C{i:000}", $"Center {i}", CentreKind.Centre,
                i % 12 == 0 ? CentreChange.Changed : CentreChange.Unchanged, 10m, i % 12 == 0 ? 12m : 10m, Money.FromKroner(1_000_000), Money.FromKroner(1_000_000)))
            .ToList();
        var moves = Enumerable.Range(1, 60).Select(i => new UnitMoveView(Guid.NewGuid(), $"Afdeling {i}", "C001", "C002")).ToList();
        var impact = new ImpactView(120, 120, 0, 0, 0, 0, 240, 240, "", 1200m, 1220m, Money.FromKroner(120_000_000), Money.FromKroner(120_000_000),
            centres, moves, [], [], [], [], [], []);

        var tab = ctx.Render<ImpactTab>(p => p.Add(t => t.Impact, impact));

        string[] Codes() => tab.FindAll("[data-testid='impact-centres'] tbody th").Select(e => e.TextContent).ToArray();
        Assert.Equal(50, Codes().Length);
        Assert.Equal(["C012", "C024", "C036", "C048", "C060", "C072", "C084", "C096", "C108", "C120", "C001"], Codes().Take(11));
        Assert.Contains("Viser 50 af 120 centre", tab.Find("[data-testid='impact-centres-more']").TextContent, StringComparison.Ordinal);
        Assert.Contains("1.220,0", tab.Find("[data-testid='impact-centres'] tfoot").TextContent, StringComparison.Ordinal);
        Assert.Equal(50, tab.FindAll("[data-testid='impact-moves'] tbody tr").Count);

        tab.Find("[data-testid='impact-centres-more'] button").Click();
        Assert.Equal(100, Codes().Length);
        tab.Find("[data-testid='impact-centres-more'] button").Click();
        Assert.Equal(120, Codes().Length);
        Assert.Empty(tab.FindAll("[data-testid='impact-centres-more']"));

        tab.Find("[data-testid='impact-moves-more'] button").Click();
        Assert.Equal(60, tab.FindAll("[data-testid='impact-moves'] tbody tr").Count);
        Assert.Empty(tab.FindAll("[data-testid='impact-moves-more']"));
    }
}
