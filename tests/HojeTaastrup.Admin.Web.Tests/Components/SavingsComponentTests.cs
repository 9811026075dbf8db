using System.Text.RegularExpressions;
using Bunit;
using HojeTaastrup.Admin.Domain.Common;
using HojeTaastrup.Admin.Domain.Savings;
using HojeTaastrup.Admin.Web.Components.Pages.Savings;
using HojeTaastrup.Admin.Web.Features.Savings;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;

namespace HojeTaastrup.Admin.Web.Tests.Components;

// The savings pages' pieces that carry logic, rendered with their parameters (the pages call SavingsService).
// A programme like NY-NY (seed 004), target 13,5 mio. kr. in 2021:
//
//   2021  target 13,5   known 12,1 (one of them uncertain, one with an alternative: 14,1 had it been chosen)
//                       + 1 unknown ("xx")                         → "mangler 1,4 mio. kr."
//   2022  target 13,4   known 15,8                                 → "2,4 mio. kr. over målet"
//   all   target 26,9   known 27,9 + 1 unknown
public sealed partial class SavingsComponentTests
{
    private static readonly TotalView Year2021 = new(2021, Mio(13.5m), Mio(12.1m), 5, 1, 1, 1, Mio(5.5m), Mio(14.1m), Mio(1.4m));
    private static readonly TotalView Year2022 = new(2022, Mio(13.4m), Mio(15.8m), 4, 0, 0, 0, Money.Zero, Mio(15.8m), -Mio(2.4m));
    private static readonly TotalView All = new(null, Mio(26.9m), Mio(27.9m), 9, 1, 1, 1, Mio(5.5m), Mio(29.9m), -Mio(1.0m));

    [Fact]
    public async Task TotalsTable_WithAnUnknownAmount_SaysHowManyBesideTheKnownSum()
    {
        await using var ctx = ComponentTestContext.CreateDanish();

        var table = ctx.Render<TotalsTable>(p => p.Add(t => t.Totals, [Year2021, Year2022]).Add(t => t.Total, All));

        var row = table.Find("[data-testid='totals-row'][data-year='2021']");
        Assert.Equal("12,1 mio. kr. + 1 ukendt", Flat(row.QuerySelector("[data-testid='known']")!.TextContent));
        Assert.Equal("13,5 mio. kr.", Flat(row.QuerySelector("[data-testid='target']")!.TextContent));
        Assert.Equal("1 usikker", Flat(row.QuerySelector("[data-testid='uncertain']")!.TextContent));
        Assert.Equal("mangler 1,4 mio. kr.", Flat(row.QuerySelector("[data-testid='gap']")!.TextContent));
        Assert.Equal("27,9 mio. kr. + 1 ukendt", Flat(table.Find("[data-testid='totals-all'] [data-testid='known']").TextContent));
        Assert.NotNull(table.Find("[data-testid='unknown-note']"));
    }

