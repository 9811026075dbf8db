using HojeTaastrup.Admin.Domain.Common;
using HojeTaastrup.Admin.Domain.Organisation;
using HojeTaastrup.Admin.Domain.Reorganisation;
using static HojeTaastrup.Admin.Domain.Tests.Reorganisation.SmallOrganisation;

namespace HojeTaastrup.Admin.Domain.Tests.Reorganisation;

// What a proposal may do now and why not: the one answer that the page's buttons, the API and the use
// cases read. Matched by code, as clients do; the sentence is for people.
//
//   the organisation's history:  2009-01-01 ──── 2010-10-01 (the proposal's day) ──── 2011-01-01 (later)
public class ReorganisationProposalRulesTests
{
    private static readonly DateOnly EffectiveDate = new(2010, 10, 1);
    private static readonly OrganisationTimeline EarlierOnly = new([new DateOnly(2009, 1, 1)]);
    private static readonly InForceOrganisation InForce = new(new DateOnly(2009, 1, 1), Structure);

    private static ReorganisationProposal InHearing()
    {
        var proposal = new ReorganisationProposal("Færre centre", "Enklere ledelse", EffectiveDate, Structure);
        proposal.AddChange(DissolveJaf());
        proposal.SendToHearing();
        return proposal;
    }

    private static Refusal? Adoption(ReorganisationProposal proposal, OrganisationTimeline timeline, InForceOrganisation? inForce) =>
        proposal.AdoptionRefusal(proposal.Evaluate(), timeline, inForce);

    [Fact]
    public void Draft_MayBeEditedAndSentToHearing_ButNotAdopted()
    {
        var proposal = new ReorganisationProposal("Færre centre", "", EffectiveDate, Structure);

        Assert.Null(proposal.EditRefusal);
        Assert.Null(proposal.HearingRefusal(proposal.Evaluate()));
        Assert.Null(proposal.WithdrawalRefusal);
        Assert.Null(proposal.ProjectsRefusal);
        Assert.Equal(ReorganisationRefusals.AdoptDraftCode, Adoption(proposal, EarlierOnly, InForce)?.Code);
    }

    [Fact]
    public void Draft_WithAProblem_IsNotSentToHearing_AndSaysHowMany()
    {
        var proposal = new ReorganisationProposal("Færre centre", "", EffectiveDate, Structure);
        proposal.AddChange(new DissolveCentre("JAF", new Dictionary<Guid, string>(), Why));

        var refusal = proposal.HearingRefusal(proposal.Evaluate());

        Assert.Equal(ReorganisationRefusals.HasProblemsCode, refusal?.Code);
        Assert.Equal("Forslaget kan ikke sendes i høring, før 1 problem er løst.", refusal?.Message);
        Assert.Equal(refusal?.Code, Assert.Throws<DomainException>(proposal.SendToHearing).Code);
    }

    [Fact]
    public void InHearing_WithoutProblemsDriftOrLaterHistory_MayBeAdopted()
    {
        var proposal = InHearing();

        Assert.Null(Adoption(proposal, EarlierOnly, InForce));
        Assert.Equal(ReorganisationRefusals.NotDraftCode, proposal.EditRefusal?.Code);
        Assert.Equal(ReorganisationRefusals.HearingNotDraftCode, proposal.HearingRefusal(proposal.Evaluate())?.Code);
    }

    [Fact]
    public void Adopt_WithALaterOrganisationVersion_IsRefused_NamingThatDay()
    {
        var proposal = InHearing();
        var timeline = new OrganisationTimeline([new DateOnly(2009, 1, 1), new DateOnly(2011, 1, 1)]);

        var error = Assert.Throws<DomainException>(() => proposal.Adopt(timeline, InForce));

        Assert.Equal(OrganisationTimeline.LaterVersionCode, error.Code);
        Assert.Contains("1. januar 2011", error.Message, StringComparison.Ordinal);
        Assert.Equal(ReorganisationStatus.InHearing, proposal.Status);
    }

    [Fact]
    public void Adopt_OnADayThatAlreadyHasAVersion_IsRefused()
    {
        var proposal = InHearing();

        var refusal = Adoption(proposal, new OrganisationTimeline([EffectiveDate]), InForce);

        Assert.Equal(OrganisationTimeline.TakenCode, refusal?.Code);
    }

    [Fact]
    public void Adopt_WhenTheOrganisationInForceWasCorrected_IsRefusedUntilRebased()
    {
        var proposal = InHearing();
        var corrected = Structure with { Units = Structure.Units.Select((u, i) => i == 0 ? u with { Fte = u.Fte + 1 } : u).ToList() };
        var inForce = new InForceOrganisation(new DateOnly(2009, 1, 1), corrected);

        var refusal = Adoption(proposal, EarlierOnly, inForce);

        Assert.Equal(ReorganisationRefusals.BaselineDriftCode, refusal?.Code);
        Assert.Equal(
            "Organisationen er ændret siden forslagets udgangspunkt: 1 forskel i organisationen med virkning fra 1. januar 2009, "
            + "som en vedtagelse ville overskrive. Opdatér udgangspunktet først.",
            refusal?.Message);

        proposal.RebaseOn(corrected);

        Assert.Null(Adoption(proposal, EarlierOnly, inForce));
    }

    [Fact]
    public void Withdrawn_RefusesEverything_WithItsOwnReasons()
    {
        var proposal = InHearing();
        proposal.Withdraw();

        Assert.Equal(ReorganisationRefusals.NotDraftCode, proposal.EditRefusal?.Code);
        Assert.Equal(ReorganisationRefusals.ProjectsWithdrawnCode, proposal.ProjectsRefusal?.Code);
        Assert.Equal(ReorganisationRefusals.AlreadyWithdrawnCode, proposal.WithdrawalRefusal?.Code);
        Assert.Equal(ReorganisationRefusals.AdoptWithdrawnCode, Adoption(proposal, EarlierOnly, InForce)?.Code);
    }

    [Fact]
    public void Adopted_CannotBeWithdrawn()
    {
        var proposal = InHearing();
        proposal.Adopt(EarlierOnly, InForce);

        Assert.Equal(ReorganisationRefusals.WithdrawAdoptedCode, proposal.WithdrawalRefusal?.Code);
        Assert.Equal(ReorganisationRefusals.AlreadyAdoptedCode, Adoption(proposal, EarlierOnly, InForce)?.Code);
    }

    [Fact]
    public void TargetCentreCount_IsReachedWhenTheResultIsAtMostTheTarget_AndUnknownWithoutATarget()
    {
        var proposal = InHearing();
        var impact = proposal.Impact(proposal.Evaluate());
        var after = impact.CountsAfter.Total;

        proposal = new ReorganisationProposal("Mål", "", EffectiveDate, Structure);
        proposal.AddChange(DissolveJaf());
        proposal.SetTargets(after, null);
        Assert.True(proposal.TargetCentreCountReached(impact));

        proposal.SetTargets(after - 1, null);
        Assert.False(proposal.TargetCentreCountReached(impact));

        proposal.SetTargets(null, null);
        Assert.Null(proposal.TargetCentreCountReached(impact));
    }
}
