using HojeTaastrup.Admin.Domain.Organisation;
using HojeTaastrup.Admin.Domain.Reorganisation;
using HojeTaastrup.Admin.Web.Features.Reorganisation;
using HojeTaastrup.Admin.Web.Resources;
using HojeTaastrup.Admin.Web.Tests.Infrastructure;

namespace HojeTaastrup.Admin.Web.Tests.Reorganisation;

// The pages look texts up by enum value ("Status_" + status); a value without a text would show its key.
// That every Danish text has an English one is LocalizationTests' (all resource files).
public class ReorganisationTextTests
{
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
    public void EveryValue_HasADanishAndAnEnglishText(string key) =>
        ResourceTexts.AssertDanishAndEnglish(typeof(ReorganisationText), key);
}
