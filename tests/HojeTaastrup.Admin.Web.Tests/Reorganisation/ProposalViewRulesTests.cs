using HojeTaastrup.Admin.Data.Demo;
using HojeTaastrup.Admin.Domain.Organisation;
using HojeTaastrup.Admin.Domain.Reorganisation;
using HojeTaastrup.Admin.Web.Features.Reorganisation;

namespace HojeTaastrup.Admin.Web.Tests.Reorganisation;

// What the proposal page enables (ProposalView's rules), on the seed 000 proposal.
public class ProposalViewRulesTests
{
    private static readonly OrganisationVersion InForce = OrganisationVersion.FromStructure(Seed2010.BaselineDate, "Prøve", Seed2010.Baseline);

    private static ProposalView View(ReorganisationProposal proposal, OrganisationVersion? inForce = null) =>
        ReorganisationViewMapping.Details(proposal, inForce ?? InForce).View;

    [Fact]
    public void Draft_EditsChangesAndGoesToHearing_ButIsNotAdopted()
    {
        var view = View(Seed2010.CreateProposal());

        Assert.True(view.ChangesEditable);
        Assert.True(view.CanSendToHearing);
        Assert.True(view.CanWithdraw);
        Assert.True(view.ProjectsEditable);
        Assert.False(view.CanAdopt);
    }

    [Fact]
    public void InHearing_WithALaterOrganisationVersion_IsNotAdopted()
    {
        var proposal = Seed2010.CreateProposal();
        proposal.SendToHearing();

        var view = ReorganisationViewMapping.Details(proposal, InForce, "Der findes allerede en senere organisation.").View;

        Assert.False(view.CanAdopt);
        Assert.Equal("Der findes allerede en senere organisation.", view.AdoptionRefusedByHistory);
    }

    [Fact]
    public void InHearing_WithoutProblemsOrDrift_CanBeAdopted_AndReachesTheTarget()
    {
        var proposal = Seed2010.CreateProposal();
        proposal.SendToHearing();

        var view = View(proposal);

        Assert.False(view.ChangesEditable);
        Assert.False(view.CanSendToHearing);
        Assert.True(view.CanAdopt);
        Assert.Equal(13, view.Impact.CountsAfter.Total);
        Assert.True(view.TargetCentreCountReached);
    }

    [Fact]
    public void InHearing_WithADriftedBaseline_CannotBeAdopted()
    {
        var proposal = Seed2010.CreateProposal();
        proposal.SendToHearing();
        var corrected = Seed2010.Baseline with
        {
            Units = Seed2010.Baseline.Units.Select((u, i) => i == 0 ? u with { Fte = u.Fte + 1 } : u).ToList(),
        };

        var view = View(proposal, OrganisationVersion.FromStructure(Seed2010.BaselineDate, "Rettet", corrected));

        Assert.NotNull(view.BaselineDrift);
        Assert.Empty(view.Problems);
        Assert.False(view.CanAdopt);
    }

    [Fact]
    public void TargetBelowTheResult_IsNotReached_AndNoTargetIsNeither()
    {
        var proposal = Seed2010.CreateProposal();
        proposal.SetTargets(12, null);
        Assert.False(View(proposal).TargetCentreCountReached);

        proposal.SetTargets(null, null);
        Assert.Null(View(proposal).TargetCentreCountReached);
    }

    [Fact]
    public void Withdrawn_NoLongerChangesAnything()
    {
        var proposal = Seed2010.CreateProposal();
        proposal.Withdraw();

        var view = View(proposal);

        Assert.False(view.ChangesEditable);
        Assert.False(view.ProjectsEditable);
        Assert.False(view.CanWithdraw);
        Assert.False(view.CanAdopt);
    }
}