    [Fact]
    public async Task TotalsTable_WithAnAlternative_ShowsItBesideTheSumNeverAdded()
    {
        await using var ctx = ComponentTestContext.CreateDanish();

        var table = ctx.Render<TotalsTable>(p => p.Add(t => t.Totals, [Year2021]));

        var row = table.Find("[data-testid='totals-row'][data-year='2021']");
        Assert.Equal("med alternativer: 14,1 mio. kr.", Flat(row.QuerySelector("[data-testid='alternatives']")!.TextContent));
        Assert.StartsWith("12,1 mio. kr.", Flat(row.QuerySelector("[data-testid='known']")!.TextContent), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TotalsTable_AboveTheTarget_SaysByHowMuch()
    {
        await using var ctx = ComponentTestContext.CreateDanish();

        var table = ctx.Render<TotalsTable>(p => p.Add(t => t.Totals, [Year2022]));

        Assert.Equal("2,4 mio. kr. over målet", Flat(table.Find("[data-year='2022'] [data-testid='gap']").TextContent));
        Assert.Equal("15,8 mio. kr.", Flat(table.Find("[data-year='2022'] [data-testid='known']").TextContent));
        Assert.Empty(table.FindAll("[data-testid='unknown-note']"));
    }

    [Fact]
    public async Task TotalsTable_WithRejectedOrPostponedProposals_SaysTheyAreNotCounted()
    {
        await using var ctx = ComponentTestContext.CreateDanish();

        var table = ctx.Render<TotalsTable>(p => p.Add(t => t.Totals, [Year2022]).Add(t => t.LeftOutOfTotals, 2));

        Assert.Equal("2 afviste eller udskudte forslag er ikke talt med.", table.Find("[data-testid='left-out']").TextContent);
    }

    [Fact]
    public async Task TotalsTable_WithoutTargets_HasNoTargetOrGapColumns()
    {
        await using var ctx = ComponentTestContext.CreateDanish();
        var noTarget = Year2022 with { Target = null, Gap = null };

        var table = ctx.Render<TotalsTable>(p => p.Add(t => t.Totals, [noTarget]));

        Assert.Empty(table.FindAll("[data-testid='target']"));
        Assert.Empty(table.FindAll("[data-testid='gap']"));
    }

    // The form makes a target row per year only for a range the programme may have: the domain's limit, not its own.
    [Theory]
    [InlineData(SavingsProgramme.MaxYears, SavingsProgramme.MaxYears)]
    [InlineData(SavingsProgramme.MaxYears + 1, 0)]
    public async Task ProgrammeForm_YearRange_MakesTargetRowsUpToTheDomainsLimit(int years, int rows)
    {
        await using var ctx = ComponentTestContext.CreateDanish();
        var input = new ProgrammeInput { Name = "Nye Rammer", FirstYear = 2017, LastYear = 2017 + years - 1 };
        ctx.Renderer.SetRendererInfo(new RendererInfo("Server", isInteractive: true));

        var form = ctx.Render<ProgrammeForm>(p => p
            .Add(f => f.Input, input)
            .Add(f => f.SubmitText, "Gem")
            .Add(f => f.OnSubmit, () => { })
            .Add(f => f.CancelHref, "/besparelser"));

        Assert.Equal(rows, form.FindAll("[data-testid='programme-targets'] .year-grid__item").Count);
        Assert.Equal(rows, input.Targets.Count);
    }

    [Fact]
    public async Task AmountEditor_ChoosingUncertainAndTypingMillions_GivesAnUncertainAmountInWholeKroner()
    {
        await using var ctx = ComponentTestContext.CreateDanish();
        var rows = AmountRow.For(2021, 2023, []);
        var changes = 0;

        var editor = RenderAmountEditor(ctx, rows, () => changes++);
        editor.Find("select#amount-kind-2022").Change(nameof(AmountKind.Uncertain));
        editor.Find("input#amount-2022").Input("6 mio.");

        Assert.Equal(1, changes);
        var sent = Assert.Single(AmountRow.Inputs(rows));
        Assert.Equal(2022, sent.Year);
        Assert.Equal(6_000_000, sent.Amount);
        Assert.True(sent.Uncertain);
        Assert.Null(sent.Alternative);
    }

    [Fact]
    public async Task AmountEditor_ChoosingUnknown_SendsTheYearWithoutAnAmountAndShowsXx()
    {
        await using var ctx = ComponentTestContext.CreateDanish();
        var rows = AmountRow.For(2021, 2022, [new AmountInput { Year = 2021, Amount = 3_500_000, Alternative = 5_500_000 }]);

        var editor = RenderAmountEditor(ctx, rows, () => { });
        Assert.Equal("3.500.000", editor.Find("input#amount-2021").GetAttribute("value"));
        Assert.Equal("5.500.000", editor.Find("input#alternative-2021").GetAttribute("value"));

        editor.Find("select#amount-kind-2021").Change(nameof(AmountKind.Unknown));

        var sent = Assert.Single(AmountRow.Inputs(rows));
        Assert.Null(sent.Amount);
        Assert.Null(sent.Alternative);
        Assert.Empty(editor.FindAll("input#amount-2021"));
        Assert.Equal("xx", editor.Find("[data-year='2021'] .muted").TextContent);
    }

    [Fact]
    public async Task AmountEditor_AfterSubmitWithAnEmptyKnownAmount_NamesTheRow()
    {
        await using var ctx = ComponentTestContext.CreateDanish();
        var rows = AmountRow.For(2021, 2021, []);
        rows[0].SetKind(AmountKind.Known);

        var editor = RenderAmountEditor(ctx, rows, () => { }, showMissing: true);

        Assert.Equal("Skriv beløbet, eller vælg \"Ukendt (xx)\".", editor.Find("[data-testid='amount-missing']").TextContent);
    }

    [Fact]
    public async Task RevisionList_ShowsWhoWhenWhyAndEachChangedFieldAsText()
    {
        await using var ctx = ComponentTestContext.CreateDanish();
        var revision = new RevisionView(1, new DateTimeOffset(2021, 2, 1, 9, 30, 0, TimeSpan.Zero), "Direktør Hansen", "Beløbet er genberegnet",
        [
            new ContentDifference("Beløb 2021", "3 mio. kr.", "2,5 mio. kr.?"),
            new ContentDifference("Beskrivelse", "Punkt 1", "Punkt 1\n<b>Punkt 2</b>"),
        ]);

        var list = ctx.Render<RevisionList>(p => p.Add(r => r.Revisions, [revision]).Add(r => r.CurrentRevision, 2));

        var shown = list.Find("[data-testid='revision'][data-number='1']");
        Assert.Contains("1. februar 2021 kl. 10.30", shown.TextContent, StringComparison.Ordinal);
        Assert.Contains("Direktør Hansen", shown.TextContent, StringComparison.Ordinal);
        Assert.Contains("Begrundelse: Beløbet er genberegnet", shown.TextContent, StringComparison.Ordinal);
        var cells = list.FindAll("[data-testid='difference']")[1].QuerySelectorAll("td");
        Assert.Equal("Punkt 1\n<b>Punkt 2</b>", cells[1].TextContent);
        Assert.Empty(list.FindAll("[data-testid='difference'] b"));
    }

    [Fact]
    public async Task ProposalOverview_ShowsTheTextAsWrittenAndFlagsAnOverdueMilestoneInWords()
    {
        await using var ctx = ComponentTestContext.CreateDanish();
        var view = Proposal(
            "Sammenlægning af sekretariater.\n- Udkast til kommissorium\n<script>alert(1)</script>",
            [
                new MilestoneView(new DateOnly(2021, 2, 1), "Udkast til kommissorium", false, true),
                new MilestoneView(new DateOnly(2021, 6, 1), "Politisk behandling", false, false),
            ]);

        var overview = ctx.Render<ProposalOverview>(p => p.Add(o => o.View, view).Add(o => o.Save, (_, _) => Task.FromResult(true)));

        Assert.Equal(view.Description, overview.Find("[data-testid='proposal-description']").TextContent);
        Assert.Empty(overview.FindAll("[data-testid='proposal-description'] script"));
        var overdue = overview.Find("[data-testid='milestone'][data-overdue='true']");
        Assert.Contains("1. februar 2021", overdue.TextContent, StringComparison.Ordinal);
        Assert.Contains("Overskredet", overdue.QuerySelector("[data-testid='overdue']")!.TextContent, StringComparison.Ordinal);
        Assert.Null(overview.Find("[data-testid='milestone'][data-overdue='false']").QuerySelector("[data-testid='overdue']"));
        Assert.Equal(["3 mio. kr.", "xx mio. kr.", "–"], overview.FindAll("[data-testid='proposal-amounts'] tbody td").Select(td => td.TextContent));
        Assert.Empty(overview.FindAll("[data-testid='status-actions']"));
    }

    [Fact]
    public async Task StatusBadge_ShowsTheDanishStatus()
    {
        await using var ctx = ComponentTestContext.CreateDanish();

        var badge = ctx.Render<SavingsStatusBadge>(p => p.Add(b => b.Status, SavingsStatus.InHearing));

        Assert.Equal("I høring", badge.Find("[data-testid='savings-status']").TextContent);
        Assert.Contains("status-inhearing", badge.Find("span").ClassList);
    }

    private static IRenderedComponent<CascadingValue<EditContext>> RenderAmountEditor(
        Bunit.BunitContext ctx, List<AmountRow> rows, Action changed, bool showMissing = false) =>
        ctx.Render<CascadingValue<EditContext>>(p => p
            .Add(c => c.Value, new EditContext(new SavingsProposalInput()))
            .AddChildContent<AmountEditor>(e => e
                .Add(a => a.Rows, rows)
                .Add(a => a.ShowMissing, showMissing)
                .Add(a => a.KindChanged, changed)));

    private static ProposalView Proposal(string description, IReadOnlyList<MilestoneView> milestones) => new(
        Guid.NewGuid(), Guid.NewGuid(), "Nye Rammer – Ny Administration", 2021, 2023, ["Spor 1"],
        "A3", "Fælles sekretariat", description, "ØDC", "Økonomi- og digitaliseringscenter", "Lene Holm",
        SavingsCategory.Administration, "Spor 1", SavingsStatus.Adopted,
        [
            new AmountView(2021, Mio(3m), false, null, "3 mio. kr."),
            new AmountView(2022, null, false, null, "xx mio. kr."),
        ],
        milestones, null, 1, [], [], 4, new ProposalRefusalsView(null), true, [], CanEdit: false);

    private static Money Mio(decimal millions) => Money.FromMillions(millions);

    private static string Flat(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
