using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using HojeTaastrup.Admin.Web.Infrastructure;
using HojeTaastrup.Admin.Web.Tests.Infrastructure;
using MudBlazor;

namespace HojeTaastrup.Admin.Web.Tests.Components;

// MudBlazor's own English resource is the list of keys it may ask for; every one needs a Danish text with the
// same placeholders, or MudBlazor shows English (missing key) or throws at render time (wrong placeholders).
public sealed partial class DanishMudLocalizerTests
{
    private static readonly IReadOnlyDictionary<string, string> MudBlazorTexts = ReadMudBlazorTexts();

    [Fact]
    public void Localizer_InDanish_HasATextForEveryMudBlazorKeyWithTheSamePlaceholders()
    {
        using var _ = new CultureScope("da-DK");
        var localizer = new DanishMudLocalizer();
        Assert.True(MudBlazorTexts.Count > 100, $"Only {MudBlazorTexts.Count} keys read from MudBlazor's resource.");

        var missing = MudBlazorTexts.Keys.Where(key => localizer[key].ResourceNotFound).Order(StringComparer.Ordinal).ToList();
        var wrongPlaceholders = MudBlazorTexts
            .Where(entry => !localizer[entry.Key].ResourceNotFound)
            .Where(entry => !Placeholders(entry.Value).SetEquals(Placeholders(DanishMudLocalizer.Texts[entry.Key])))
            .Select(entry => $"{entry.Key}: '{entry.Value}' vs '{DanishMudLocalizer.Texts[entry.Key]}'")
            .ToList();

        Assert.True(missing.Count == 0, "No Danish text for: " + string.Join(", ", missing));
        Assert.True(wrongPlaceholders.Count == 0, "Placeholders differ:" + Environment.NewLine + string.Join(Environment.NewLine, wrongPlaceholders));
    }

    [Fact]
    public void Localizer_InDanish_FormatsArgumentsIntoTheText()
    {
        using var _ = new CultureScope("da-DK");
        var localizer = new DanishMudLocalizer();

        var text = localizer["MudDataGridPager_InfoFormat", 1, 10, 46];

        Assert.False(text.ResourceNotFound);
        Assert.Equal("1-10 af 46", text.Value);
    }

    [Fact]
    public void Localizer_InEnglish_ReturnsResourceNotFoundSoMudBlazorsEnglishShows()
    {
        using var _ = new CultureScope(LocalizationSetup.EnglishCulture);
        var localizer = new DanishMudLocalizer();

        var found = MudBlazorTexts.Keys.Where(key => !localizer[key].ResourceNotFound).ToList();

        Assert.Empty(found);
    }

    private static HashSet<string> Placeholders(string text) =>
        PlaceholderPattern().Matches(text).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"(?<!\{)\{(\d+)(?:[,:][^}]*)?\}")]
    private static partial Regex PlaceholderPattern();

    private static Dictionary<string, string> ReadMudBlazorTexts()
    {
        var resources = new ResourceManager("MudBlazor.Resources.LanguageResource", typeof(MudLocalizer).Assembly);
        var set = resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: true)
            ?? throw new InvalidOperationException("MudBlazor's LanguageResource was not found.");
        return set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!, StringComparer.Ordinal);
    }
}
