using System.Collections;
using System.Globalization;
using System.Resources;
using HojeTaastrup.Admin.Domain.Organisation;
using HojeTaastrup.Admin.Domain.Reorganisation;
using HojeTaastrup.Admin.Web.Features.Reorganisation;
using HojeTaastrup.Admin.Web.Resources;

namespace HojeTaastrup.Admin.Web.Tests.Reorganisation;

// The pages look texts up by enum value ("Status_" + status); a value without a text would show its key.
public class ReorganisationTextTests
{
    private static readonly ResourceManager Manager = new(typeof(ReorganisationText));

    public static TheoryData<string> KeysBuiltFromValues()
    {
        var keys = new TheoryData<string>();
        foreach (var key in Enum.GetNames<ReorganisationStatus>().SelectMany(s => new[] { "Status_" + s, "StatusHelp_" + s })
            .Concat(ChangeMapping.Kinds.Select(k => "Kind_" + k))
            .Concat(Enum.GetNames<ImplementationProjectStatus>().Select(s => "ProjectStatus_" + s))
            .Concat(Enum.GetNames<CentreChange>().Select(c => "CentreChange_" + c))
            .Concat(Enum.GetNames<CentreKind>().Select(k => "CentreKind_" + k)))
        {
            keys.Add(key);
        }

        return keys;
    }

    [Theory]
    [MemberData(nameof(KeysBuiltFromValues))]
    public void EveryValue_HasADanishAndAnEnglishText(string key)
    {
        Assert.False(string.IsNullOrWhiteSpace(Set(CultureInfo.InvariantCulture).GetString(key)), $"No Danish text for {key}");
        Assert.False(string.IsNullOrWhiteSpace(Set(CultureInfo.GetCultureInfo("en")).GetString(key)), $"No English text for {key}");
    }

    [Fact]
    public void EveryDanishText_HasAnEnglishTranslation()
    {
        var danish = Keys(Set(CultureInfo.InvariantCulture));
        var english = Keys(Set(CultureInfo.GetCultureInfo("en")));

        Assert.NotEmpty(danish);
        Assert.Empty(danish.Except(english));
        Assert.Empty(english.Except(danish));
    }

    private static ResourceSet Set(CultureInfo culture) =>
        Manager.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!;

    private static HashSet<string> Keys(ResourceSet set) => set.Cast<DictionaryEntry>().Select(e => (string)e.Key).ToHashSet();
}
