using HojeTaastrup.Admin.Domain.Common;
using HojeTaastrup.Admin.Domain.Organisation;
using HojeTaastrup.Admin.Domain.Reorganisation;
using static HojeTaastrup.Admin.Domain.Tests.Reorganisation.SmallOrganisation;

namespace HojeTaastrup.Admin.Domain.Tests.Reorganisation;

public class ReorganisationProposalTests
{
    private static readonly OrganisationTimeline NoHistory = new([]);

    private static readonly DateOnly EffectiveDate = new(2010, 10, 1);

    private static ReorganisationProposal Draft(params ReorganisationChange[] changes)
    {
        var proposal = new ReorganisationProposal("Færre centre", "Enklere ledelse", EffectiveDate, Structure);
        foreach (var change in changes)
        {
            proposal.AddChange(change);
        }

        return proposal;
    }

    private static ReorganisationProposal InState(ReorganisationStatus status)
    {
        var proposal = Draft(DissolveJaf());
        if (status is ReorganisationStatus.InHearing or ReorganisationStatus.Adopted)
        {
            proposal.SendToHearing();
        }

        if (status == ReorganisationStatus.Adopted)
        {
            proposal.Adopt(NoHistory, null);
        }

        if (status == ReorganisationStatus.Withdrawn)
        {
            proposal.Withdraw();
        }

        return proposal;
    }

    private static MoveUnit BadMove() => new(Budget, "XYZ", Why);

    [Fact]
    public void New_IsADraftOnItsBaseline()
    {
        var proposal = Draft();

        Assert.Equal(ReorganisationStatus.Draft, proposal.Status);
        Assert.Same(Structure, proposal.Baseline);
        Assert.Empty(proposal.Changes);
        Assert.Equal("Færre centre", proposal.Title);
        Assert.Equal(EffectiveDate, proposal.EffectiveDate);
        Assert.Equal(0, proposal.Version);
    }

    [Fact]
    public void New_WithoutTitle_IsRefused()
    {
        var error = Assert.Throws<DomainException>(() => new ReorganisationProposal(" ", "", EffectiveDate, Structure));

        Assert.Equal("Forslaget skal have en titel.", error.Message);
    }

    [Fact]
    public void AddChange_AppendsInOrder()
    {
        var first = new MoveUnit(Digitalisering, "ØAC", Why);
        var second = DissolveJaf();

        var proposal = Draft(first, second);

        Assert.Equal([first.Id, second.Id], proposal.Changes.Select(c => c.Id));
    }

    [Fact]
    public void AddChange_WithEmptyId_GetsAnId()
    {
        var added = Draft().AddChange(DissolveJaf() with { Id = Guid.Empty });

        Assert.NotEqual(Guid.Empty, added.Id);
    }

    [Fact]
    public void AddChange_WithAnIdAlreadyThere_IsRefused()
    {
        var change = DissolveJaf();
        var proposal = Draft(change);

        var error = Assert.Throws<DomainException>(() => proposal.AddChange(change));

        Assert.Equal("Ændringen findes allerede i forslaget.", error.Message);
    }

    [Fact]
    public void AddChange_ReplacesTheListSoPersistenceSeesTheChange()
    {
        var proposal = Draft();
        var before = proposal.Changes;

        proposal.AddChange(DissolveJaf());

        Assert.NotSame(before, proposal.Changes);
        Assert.Empty(before);
    }

    [Fact]
    public void ReplaceChange_KeepsIdAndPlace()
    {
        var first = BadMove();
        var proposal = Draft(first, DissolveJaf());

        var replacement = proposal.ReplaceChange(first.Id, new MoveUnit(Digitalisering, "ØAC", Why));

        Assert.Equal(first.Id, replacement.Id);
        Assert.Equal(replacement, proposal.Changes[0]);
        Assert.False(proposal.Evaluate().HasProblems);
    }

    [Fact]
    public void MoveChange_PutsItAtTheNewIndex()
    {
        var a = new MoveUnit(Digitalisering, "ØAC", Why);
        var b = new MoveUnit(Budget, "BSC", Why);
        var c = DissolveJaf();
        var proposal = Draft(a, b, c);

        proposal.MoveChange(c.Id, 0);

        Assert.Equal([c.Id, a.Id, b.Id], proposal.Changes.Select(x => x.Id));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(2)]
    public void MoveChange_OutsideTheList_IsRefused(int index)
    {
        var a = DissolveJaf();
        var proposal = Draft(a, new MoveUnit(Budget, "BSC", Why));

        var error = Assert.Throws<DomainException>(() => proposal.MoveChange(a.Id, index));

        Assert.Equal("Ændringen kan kun flyttes til plads 1–2.", error.Message);
    }

