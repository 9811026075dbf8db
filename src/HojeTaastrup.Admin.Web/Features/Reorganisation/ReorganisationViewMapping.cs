using HojeTaastrup.Admin.Domain.Organisation;
using HojeTaastrup.Admin.Domain.Reorganisation;
using HojeTaastrup.Admin.Web.Features.Organisation;

namespace HojeTaastrup.Admin.Web.Features.Reorganisation;

internal static class ReorganisationViewMapping
{
    // inForce: the organisation version in force on the proposal's effective date, if any; timeline: the
    // organisation's history, which adoption may only add to (what the proposal refuses is the proposal's call).
    public static ProposalDetails Details(ReorganisationProposal proposal, OrganisationSnapshot? inForce, OrganisationTimeline timeline)
    {
        var outcome = proposal.Evaluate();
        var adoptionRefusal = proposal.AdoptionRefusal(outcome, timeline, inForce?.ToInForce());
        var impact = proposal.Impact(outcome);
        var problems = outcome.Problems.Select(Problem).ToList();
        var descriptions = new ChangeDescriptions(proposal.Baseline, proposal.Changes);
        var changes = proposal.Changes
            .Select((change, index) => ChangeMapping.Fill(
                new ChangeView
                {
                    Id = change.Id,
                    Number = index + 1,
                    Description = descriptions.Describe(change),
                    Problems = problems.Where(p => p.ChangeId == change.Id).ToList(),
                },
                change))
            .ToList();
        var view = new ProposalView(
            proposal.Id,
            proposal.Title,
            proposal.Purpose,
            proposal.EffectiveDate,
            proposal.Status,
            proposal.TargetCentreCount,
            proposal.TargetYearlySaving,
            proposal.Version,
            changes,
            problems,
            Impact(impact, proposal.Baseline, outcome.After),
            proposal.ImplementationProjects
                .OrderBy(p => p.DueDate ?? DateOnly.MaxValue)
                .ThenBy(p => p.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("da-DK"), ignoreCase: true))
                .Select(p => new ProjectView(p.Id, p.Name, p.Owner, p.DueDate, p.Status))
                .ToList(),
            Drift(proposal, inForce),
            new ProposalRefusals(proposal.EditRefusal, proposal.HearingRefusal(outcome), adoptionRefusal, proposal.WithdrawalRefusal, proposal.ProjectsRefusal),
            proposal.TargetCentreCountReached(impact));
        return new ProposalDetails(view, proposal.Baseline, outcome, impact, proposal.Changes);
    }

    public static ProposalSummary Summary(ReorganisationProposal proposal)
    {
        var outcome = proposal.Evaluate();
        var impact = proposal.Impact(outcome);
        return new ProposalSummary(
            proposal.Id,
            proposal.Title,
            proposal.Status,
            proposal.EffectiveDate,
            impact.SummarySentence(),
            impact.CountsBefore,
            impact.CountsAfter,
            proposal.Changes.Count,
            outcome.Problems.Count,
            proposal.Version);
    }

    private static BaselineDriftView? Drift(ReorganisationProposal proposal, OrganisationSnapshot? inForce)
    {
        if (inForce is null || proposal.Status is ReorganisationStatus.Adopted or ReorganisationStatus.Withdrawn)
        {
            return null;
        }

        var current = inForce.Structure;
        var differences = proposal.DriftFrom(current);
        return differences.IsEmpty
            ? null
            : new BaselineDriftView(inForce.Header.EffectiveFrom, inForce.Header.Source, DriftDescriptions.Describe(differences, proposal.Baseline, current));
    }

    private static ProblemView Problem(ReorganisationProblem p) => new(p.ChangeId, p.ChangeNumber, p.Code, p.Message, p.Centre, p.Unit);

    private static ImpactView Impact(ReorganisationImpact impact, OrganisationStructure before, OrganisationStructure after) => new(
        impact.CountsBefore.Centres,
        impact.CountsAfter.Centres,
        impact.CountsBefore.Staffs,
        impact.CountsAfter.Staffs,
        impact.CountsBefore.UnitCentres,
        impact.CountsAfter.UnitCentres,
        impact.UnitsBefore,
        impact.UnitsAfter,
        impact.SummarySentence(),
        impact.FteBefore,
        impact.FteAfter,
        impact.PayrollBefore,
        impact.PayrollAfter,
        impact.Centres
            .OrderBy(c => c.IsCreated ? 1 : 0)
            .ThenBy(c => (c.Before ?? c.After)!.Code, StringComparer.Ordinal)
            .Select(c => new CentreImpactView(
                c.Key,
                c.Code,
                c.Name,
                (c.After ?? c.Before)!.Kind,
                c switch
                {
                    { IsCreated: true } => CentreChange.Created,
                    { IsRemoved: true } => CentreChange.Removed,
                    { IsChanged: true } => CentreChange.Changed,
                    _ => CentreChange.Unchanged,
                },
                c.FteBefore,
                c.FteAfter,
                c.PayrollBefore,
                c.PayrollAfter))
            .ToList(),
        impact.UnitsMoved.Select(m => new UnitMoveView(m.Unit, m.Name, m.FromCode, m.ToCode)).ToList(),
        impact.CentresCreated.Select(c => new CentreRefView(c.Key, c.Code, c.Name)).ToList(),
        impact.CentresRemoved.Select(c => new CentreRefView(c.Key, c.Code, c.Name)).ToList(),
        impact.CentresRenamed.Select(r => new CentreRenameView(r.Centre, r.OldCode, r.OldName, r.NewCode, r.NewName)).ToList(),
        impact.DirectorateMoves.Select(m => new DirectorateMoveView(m.Centre, m.Code, m.FromName, m.ToName)).ToList(),
        impact.UnitsCreated.Select(u => new UnitRefView(u.Key, u.Name, after.FindCentre(u.CentreKey)?.Code ?? "", u.Fte)).ToList(),
        impact.UnitsRemoved.Select(u => new UnitRefView(u.Key, u.Name, before.FindCentre(u.CentreKey)?.Code ?? "", u.Fte)).ToList());
}
