using HojeTaastrup.Admin.Domain.Savings;
using HojeTaastrup.Admin.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace HojeTaastrup.Admin.Web.Features.Savings;

// Who may do what with savings programmes and proposals. The resource is a proposal or a programme, or the
// feature as a whole (SavingsAccess.Savings) when there is none yet (creating, the lists' drafts).
//   read:              everyone signed in: every programme, and the proposals that have left Draft
//   read drafts:       administrators, directors and finance (Policies.SavingsDraftReaders)
//   edit programmes:   directors and finance (name, years, targets, tracks)
//   edit proposals:    the directors (create, edit, move along the statuses)
public sealed class SavingsAccess : AuthorizationHandler<OperationAuthorizationRequirement>
{
    public static readonly OperationAuthorizationRequirement Read = new() { Name = "savings.read" };
    public static readonly OperationAuthorizationRequirement ReadDrafts = new() { Name = "savings.read-drafts" };
    public static readonly OperationAuthorizationRequirement EditProgrammes = new() { Name = "savings.edit-programmes" };
    public static readonly OperationAuthorizationRequirement EditProposals = new() { Name = "savings.edit-proposals" };

    // The feature itself, for the checks that come before any programme or proposal exists.
    public static readonly object Savings = new();

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(requirement);
        if (context.Resource is not (SavingsProposal or SavingsProgramme) && !ReferenceEquals(context.Resource, Savings))
        {
            return Task.CompletedTask;
        }

        var user = context.User;
        var seesDrafts = user.IsInAnyRole(Policies.SavingsDraftReaders);
        var allowed = requirement.Name switch
        {
            "savings.read" => user.Identity?.IsAuthenticated == true
                && (seesDrafts || context.Resource is not SavingsProposal { Status: SavingsStatus.Draft }),
            "savings.read-drafts" => seesDrafts,
            "savings.edit-programmes" => user.IsInAnyRole(Policies.ProgrammeEditors),
            "savings.edit-proposals" => user.IsInAnyRole(Policies.SavingsProposalEditors),
            _ => false,
        };
        if (allowed)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