    [Fact]
    public void RemoveChange_TakesItOut()
    {
        var bad = BadMove();
        var proposal = Draft(DissolveJaf(), bad);

        proposal.RemoveChange(bad.Id);

        Assert.Single(proposal.Changes);
        Assert.False(proposal.Evaluate().HasProblems);
    }

    [Fact]
    public void RemoveChange_Unknown_IsRefused()
    {
        var error = Assert.Throws<DomainException>(() => Draft().RemoveChange(Guid.NewGuid()));

        Assert.Equal("Ændringen findes ikke i forslaget.", error.Message);
    }

    [Theory]
    [InlineData(ReorganisationStatus.InHearing, "Forslaget er sendt i høring og kan ikke længere ændres.")]
    [InlineData(ReorganisationStatus.Adopted, "Forslaget er vedtaget og kan ikke længere ændres.")]
    [InlineData(ReorganisationStatus.Withdrawn, "Forslaget er trukket tilbage og kan ikke længere ændres.")]
    public void Edits_OutsideDraft_AreRefused(ReorganisationStatus status, string message)
    {
        var proposal = InState(status);
        var id = proposal.Changes[0].Id;

        Assert.Equal(message, Assert.Throws<DomainException>(() => proposal.AddChange(BadMove())).Message);
        Assert.Equal(message, Assert.Throws<DomainException>(() => proposal.ReplaceChange(id, BadMove())).Message);
        Assert.Equal(message, Assert.Throws<DomainException>(() => proposal.MoveChange(id, 0)).Message);
        Assert.Equal(message, Assert.Throws<DomainException>(() => proposal.RemoveChange(id)).Message);
        Assert.Equal(message, Assert.Throws<DomainException>(() => proposal.Edit("Ny titel", "", EffectiveDate)).Message);
        Assert.Equal(message, Assert.Throws<DomainException>(() => proposal.SetTargets(3, null)).Message);
    }

    [Fact]
    public void Edit_ChangesTitlePurposeAndDate()
    {
        var proposal = Draft();

        proposal.Edit(" Ny titel ", "Nyt formål", new DateOnly(2011, 1, 1));

        Assert.Equal("Ny titel", proposal.Title);
        Assert.Equal("Nyt formål", proposal.Purpose);
        Assert.Equal(new DateOnly(2011, 1, 1), proposal.EffectiveDate);
    }

    [Fact]
    public void SetTargets_KeepsCentreCountAndSaving()
    {
        var proposal = Draft();

        proposal.SetTargets(13, Money.FromMillions(25));

        Assert.Equal(13, proposal.TargetCentreCount);
        Assert.Equal(Money.FromKroner(25_000_000), proposal.TargetYearlySaving);
    }

    [Fact]
    public void SetTargets_BelowOneCentre_IsRefused()
    {
        var error = Assert.Throws<DomainException>(() => Draft().SetTargets(0, null));

        Assert.Equal("Målet for antal centre skal være mindst 1.", error.Message);
    }

    [Fact]
    public void SetTargets_WithNegativeSaving_IsRefused()
    {
        Assert.Throws<DomainException>(() => Draft().SetTargets(null, Money.FromKroner(-1)));
    }

    [Fact]
    public void SendToHearing_WithProblems_IsRefused()
    {
        var proposal = Draft(BadMove());

        var error = Assert.Throws<DomainException>(proposal.SendToHearing);

        Assert.Equal("Forslaget kan ikke sendes i høring, før 1 problem er løst.", error.Message);
        Assert.Equal(ReorganisationStatus.Draft, proposal.Status);
    }

    [Fact]
    public void SendToHearing_WithSeveralProblems_CountsThem()
    {
        var error = Assert.Throws<DomainException>(Draft(BadMove(), new MoveUnit(Loen, "XYZ", Why)).SendToHearing);

        Assert.Equal("Forslaget kan ikke sendes i høring, før 2 problemer er løst.", error.Message);
    }

    [Fact]
    public void SendToHearing_WithoutProblems_PutsItInHearing()
    {
        var proposal = InState(ReorganisationStatus.InHearing);

        Assert.Equal(ReorganisationStatus.InHearing, proposal.Status);
    }

