using Bunit;
using HojeTaastrup.Admin.Web.Components.Shared;

namespace HojeTaastrup.Admin.Web.Tests.Components;

public sealed class DayPickerTests
{
    [Theory]
    [InlineData("1. januar 2005")]
    [InlineData("1-1-2005")]
    public async Task DayPicker_TypedDanishDay_GivesTheDayAndShowsItInWords(string typed)
    {
        await using var ctx = ComponentTestContext.CreateDanish();
        DateOnly? value = null;
        var picker = ctx.Render<DayPicker>(p => p
            .Add(d => d.Label, "Gælder fra").Add(d => d.InputId, "effective").Add(d => d.ValueChanged, (DateOnly? v) => value = v));

        picker.Find("input#effective").Change(typed);
        picker.Render(p => p.Add(d => d.Value, value));

        Assert.Equal(new DateOnly(2005, 1, 1), value);
        picker.WaitForAssertion(() => Assert.Equal("1. januar 2005", picker.Find("input#effective").GetAttribute("value")));
    }

    [Fact]
    public async Task DayPicker_UnreadableText_LeavesTheDayAsItWas()
    {
        await using var ctx = ComponentTestContext.CreateDanish();
        var changes = new List<DateOnly?>();
        var picker = ctx.Render<DayPicker>(p => p
            .Add(d => d.Label, "Gælder fra").Add(d => d.InputId, "effective").Add(d => d.Value, new DateOnly(2010, 1, 1))
            .Add(d => d.ValueChanged, (DateOnly? v) => changes.Add(v)));

        picker.Find("input#effective").Change("den første");

        Assert.Empty(changes);
    }

    [Fact]
    public async Task DayPicker_GivenADay_ShowsItInDanishWordsWithItsLabel()
    {
        await using var ctx = ComponentTestContext.CreateDanish();

        var picker = ctx.Render<DayPicker>(p => p
            .Add(d => d.Label, "Gælder fra").Add(d => d.InputId, "effective").Add(d => d.Value, new DateOnly(2010, 6, 1)).Add(d => d.TestId, "day"));

        Assert.Equal("1. juni 2010", picker.Find("[data-testid='day'] input#effective").GetAttribute("value"));
        Assert.Equal("Gælder fra", picker.Find("label[for='effective']").TextContent.Trim());
    }
}
