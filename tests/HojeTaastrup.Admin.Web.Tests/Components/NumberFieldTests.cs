using Bunit;
using HojeTaastrup.Admin.Web.Components.Shared;

namespace HojeTaastrup.Admin.Web.Tests.Components;

// The money and FTE inputs as a Dane types into them. The host echoes Value back, as @bind-Value would.
public sealed class NumberFieldTests
{
    [Theory]
    [InlineData("5.400.000", 5_400_000L)]
    [InlineData("5400000", 5_400_000L)]
    [InlineData("5.400.000 kr.", 5_400_000L)]
    public async Task MoneyField_TypedTheDanishWay_GivesWholeKronerAndKeepsTheText(string typed, long kroner)
    {
        await using var ctx = ComponentTestContext.CreateDanish();
        long? value = null;
        var field = ctx.Render<MoneyField>(p => p
            .Add(f => f.Label, "Lønsum i hele kroner").Add(f => f.InputId, "payroll").Add(f => f.ValueChanged, (long? v) => value = v));

        field.Find("input#payroll").Input(typed);
        field.Render(p => p.Add(f => f.Value, value));

        Assert.Equal(kroner, value);
        Assert.Equal(typed, field.Find("input#payroll").GetAttribute("value"));
    }

    [Fact]
    public async Task MoneyField_WithUnreadableText_KeepsTheTextWithValueNull()
    {
        await using var ctx = ComponentTestContext.CreateDanish();
        long? value = 1;
        var field = ctx.Render<MoneyField>(p => p
            .Add(f => f.Label, "Lønsum").Add(f => f.InputId, "payroll").Add(f => f.Value, 5_400_000L).Add(f => f.ValueChanged, (long? v) => value = v));

        field.Find("input#payroll").Input("fem mio");
        field.Render(p => p.Add(f => f.Value, value));

        Assert.Null(value);
        Assert.Equal("fem mio", field.Find("input#payroll").GetAttribute("value"));
    }

    [Fact]
    public async Task MoneyField_GivenAValue_ShowsItWithThousandSeparatorsAndItsLabel()
    {
        await using var ctx = ComponentTestContext.CreateDanish();

        var field = ctx.Render<MoneyField>(p => p.Add(f => f.Label, "Lønsum").Add(f => f.InputId, "payroll").Add(f => f.Value, 5_400_000L));

        Assert.Equal("5.400.000", field.Find("input#payroll").GetAttribute("value"));
        Assert.Equal("numeric", field.Find("input#payroll").GetAttribute("inputmode"));
        Assert.Equal("Lønsum", field.Find("label[for='payroll']").TextContent.Trim());

        field.Render(p => p.Add(f => f.Value, 3_100_000L));
        Assert.Equal("3.100.000", field.Find("input#payroll").GetAttribute("value"));
    }

    [Theory]
    [InlineData("12,5", 12.5)]
    [InlineData("12.5", 12.5)]
    [InlineData("8", 8.0)]
    public async Task FteField_TypedWithCommaOrPoint_GivesTheFte(string typed, double fte)
    {
        await using var ctx = ComponentTestContext.CreateDanish();
        decimal? value = null;
        var field = ctx.Render<FteField>(p => p
            .Add(f => f.Label, "Årsværk").Add(f => f.InputId, "fte").Add(f => f.ValueChanged, (decimal? v) => value = v));

        field.Find("input#fte").Input(typed);
        field.Render(p => p.Add(f => f.Value, value));

        Assert.Equal((decimal)fte, value);
        Assert.Equal(typed, field.Find("input#fte").GetAttribute("value"));
    }

    [Fact]
    public async Task FteField_WithUnreadableText_KeepsTheTextWithValueNull()
    {
        await using var ctx = ComponentTestContext.CreateDanish();
        decimal? value = 1m;
        var field = ctx.Render<FteField>(p => p
            .Add(f => f.Label, "Årsværk").Add(f => f.InputId, "fte").Add(f => f.Value, 12.5m).Add(f => f.ValueChanged, (decimal? v) => value = v));

        field.Find("input#fte").Input("tolv");
        field.Render(p => p.Add(f => f.Value, value));

        Assert.Null(value);
        Assert.Equal("tolv", field.Find("input#fte").GetAttribute("value"));
    }

    [Fact]
    public async Task FteField_GivenAValue_ShowsOneDecimalWithAComma()
    {
        await using var ctx = ComponentTestContext.CreateDanish();

        var field = ctx.Render<FteField>(p => p.Add(f => f.Label, "Årsværk").Add(f => f.InputId, "fte").Add(f => f.Value, 12.5m));

        Assert.Equal("12,5", field.Find("input#fte").GetAttribute("value"));
        Assert.Equal("decimal", field.Find("input#fte").GetAttribute("inputmode"));
    }
}