    [Theory]
    [InlineData(ReorganisationStatus.InHearing)]
    [InlineData(ReorganisationStatus.Adopted)]
    [InlineData(ReorganisationStatus.Withdrawn)]
    public void SendToHearing_OutsideDraft_IsRefused(ReorganisationStatus status)
    {
        var error = Assert.Throws<DomainException>(InState(status).SendToHearing);

        Assert.Equal("Kun et udkast kan sendes i høring.", error.Message);
    }

    [Fact]
    public void Adopt_InHearing_ReturnsTheAfterState()
    {
        var proposal = InState(ReorganisationStatus.InHearing);

        var after = proposal.Adopt(NoHistory, null);

        Assert.Equal(ReorganisationStatus.Adopted, proposal.Status);
        Assert.Null(after.FindCentre("JAF"));
        Assert.Equal(4, after.Centres.Count);
    }

    [Theory]
    [InlineData(ReorganisationStatus.Draft, "Forslaget skal have været i høring, før det kan vedtages.")]
    [InlineData(ReorganisationStatus.Adopted, "Forslaget er allerede vedtaget.")]
    [InlineData(ReorganisationStatus.Withdrawn, "Forslaget er trukket tilbage og kan ikke vedtages.")]
    public void Adopt_OutsideHearing_IsRefused(ReorganisationStatus status, string message)
    {
        var proposal = InState(status);

        var error = Assert.Throws<DomainException>(() => proposal.Adopt(NoHistory, null));

        Assert.Equal(message, error.Message);
        Assert.Equal(status, proposal.Status);
    }

    [Theory]
    [InlineData(ReorganisationStatus.Draft)]
    [InlineData(ReorganisationStatus.InHearing)]
    public void Withdraw_BeforeAdoption_Withdraws(ReorganisationStatus status)
    {
        var proposal = InState(status);

        proposal.Withdraw();

        Assert.Equal(ReorganisationStatus.Withdrawn, proposal.Status);
    }

