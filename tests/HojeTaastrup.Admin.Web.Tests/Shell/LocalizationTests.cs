using System.Collections;
using System.Globalization;
using System.Resources;
using HojeTaastrup.Admin.Data.Identity;
using HojeTaastrup.Admin.Web.Infrastructure;
using HojeTaastrup.Admin.Web.Resources;
using HojeTaastrup.Admin.Web.Tests.Infrastructure;
using Microsoft.Extensions.Localization;

namespace HojeTaastrup.Admin.Web.Tests.Shell;

public class LocalizationTests
{
    [Theory]
    [InlineData("en", "en-GB")]
    [InlineData("en-GB", "en-GB")]
    [InlineData("EN-us", "en-GB")]
    [InlineData("da", "da-DK")]
    [InlineData("da-DK", "da-DK")]
    [InlineData("de-DE", "da-DK")]
    [InlineData("", "da-DK")]
    [InlineData(null, "da-DK")]
    public void ResolveCulture_MapsRequestToSupportedCulture(string? requested, string expected) =>
        Assert.Equal(expected, LocalizationSetup.ResolveCulture(requested));

    [Theory]
    [InlineData("/", true)]
    [InlineData("/organisation?tab=2", true)]
    [InlineData("//evil.example", false)]
    [InlineData("/\\evil.example", false)]
    [InlineData("https://evil.example/", false)]
    [InlineData("organisation", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsLocalUrl_AcceptsOnlyPathsOnThisSite(string? url, bool expected) =>
        Assert.Equal(expected, LocalizationSetup.IsLocalUrl(url));

    // Every resource file of the portal: Danish (neutral) and English have the same keys.
    [Theory]
    [InlineData(typeof(Ui))]
    [InlineData(typeof(SavingsExchangeText))]
    [InlineData(typeof(RealisationText))]
    [InlineData(typeof(Account))]
    [InlineData(typeof(Areas))]
    [InlineData(typeof(OrganisationText))]
    [InlineData(typeof(ReorganisationText))]
    [InlineData(typeof(SavingsPagesText))]
    [InlineData(typeof(HearingsText))]
    [InlineData(typeof(AuditText))]
    [InlineData(typeof(UsersText))]
    public void Resources_EveryDanishTextHasAnEnglishTranslation(Type marker)
    {
        var manager = new ResourceManager(marker);
        var danish = Keys(manager.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false));
        var english = Keys(manager.GetResourceSet(CultureInfo.GetCultureInfo("en"), createIfNotExists: true, tryParents: false));

        Assert.NotEmpty(danish);
        Assert.Empty(danish.Except(english));
        Assert.Empty(english.Except(danish));
    }

    [Theory]
    [InlineData("da-DK", "Forside")]
    [InlineData("en-GB", "Home")]
    public void Localizer_FindsTheMarkerTypesResources(string culture, string expected)
    {
        var text = CreateLocalizer();
        using var _ = new CultureScope(culture);
        var value = text["Menu_Home"];
        Assert.False(value.ResourceNotFound);
        Assert.Equal(expected, value.Value);
    }

    [Theory]
    [InlineData(Roles.Administrator, "Administrator")]
    [InlineData(Roles.Director, "Direktion")]
    [InlineData(Roles.Finance, "Økonomi")]
    [InlineData(Roles.MedMember, "MED-medlem")]
    [InlineData(Roles.Reader, "Medarbejder")]
    public void RoleName_InDanish_IsTheDanishRoleName(string role, string expected)
    {
        var text = CreateLocalizer();
        using var _ = new CultureScope("da-DK");
        Assert.Equal(expected, text.RoleName(role));
    }

    private static IStringLocalizer<Ui> CreateLocalizer() => TestText.For<Ui>();

    private static HashSet<string> Keys(ResourceSet? set) =>
        set is null ? [] : set.Cast<DictionaryEntry>().Select(e => (string)e.Key).ToHashSet();
}
