using HojeTaastrup.Admin.Domain.Savings;
using HojeTaastrup.Admin.Web.Components.Pages.Savings;
using HojeTaastrup.Admin.Web.Resources;
using HojeTaastrup.Admin.Web.Tests.Infrastructure;

namespace HojeTaastrup.Admin.Web.Tests.Savings;

// The savings pages look texts up by enum value ("Status_" + status); a value without a text would show its key.
// That every Danish text has an English one is LocalizationTests' (all resource files).
public class SavingsPagesTextTests
{
    public static TheoryData<string> KeysBuiltFromValues()
    {
        var keys = new TheoryData<string>();
        foreach (var key in Enum.GetNames<SavingsStatus>().SelectMany(s => new[] { "Status_" + s, "Action_" + s, "Verb_" + s })
            .Concat(Enum.GetNames<SavingsCategory>().Select(c => "Category_" + c))
            .Concat(Enum.GetNames<AmountKind>().Select(k => "Kind_" + k)))
        {
            keys.Add(key);
        }

        return keys;
    }

    [Theory]
    [MemberData(nameof(KeysBuiltFromValues))]
    public void EveryValue_HasADanishAndAnEnglishText(string key) =>
        ResourceTexts.AssertDanishAndEnglish(typeof(SavingsPagesText), key);
}
