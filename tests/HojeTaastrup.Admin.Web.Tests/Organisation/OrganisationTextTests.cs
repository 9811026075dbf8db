using System.Collections;
using System.Globalization;
using System.Resources;
using HojeTaastrup.Admin.Domain.Organisation;
using HojeTaastrup.Admin.Web.Features.Organisation;
using HojeTaastrup.Admin.Web.Resources;

namespace HojeTaastrup.Admin.Web.Tests.Organisation;

// The keys the chart builds from enum values. That English has every Danish key is
// LocalizationTests.Resources_EveryDanishTextHasAnEnglishTranslation.
public class OrganisationTextTests
{
    private static readonly ResourceManager Manager = new(typeof(OrganisationText));

    // The chart builds these keys from enum values; a new member needs its words.
    [Fact]
    public void EveryCentreKindAndChartMarkHasItsWords()
    {
        var danish = Keys(CultureInfo.InvariantCulture);

        Assert.All(Enum.GetValues<CentreKind>(), kind => Assert.Contains("Kind_" + kind, danish));
        Assert.All(Enum.GetValues<ChartMark>().Where(m => m != ChartMark.None), mark =>
        {
            Assert.Contains("Mark_" + mark, danish);
            Assert.Contains("Legend_" + mark, danish);
        });
    }

    private static HashSet<string> Keys(CultureInfo culture) =>
        Manager.GetResourceSet(culture, createIfNotExists: true, tryParents: false) is { } set
            ? set.Cast<DictionaryEntry>().Select(e => (string)e.Key).ToHashSet()
            : [];
}
