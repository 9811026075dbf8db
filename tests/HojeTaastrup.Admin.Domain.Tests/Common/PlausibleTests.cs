using HojeTaastrup.Admin.Domain.Common;
using HojeTaastrup.Admin.Domain.Organisation;
using HojeTaastrup.Admin.Domain.Reorganisation;

namespace HojeTaastrup.Admin.Domain.Tests.Common;

// The plausible ranges guard the entities themselves, not only the forms: an absurd amount, day or
// text never gets into a version or a proposal, so sums cannot overflow later.
public class PlausibleTests
{
    private static readonly DateOnly Day = new(2030, 1, 1);

    [Fact]
    public void AddUnit_WithAnAbsurdPayroll_IsRefused()
    {
        var version = new OrganisationVersion(Day, "Test");
        var directorate = version.AddDirectorate("Direktion", "");
        var centre = version.AddCentre("DIG", "Digitalisering", CentreKind.Centre, directorate.Key);

        var refusal = Assert.Throws<DomainException>(() => version.AddUnit(centre.Key, "Drift", 1m, Money.FromKroner(long.MaxValue)));

        Assert.Equal(Plausible.KronerMessage, refusal.Message);
    }

    [Fact]
    public void AddUnit_WithAnAbsurdFte_IsRefused()
    {
        var version = new OrganisationVersion(Day, "Test");
        var directorate = version.AddDirectorate("Direktion", "");
        var centre = version.AddCentre("DIG", "Digitalisering", CentreKind.Centre, directorate.Key);

        Assert.Throws<DomainException>(() => version.AddUnit(centre.Key, "Drift", 1_000_000m, Money.Zero));
    }

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(1969, 12, 31)]
    [InlineData(2101, 1, 1)]
    [InlineData(9999, 12, 31)]
    public void NewVersionAndProposal_OutsideThePlausibleWindow_AreRefused(int year, int month, int day)
    {
        var date = new DateOnly(year, month, day);

        Assert.Equal(Plausible.DayMessage, Assert.Throws<DomainException>(() => new OrganisationVersion(date, "Test")).Message);
        Assert.Equal(Plausible.DayMessage, Assert.Throws<DomainException>(() => new ReorganisationProposal("Titel", "", date, OrganisationStructure.Empty)).Message);
    }

    [Theory]
    [InlineData("Nul\u0000tegn")]
    [InlineData("Esc\u001b[31m")]
    [InlineData("fdp\u202Eexe")]
    public void Texts_WithControlCharacters_AreRefused(string text)
    {
        var version = new OrganisationVersion(Day, "Test");

        Assert.Throws<DomainException>(() => version.AddDirectorate(text, ""));
        Assert.Throws<DomainException>(() => new ReorganisationProposal(text, "", Day, OrganisationStructure.Empty));
        Assert.Throws<DomainException>(() => new ReorganisationProposal("Titel", text, Day, OrganisationStructure.Empty));
    }

    [Fact]
    public void Texts_WithLineBreaksAndTabs_AreAccepted()
    {
        var proposal = new ReorganisationProposal("Titel", "Første linje\r\nAnden\tlinje", Day, OrganisationStructure.Empty);

        Assert.Equal("Første linje\r\nAnden\tlinje", proposal.Purpose);
    }
}
