using HojeTaastrup.Admin.Domain.Reorganisation;
using HojeTaastrup.Admin.Web.Security;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Authorization;

namespace HojeTaastrup.Admin.Web.Features.Reorganisation;

// Who may do what with reorganisation proposals. The resource is a proposal, or the feature as a whole
// (ReorganisationAccess.Proposals) when there is no proposal yet (creating, the list's drafts).
//   read:   everyone signed in, drafts only the directors and administrators
//   edit:   the directors (create, change, send to hearing, adopt, withdraw, projects)
public sealed class ReorganisationAccess : AuthorizationHandler<OperationAuthorizationRequirement>
{
    public static readonly OperationAuthorizationRequirement Read = new() { Name = "reorganisation.read" };
    public static readonly OperationAuthorizationRequirement ReadDrafts = new() { Name = "reorganisation.read-drafts" };
    public static readonly OperationAuthorizationRequirement Edit = new() { Name = "reorganisation.edit" };

    // The feature itself, for the checks that come before any proposal exists.
    public static readonly object Proposals = new();

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(requirement);
        if (context.Resource is not ReorganisationProposal && !ReferenceEquals(context.Resource, Proposals))
        {
            return Task.CompletedTask;
        }

        var user = context.User;
        var seesDrafts = user.IsInAnyRole(Policies.DraftReaders);
        var allowed = requirement.Name switch
        {
            "reorganisation.read" => user.Identity?.IsAuthenticated == true
                && (seesDrafts || context.Resource is not ReorganisationProposal { Status: ReorganisationStatus.Draft }),
            "reorganisation.read-drafts" => seesDrafts,
            "reorganisation.edit" => user.IsInAnyRole(Policies.ReorganisationEditors),
            _ => false,
        };
        if (allowed)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
