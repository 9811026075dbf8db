using HojeTaastrup.Admin.Domain.Common;
using HojeTaastrup.Admin.Domain.Savings;
using static HojeTaastrup.Admin.Domain.Tests.Savings.Slagelse2020;

namespace HojeTaastrup.Admin.Domain.Tests.Savings;

public class SavingsProgrammeTests
{
    [Fact]
    public void Constructor_TargetOutsideYears_IsRefused()
    {
        Assert.Throws<DomainException>(() => new SavingsProgramme("NY-NY", null, 2016, 2019, [new YearTarget(2020, Money.FromMillions(1))], []));
    }

    [Fact]
    public void Constructor_LastYearBeforeFirst_IsRefused()
    {
        Assert.Throws<DomainException>(() => new SavingsProgramme("NY-NY", null, 2019, 2016, [], []));
    }

    [Fact]
    public void Constructor_SameTrackTwice_IsRefused()
    {
        Assert.Throws<DomainException>(() => new SavingsProgramme("NY-NY", null, 2016, 2019, [], ["Servicesporet", "servicesporet"]));
    }

    [Fact]
    public void Target_Negative_IsRefused()
    {
        Assert.Throws<DomainException>(() => new YearTarget(2019, Money.FromKroner(-1)));
    }

    [Fact]
    public void Edit_YearsThatWouldLeaveAnAmountOutside_IsRefused()
    {
        var programme = Programme();
        var proposal = new SavingsProposal(programme, Content(amounts: [YearAmount.Unknown(2024)]));

        var refusal = Assert.Throws<DomainException>(() =>
            programme.Edit(programme.Name, null, 2021, 2023, [], programme.Tracks, [proposal]));

        Assert.Equal(SavingsRefusals.ProgrammeYearsInUseCode, refusal.Code);
    }

    [Fact]
    public void Edit_RemovingATrackInUse_IsRefused()
    {
        var programme = Programme();
        var proposal = new SavingsProposal(programme, Content(track: "drift"));

        var refusal = Assert.Throws<DomainException>(() =>
            programme.Edit(programme.Name, null, 2021, 2024, programme.Targets, ["Organisation"], [proposal]));

        Assert.Equal(SavingsRefusals.ProgrammeTrackInUseCode, refusal.Code);
    }

    [Fact]
    public void FindTrack_IgnoresCase_ReturnsTheProgrammesSpelling()
    {
        Assert.Equal("Drift", Programme().FindTrack(" drift "));
    }

    [Fact]
    public void TargetIn_YearWithoutTarget_IsNull()
    {
        var programme = new SavingsProgramme("NY-NY", null, 2016, 2020, [new YearTarget(2019, Money.FromMillions(13.4m))], []);

        Assert.Null(programme.TargetIn(2020));
        Assert.Equal(Money.FromMillions(13.4m), programme.TargetIn(2019));
    }
}
