using Bunit;
using FluentValidation;
using HojeTaastrup.Admin.Domain.Common;
using HojeTaastrup.Admin.Domain.Realisation;
using HojeTaastrup.Admin.Web.Components.Pages.Realisation;
using HojeTaastrup.Admin.Web.Features;
using HojeTaastrup.Admin.Web.Features.Realisation;
using Microsoft.AspNetCore.Components;

namespace HojeTaastrup.Admin.Web.Tests.Components;

// The realisation forms' failure line and the investment fund card, rendered with their parameters (the pages call
// RealisationService). The fund is like NY-NY's (seed 004): 5 mio. kr. a year 2015–2017, fibre for 6 mio. kr. with a
// yearly effect of 0,57 mio. kr.
public sealed class RealisationComponentTests
{
    [Fact]
    public async Task FormFailure_NegativeForecast_ShowsTheValidatorsDanishMessage()
    {
        await using var ctx = ComponentTestContext.CreateDanish();
        var invalid = await Assert.ThrowsAsync<ValidationException>(() =>
            new ForecastInputValidator().ValidateAndThrowAsync(new ForecastInput { Year = 2017, Amount = -5, Version = 1 }));

        var line = ctx.Render<FormFailure>(p => p.Add(f => f.Failure, UseCaseFailure.From(invalid)));

        Assert.StartsWith("En prognose kan ikke være negativ.", Flat(line.Find("[data-testid='form-error']").TextContent), StringComparison.Ordinal);
        Assert.Empty(line.FindAll("[data-testid='reload']"));
    }

    [Fact]
    public async Task FormFailure_StaleVersion_SaysWhatIsKeptAndOffersTheNewestFigures()
    {
        await using var ctx = ComponentTestContext.CreateDanish();
        var reloads = 0;
        var conflict = new UseCaseFailure(UseCaseFailureKind.Conflict, UseCaseFailure.ConflictMessage, []);

        var line = ctx.Render<FormFailure>(p => p
            .Add(f => f.Failure, conflict)
            .Add(f => f.OnReload, EventCallback.Factory.Create(this, () => reloads++)));
        line.Find("button[data-testid='reload']").Click();

        Assert.Contains("Det, du har skrevet, står der stadig", line.Find("[data-testid='form-error']").TextContent, StringComparison.Ordinal);
        Assert.Equal(1, reloads);
    }

    [Fact]
    public async Task FormFailure_Disburse_MoreThanRemains_ShowsTheDomainsRefusal()
    {
        await using var ctx = ComponentTestContext.CreateDanish();
        var fund = Fund();
        var refused = Assert.Throws<DomainException>(() => fund.Disburse(new Disbursement("iPads", new DateOnly(2016, 6, 20), Money.FromMillions(10m), Money.Zero, null)));

        var line = ctx.Render<FormFailure>(p => p.Add(f => f.Failure, UseCaseFailure.From(refused)));

        Assert.Equal("Der er kun 9 mio. kr. tilbage i investeringspuljen.", Flat(line.Find("[data-testid='form-error']").TextContent));
        Assert.Single(fund.Disbursements);
    }

    [Fact]
    public async Task InvestmentFundCard_ShowsGrantedDisbursedRemainingAndEffectsInDanish_WithoutButtons()
    {
        await using var ctx = ComponentTestContext.CreateDanish();
        var proposal = Guid.NewGuid();
        var view = new InvestmentView(
            Guid.NewGuid(),
            "Investeringspuljen, Nye Rammer",
            [new GrantView(2015, Money.FromMillions(5m)), new GrantView(2016, Money.FromMillions(5m)), new GrantView(2017, Money.FromMillions(5m))],
            Money.FromMillions(15m),
            Money.FromMillions(6m),
            Money.FromMillions(9m),
            Money.FromKroner(570_000),
            [new DisbursementView("Fibernet til de decentrale institutioner", new DateOnly(2016, 1, 15), Money.FromMillions(6m), Money.FromKroner(570_000), proposal, "5")],
            3);

        var card = ctx.Render<InvestmentFundCard>(p => p.Add(c => c.Fund, view));

        Assert.Equal("Endnu ikke udbetalt: 9 mio. kr.", Flat(card.Find("[data-testid='investment-remaining']").TextContent));
        Assert.Equal("6 mio. kr.", Flat(card.Find("[data-testid='investment-disbursed']").TextContent));
        Assert.Contains("2015: 5 mio. kr., 2016: 5 mio. kr., 2017: 5 mio. kr.", Flat(card.Markup), StringComparison.Ordinal);
        var row = card.Find("[data-testid='disbursement']");
        Assert.Contains("15. januar 2016", Flat(row.TextContent), StringComparison.Ordinal);
        Assert.Contains("0,57 mio. kr.", Flat(row.TextContent), StringComparison.Ordinal);
        Assert.Empty(card.FindAll("button"));
    }

    private static InvestmentFund Fund()
    {
        var fund = new InvestmentFund(Guid.NewGuid(), "Investeringspuljen, Nye Rammer",
            [new InvestmentGrant(2015, Money.FromMillions(5m)), new InvestmentGrant(2016, Money.FromMillions(5m)), new InvestmentGrant(2017, Money.FromMillions(5m))]);
        fund.Disburse(new Disbursement("Fibernet til de decentrale institutioner", new DateOnly(2016, 1, 15), Money.FromMillions(6m), Money.FromKroner(570_000), null));
        return fund;
    }

    // Money is shown with no-break spaces, so that an amount never breaks over two lines.
    private static string Flat(string text) => string.Join(' ', text.Replace('\u00A0', ' ').Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
}