    [Theory]
    [InlineData(ReorganisationStatus.Adopted, "Et vedtaget forslag kan ikke trækkes tilbage.")]
    [InlineData(ReorganisationStatus.Withdrawn, "Forslaget er allerede trukket tilbage.")]
    public void Withdraw_AfterAdoptionOrWithdrawal_IsRefused(ReorganisationStatus status, string message)
    {
        var error = Assert.Throws<DomainException>(InState(status).Withdraw);

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Evaluate_AndImpact_DescribeTheAfterState()
    {
        var proposal = Draft(DissolveJaf());

        var impact = proposal.Impact(proposal.Evaluate());

        Assert.Equal("3 centre, 1 stab og 1 enhed → 3 centre og 1 stab", impact.SummarySentence());
    }

    [Fact]
    public void Projects_CanBeAddedUpdatedAndRemoved()
    {
        var proposal = Draft();

        var project = proposal.AddProject(" Kommunikation og åbenhed ", " ", new DateOnly(2010, 9, 30));
        Assert.Equal("Kommunikation og åbenhed", project.Name);
        Assert.Null(project.Owner);
        Assert.Equal(ImplementationProjectStatus.NotStarted, project.Status);
        Assert.Equal(proposal.Id, project.ProposalId);

        proposal.UpdateProject(project.Id, "Kommunikation", "HR-chefen", null, ImplementationProjectStatus.InProgress);
        Assert.Equal(("Kommunikation", "HR-chefen", (DateOnly?)null, ImplementationProjectStatus.InProgress),
            (project.Name, project.Owner, project.DueDate, project.Status));

        proposal.RemoveProject(project.Id);
        Assert.Empty(proposal.ImplementationProjects);
    }

    [Fact]
    public void Projects_OfAnAdoptedProposal_CanStillBeUpdated()
    {
        var proposal = InState(ReorganisationStatus.Adopted);

        var project = proposal.AddProject("Fysisk placering og flytning", null, null);
        proposal.UpdateProject(project.Id, project.Name, null, null, ImplementationProjectStatus.Done);

        Assert.Equal(ImplementationProjectStatus.Done, project.Status);
    }

    [Fact]
    public void Projects_OfAWithdrawnProposal_AreRefused()
    {
        var proposal = Draft();
        var project = proposal.AddProject("Mødestruktur", null, null);
        proposal.Withdraw();

        Assert.Throws<DomainException>(() => proposal.AddProject("Mødestruktur 2", null, null));
        Assert.Throws<DomainException>(() => proposal.UpdateProject(project.Id, "X", null, null, ImplementationProjectStatus.Done));
        Assert.Throws<DomainException>(() => proposal.RemoveProject(project.Id));
    }

    [Fact]
    public void Projects_WithoutNameOrUnknown_AreRefused()
    {
        var proposal = Draft();

        Assert.Equal(
            "Implementeringsprojektet skal have et navn.",
            Assert.Throws<DomainException>(() => proposal.AddProject("", null, null)).Message);
        Assert.Equal(
            "Implementeringsprojektet findes ikke.",
            Assert.Throws<DomainException>(() => proposal.RemoveProject(Guid.NewGuid())).Message);
    }

    // The organisation as an administrator corrected it after the proposal was made: Jobformidling 12,0 → 14,0 årsværk.
    private static OrganisationStructure Corrected() => Structure with
    {
        Units = Structure.Units.Select(u => u.Key == Jobformidling ? u with { Fte = 14.0m } : u).ToList(),
    };

    [Theory]
    [InlineData(ReorganisationStatus.Draft)]
    [InlineData(ReorganisationStatus.InHearing)]
    public void RebaseOn_BeforeAdoption_TakesTheCurrentOrganisationAndKeepsTheChanges(ReorganisationStatus status)
    {
        var proposal = InState(status);
        var changes = proposal.Changes;
        var current = Corrected();

        var differences = proposal.RebaseOn(current);

        Assert.Same(current, proposal.Baseline);
        Assert.Same(changes, proposal.Changes);
        Assert.Equal(status, proposal.Status);
        Assert.Equal(Jobformidling, Assert.Single(differences.Units).Key);
        Assert.True(proposal.DriftFrom(current).IsEmpty);
        Assert.Equal(19.0m, proposal.Evaluate().After.FteOfCentre(Joc)); // 14,0 + Afklaring 5,0
    }

    [Fact]
    public void DriftFrom_ACorrectedOrganisation_ListsTheCorrection()
    {
        var proposal = InState(ReorganisationStatus.InHearing);

        var unit = Assert.Single(proposal.DriftFrom(Corrected()).Units);

        Assert.Equal([OrganisationField.Fte], unit.Fields);
        Assert.Equal(12.0m, unit.Before!.Fte);
        Assert.Equal(14.0m, unit.After!.Fte);
    }

    [Fact]
    public void RebaseOn_TheSameOrganisation_KeepsTheBaseline()
    {
        var proposal = Draft(DissolveJaf());
        var copy = Structure with { Units = Structure.Units.Reverse().ToList() };

        var differences = proposal.RebaseOn(copy);

        Assert.True(differences.IsEmpty);
        Assert.Same(Structure, proposal.Baseline);
    }

    [Theory]
    [InlineData(ReorganisationStatus.Adopted, "Forslaget er vedtaget, og udgangspunktet kan ikke længere opdateres.")]
    [InlineData(ReorganisationStatus.Withdrawn, "Forslaget er trukket tilbage, og udgangspunktet kan ikke længere opdateres.")]
    public void RebaseOn_AfterAdoptionOrWithdrawal_IsRefused(ReorganisationStatus status, string message)
    {
        var proposal = InState(status);

        var error = Assert.Throws<DomainException>(() => proposal.RebaseOn(Corrected()));

        Assert.Equal(message, error.Message);
        Assert.Same(Structure, proposal.Baseline);
    }

    [Fact]
    public void RebaseOn_AnOrganisationWithoutACentreTheChangesUse_ShowsTheProblem_AndAdoptionIsRefused()
    {
        var proposal = InState(ReorganisationStatus.InHearing);
        var withoutJaf = Structure with
        {
            Centres = Structure.Centres.Where(c => c.Key != Jaf).ToList(),
            Units = Structure.Units.Where(u => u.CentreKey != Jaf).ToList(),
        };

        proposal.RebaseOn(withoutJaf);

        Assert.Single(proposal.Evaluate().Problems);
        Assert.Equal(
            "Forslaget kan ikke vedtages, før 1 problem er løst.",
            Assert.Throws<DomainException>(() => proposal.Adopt(NoHistory, null)).Message);
        Assert.Equal(ReorganisationStatus.InHearing, proposal.Status);
    }
}
