using HojeTaastrup.Admin.Domain.Common;
using HojeTaastrup.Admin.Domain.Hearings;
using static HojeTaastrup.Admin.Domain.Tests.Hearings.MedHearing2010;

namespace HojeTaastrup.Admin.Domain.Tests.Hearings;

public class HearingResponseTests
{
    private static readonly DateTimeOffset Open = At(2026, 3, 24, 10, 0, +1);

    [Fact]
    public void Submit_Twice_KeepsBothRevisions_TheLastCounts()
    {
        var hearing = Build();
        var response = new HearingResponse(hearing, Cai.Id, A);

        response.Submit(hearing, "Første svar.", Open, "med");
        response.Submit(hearing, "Andet svar.\r\nNyt afsnit.", Open.AddHours(1), "med");

        Assert.Equal(["Første svar.", "Andet svar.\nNyt afsnit."], response.Revisions.Select(r => r.Text));
        Assert.Equal("Andet svar.\nNyt afsnit.", response.Current!.Text);
        Assert.Equal(Open.AddHours(1), response.ReceivedAt);
    }

    [Fact]
    public void SaveDraft_IsNotARevision_AndSubmitClearsIt()
    {
        var hearing = Build();
        var response = new HearingResponse(hearing, Cai.Id, A);

        response.SaveDraft(hearing, "Halvfærdigt", Open);
        Assert.Empty(response.Revisions);
        Assert.Equal("Halvfærdigt", response.Draft);

        response.Submit(hearing, "Færdigt", Open.AddMinutes(5), "med");
        Assert.Null(response.Draft);
    }

    [Fact]
    public void Submit_ForACommitteeNotInvited_IsRefused()
    {
        var hearing = Build();
        var response = new HearingResponse(hearing, Lokal.Id, A);

        var refused = Assert.Throws<DomainException>(() => response.Submit(hearing, "Svar", Open, "med"));

        Assert.Equal(HearingRefusals.NotInvitedCode, refused.Code);
    }

    [Fact]
    public void Submit_OnAProposalOutsideTheHearing_IsRefused()
    {
        var hearing = Build();
        var response = new HearingResponse(hearing, Cai.Id, Guid.NewGuid());

        var refused = Assert.Throws<DomainException>(() => response.Submit(hearing, "Svar", Open, "med"));

        Assert.Equal(HearingRefusals.NotSubjectCode, refused.Code);
    }

    [Fact]
    public void SaveDraft_AfterTheDeadline_IsRefused()
    {
        var hearing = Build();
        var response = new HearingResponse(hearing, Cai.Id, Guid.Empty);

        var refused = Assert.Throws<DomainException>(() => response.SaveDraft(hearing, "Udkast", At(2026, 3, 30, 0, 0, +2)));

        Assert.Equal(HearingRefusals.DeadlinePassedCode, refused.Code);
    }

    [Fact]
    public void RegisterLate_AfterTheDeadline_IsMarkedLateWithTheReason_ButNotWhileOpen()
    {
        var hearing = Build();
        var response = new HearingResponse(hearing, Chp.Id, A);

        var whileOpen = Assert.Throws<DomainException>(() => response.RegisterLate(hearing, "Svar", "Sendt pr. post", Open, "Direktør"));
        response.RegisterLate(hearing, "Svar", "Sendt pr. post", At(2026, 3, 31, 9, 0, +2), "Direktør");

        Assert.Equal(HearingRefusals.LateWhileOpenCode, whileOpen.Code);
        Assert.True(response.Current!.Late);
        Assert.Equal("Sendt pr. post", response.Current.LateReason);
    }

    [Fact]
    public void Committee_ChairMustBeAMember()
    {
        var committee = new Committee("SektorMED SØD", CommitteeLevel.Sektor, ["sød", "SØD"]);
        committee.AddMember("u1");

        var refused = Assert.Throws<DomainException>(() => committee.SetChair("u2"));
        committee.SetChair("u1");

        Assert.Equal(HearingRefusals.ChairNotMemberCode, refused.Code);
        Assert.Equal(["SØD"], committee.CentreCodes);
        Assert.True(committee.IsMember("u1"));
        Assert.False(committee.IsMember("u2"));
    }
}
