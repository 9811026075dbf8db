using HojeTaastrup.Admin.Domain.Common;
using HojeTaastrup.Admin.Domain.Savings;
using static HojeTaastrup.Admin.Domain.Tests.Savings.Slagelse2020;

namespace HojeTaastrup.Admin.Domain.Tests.Savings;

public class SavingsStatusTests
{
    public static TheoryData<SavingsStatus, SavingsStatus> AllowedMoves()
    {
        var data = new TheoryData<SavingsStatus, SavingsStatus>();
        foreach (var from in Enum.GetValues<SavingsStatus>())
        {
            foreach (var to in SavingsStatusRules.Next(from))
            {
                data.Add(from, to);
            }
        }

        return data;
    }

    public static TheoryData<SavingsStatus, SavingsStatus> RefusedMoves()
    {
        var data = new TheoryData<SavingsStatus, SavingsStatus>();
        foreach (var from in Enum.GetValues<SavingsStatus>())
        {
            foreach (var to in Enum.GetValues<SavingsStatus>().Where(to => to != from && !SavingsStatusRules.Next(from).Contains(to)))
            {
                data.Add(from, to);
            }
        }

        return data;
    }

    private static SavingsProposal In(SavingsStatus status) =>
        Proposal(Programme(), status, Content(amounts: [YearAmount.Known(2021, Money.FromMillions(1))]));

    [Theory]
    [MemberData(nameof(AllowedMoves))]
    public void ChangeStatus_AllowedMoveWithReason_MovesAndRecordsIt(SavingsStatus from, SavingsStatus to)
    {
        var proposal = In(from);

        proposal.ChangeStatus(to, "Besluttet", Now, "direktør");

        Assert.Equal(to, proposal.Status);
        Assert.Equal(new StatusChange(from, to, Now, "direktør", "Besluttet"), proposal.StatusHistory[^1]);
    }

    [Theory]
    [MemberData(nameof(RefusedMoves))]
    public void ChangeStatus_MoveTheRulesDoNotAllow_IsRefusedAndStatusKept(SavingsStatus from, SavingsStatus to)
    {
        var proposal = In(from);

        var refusal = Assert.Throws<DomainException>(() => proposal.ChangeStatus(to, "fordi", Now, "direktør"));

        Assert.Equal(SavingsRefusals.TransitionCode, refusal.Code);
        Assert.Equal(from, proposal.Status);
    }

    [Fact]
    public void ChangeStatus_SameStatus_IsRefused()
    {
        var refusal = Assert.Throws<DomainException>(() => In(SavingsStatus.InHearing).ChangeStatus(SavingsStatus.InHearing, null, Now, "d"));

        Assert.Equal(SavingsRefusals.SameStatusCode, refusal.Code);
    }

    [Theory]
    [InlineData(SavingsStatus.InHearing, SavingsStatus.Rejected)]
    [InlineData(SavingsStatus.InHearing, SavingsStatus.Postponed)]
    [InlineData(SavingsStatus.Implementing, SavingsStatus.Closed)]
    public void ChangeStatus_DecisionAgainstWithoutReason_IsRefused(SavingsStatus from, SavingsStatus to)
    {
        var proposal = In(from);

        var refusal = Assert.Throws<DomainException>(() => proposal.ChangeStatus(to, "  ", Now, "direktør"));

        Assert.Equal(SavingsRefusals.StatusReasonCode, refusal.Code);
    }

    [Fact]
    public void ChangeStatus_ToHearingWithoutAmounts_IsRefused()
    {
        var proposal = Proposal(Programme(), content: Content(amounts: []));

        var refusal = Assert.Throws<DomainException>(() => proposal.ChangeStatus(SavingsStatus.InHearing, null, Now, "d"));

        Assert.Equal(SavingsRefusals.NoAmountsCode, refusal.Code);
    }

    [Fact]
    public void ChangeStatus_RealisedWithUnknownAmount_IsRefused()
    {
        var proposal = Proposal(Programme(), SavingsStatus.Implementing);

        var refusal = Assert.Throws<DomainException>(() => proposal.ChangeStatus(SavingsStatus.Realised, null, Now, "d"));

        Assert.Equal(SavingsRefusals.UnknownAmountsCode, refusal.Code);
        Assert.Equal("Forslaget kan ikke meldes realiseret, mens 1 beløb er ukendt. Angiv beløbene først.", refusal.Message);
    }

    [Fact]
    public void Transition_Refusal_NamesThePossibleNextStatuses()
    {
        var refusal = In(SavingsStatus.Draft).StatusRefusal(SavingsStatus.Adopted);

        Assert.Equal("Et forslag med status udkast kan ikke få status vedtaget. Mulige næste: i høring.", refusal?.Message);
    }
}
