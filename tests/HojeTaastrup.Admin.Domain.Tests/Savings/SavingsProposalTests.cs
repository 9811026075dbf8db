using HojeTaastrup.Admin.Domain.Common;
using HojeTaastrup.Admin.Domain.Savings;
using static HojeTaastrup.Admin.Domain.Tests.Savings.Slagelse2020;

namespace HojeTaastrup.Admin.Domain.Tests.Savings;

public class SavingsProposalTests
{
    [Fact]
    public void Constructor_YearOutsideProgramme_IsRefusedWithCode()
    {
        var refusal = Assert.Throws<DomainException>(() => new SavingsProposal(Programme(), Content(amounts: [YearAmount.Unknown(2030)])));

        Assert.Equal(SavingsRefusals.YearOutsideCode, refusal.Code);
        Assert.Equal("Budgetåret 2030 ligger uden for programmets år 2021–2024.", refusal.Message);
    }

    [Fact]
    public void Constructor_TrackTheProgrammeLacks_IsRefused()
    {
        var refusal = Assert.Throws<DomainException>(() => new SavingsProposal(Programme(), Content(track: "Teknologi")));

        Assert.Equal(SavingsRefusals.UnknownTrackCode, refusal.Code);
    }

    [Fact]
    public void Content_SameYearTwice_IsRefused()
    {
        Assert.Throws<DomainException>(() => Content(amounts: [YearAmount.Unknown(2021), YearAmount.Known(2021, Money.FromKroner(1))]));
    }

    [Theory]
    [InlineData("", "Kompetenceråd")]
    [InlineData("1", " ")]
    public void Content_MissingNumberOrTitle_IsRefused(string number, string title)
    {
        Assert.Throws<DomainException>(() => Content(number, title));
    }

    [Fact]
    public void Content_NumberKey_IgnoresCaseAndSpaces()
    {
        Assert.Equal(Content(" a3 ").NumberKey, Content("A3").NumberKey);
    }

    [Fact]
    public void Edit_Draft_ChangesWithoutKeepingAVersion()
    {
        var programme = Programme();
        var proposal = Proposal(programme);

        proposal.Edit(programme, Content(title: "Kompetenceråd under udviklingschefen"), null, Now, "direktør");

        Assert.Equal("Kompetenceråd under udviklingschefen", proposal.Title);
        Assert.Empty(proposal.Revisions);
        Assert.Equal(1, proposal.CurrentRevision);
    }

    [Fact]
    public void Edit_AfterDraftWithoutReason_IsRefusedAndNothingChanges()
    {
        var programme = Programme();
        var proposal = Proposal(programme, SavingsStatus.InHearing);

        var refusal = Assert.Throws<DomainException>(() => proposal.Edit(programme, Content(title: "Nyt"), " ", Now, "direktør"));

        Assert.Equal(SavingsRefusals.ReasonRequiredCode, refusal.Code);
        Assert.Equal("Kompetenceråd", proposal.Title);
    }

    [Fact]
    public void Edit_AfterDraft_KeepsTheEarlierVersionWithReasonAndShowsWhatChanged()
    {
        var programme = Programme();
        var proposal = Proposal(programme, SavingsStatus.Adopted);
        var at = Now.AddDays(3);

        proposal.Edit(programme, Content(amounts: [YearAmount.Known(2021, Money.FromMillions(0.5m))]), "Beløbet er opgjort", at, "økonomi");

        var revision = Assert.Single(proposal.Revisions);
        Assert.Equal((1, "Beløbet er opgjort", "økonomi", at), (revision.Number, revision.Reason, revision.ReplacedBy, revision.ReplacedAt));
        Assert.Equal(2, proposal.CurrentRevision);
        var difference = Assert.Single(proposal.ContentOf(2).DifferencesFrom(proposal.ContentOf(1)));
        Assert.Equal(new ContentDifference("Beløb 2021", "xx mio. kr.", "0,5 mio. kr."), difference);
    }

    [Fact]
    public void Edit_NothingDiffers_WritesNoVersion()
    {
        var programme = Programme();
        var proposal = Proposal(programme, SavingsStatus.InHearing);

        Assert.False(proposal.Edit(programme, Content(), "Ingen ændring", Now, "direktør"));
        Assert.Empty(proposal.Revisions);
    }

    [Theory]
    [InlineData(SavingsStatus.Rejected)]
    [InlineData(SavingsStatus.Realised)]
    [InlineData(SavingsStatus.Closed)]
    public void Edit_FinalStatus_IsRefused(SavingsStatus status)
    {
        var programme = Programme();
        var proposal = Proposal(programme, status, Content(amounts: [YearAmount.Known(2021, Money.FromMillions(1))]));

        var refusal = Assert.Throws<DomainException>(() => proposal.Edit(programme, Content(title: "Nyt"), "fordi", Now, "direktør"));

        Assert.Equal(SavingsRefusals.ClosedForEditsCode, refusal.Code);
        Assert.NotNull(proposal.EditRefusal);
    }

    [Fact]
    public void ContentOf_UnknownVersion_IsRefused()
    {
        Assert.Throws<DomainException>(() => Proposal(Programme()).ContentOf(2));
    }

    [Fact]
    public void Milestones_PastAndNotDone_AreOverdue()
    {
        var proposal = Proposal(Programme(), content: Content(milestones:
        [
            new Milestone(new DateOnly(2021, 2, 1), "Udkast til kommissorium"),
            new Milestone(new DateOnly(2021, 1, 1), "Gruppen er nedsat", done: true),
        ]));

        Assert.True(proposal.HasOverdueMilestones(new DateOnly(2021, 2, 2)));
        Assert.False(proposal.HasOverdueMilestones(new DateOnly(2021, 2, 1)));
        Assert.Equal(new DateOnly(2021, 1, 1), proposal.Milestones[0].Date);
    }

    [Fact]
    public void Milestone_WithoutText_IsRefused()
    {
        Assert.Throws<DomainException>(() => new Milestone(new DateOnly(2021, 2, 1), " "));
    }
}
