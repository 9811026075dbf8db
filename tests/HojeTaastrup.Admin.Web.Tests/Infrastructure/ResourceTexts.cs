using System.Globalization;
using System.Resources;

namespace HojeTaastrup.Admin.Web.Tests.Infrastructure;

// A text that pages look up by an enum value ("Status_" + status) must exist in Danish (neutral) and English.
public static class ResourceTexts
{
    public static void AssertDanishAndEnglish(Type marker, string key)
    {
        var manager = new ResourceManager(marker);
        Assert.False(string.IsNullOrWhiteSpace(Set(manager, CultureInfo.InvariantCulture).GetString(key)), $"No Danish text for {key}");
        Assert.False(string.IsNullOrWhiteSpace(Set(manager, CultureInfo.GetCultureInfo("en")).GetString(key)), $"No English text for {key}");
    }

    private static ResourceSet Set(ResourceManager manager, CultureInfo culture) =>
        manager.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!;
}
