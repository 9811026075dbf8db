using System.Globalization;
using HojeTaastrup.Admin.Data.Auditing;
using HojeTaastrup.Admin.Web.Features.Audit;
using HojeTaastrup.Admin.Web.Resources;
using HojeTaastrup.Admin.Web.Tests.Infrastructure;

namespace HojeTaastrup.Admin.Web.Tests.Audit;

public class AuditDisplayTests
{
    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    private static IReadOnlyList<AuditLine> Describe(params AuditFieldChange[] changes)
    {
        using var _ = new CultureScope("da-DK");
        return AuditDisplay.Describe(changes, TestText.For<AuditText>(), Danish);
    }

    [Fact]
    public void OwnedField_IsNamedInDanishWithItsParent_AndDecimalsAreDanish()
    {
        var line = Assert.Single(Describe(new AuditFieldChange($"Units[{Guid.NewGuid()}].Fte", "12.5", "14.5")));

        Assert.Equal(new AuditLine("Afdeling · Årsværk", "12,5", "14,5"), line);
    }

    [Fact]
    public void StatusDaysAndMoney_ReadAsWords()
    {
        var lines = Describe(
            new AuditFieldChange("Status", "Draft", "InHearing"),
            new AuditFieldChange("EffectiveDate", null, "2010-10-01"),
            new AuditFieldChange("TargetYearlySaving", "13400000", "65000"));

        Assert.Equal(
            [
                new AuditLine("Status", "Udkast", "I høring"),
                new AuditLine("Gælder fra", null, "1. oktober 2010"),
                new AuditLine("Mål for årlig besparelse", "13,4 mio. kr.", "65.000 kr."),
            ],
            lines);
    }

    [Fact]
    public void SavingsAmountsTargetsAndStatuses_ReadAsMoneyAndDanishWords()
    {
        var lines = Describe(
            new AuditFieldChange(
                "Amounts",
                """[{"Year":2021,"Amount":null,"Uncertain":false,"Alternative":null}]""",
                """[{"Year":2021,"Amount":3500000,"Uncertain":false,"Alternative":5500000},{"Year":2022,"Amount":6000000,"Uncertain":true,"Alternative":null}]"""),
            new AuditFieldChange("Targets", "[]", """[{"Year":2019,"Amount":13400000}]"""),
            new AuditFieldChange("Status", "InHearing", "Postponed"),
            new AuditFieldChange("Category", null, "CitizenFacing"));

        Assert.Equal(
            [
                new AuditLine("Beløb pr. år", "2021: xx mio. kr.", "2021: 3,5 (5,5) mio. kr.; 2022: 6 mio. kr.?"),
                new AuditLine("Mål pr. år", "(tom)", "2019: 13,4 mio. kr."),
                new AuditLine("Status", "I høring", "Udskudt"),
                new AuditLine("Kategori", null, "Borgernær"),
            ],
            lines);
    }

    [Fact]
    public void JsonValues_AreSummarised_NotShownRaw()
    {
        var lines = Describe(
            new AuditFieldChange("Changes", "[]", """[{"kind":"MergeCentres"},{"kind":"MoveUnit"}]"""),
            new AuditFieldChange("Changes", """[{"kind":"MergeCentres"}]""", "[]"),
            new AuditFieldChange("Baseline", null, """{"Directorates":[]}"""));

        Assert.Equal(
            [
                new AuditLine("Ændringer", "0 ændringer", "2 ændringer"),
                new AuditLine("Ændringer", "1 ændring", "0 ændringer"),
                new AuditLine("Udgangspunkt", null, "organisationen ved forslagets start"),
            ],
            lines);
    }

    [Fact]
    public void ABaselineWithUnits_IsSummarisedWithItsFigures_SoThatARebaseShowsWhatChanged()
    {
        var lines = Describe(new AuditFieldChange(
            "Baseline",
            """{"directorates":[],"units":[{"name":"Jobformidling","fte":20.0},{"name":"Sygedagpenge","fte":16.5}]}""",
            """{"directorates":[],"units":[{"name":"Jobformidling","fte":22.0},{"name":"Sygedagpenge","fte":16.5}]}"""));

        Assert.Equal(
            [new AuditLine("Udgangspunkt", "organisationen ved forslagets start (2 afdelinger, 36,5 årsværk)", "organisationen ved forslagets start (2 afdelinger, 38,5 årsværk)")],
            lines);
    }

    [Fact]
    public void KeysAndRowVersions_AreLeftOut_UnknownFieldsShownAsTheyAre()
    {
        var lines = Describe(
            new AuditFieldChange("Version", "1", "2"),
            new AuditFieldChange($"Units[{Guid.NewGuid()}].OrganisationVersionId", null, "x"),
            new AuditFieldChange("Something", "a", "b"));

        Assert.Equal([new AuditLine("Something", "a", "b")], lines);
    }
}
