using System.Security.Claims;
using HojeTaastrup.Admin.Domain.Hearings;
using HojeTaastrup.Admin.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace HojeTaastrup.Admin.Web.Features.Hearings;

// Who may do what with hearings and committees. The resource is a Hearing, a Committee, or the feature as a
// whole (HearingAccess.Hearings) before any exists.
//   read:                everyone signed in reads hearings; readers only published ones (Policies.HearingFollowers see all)
//   read the note:       published: everyone signed in; before that: the directors
//   respond (Committee): a MED member of THAT committee only: write, revise, save and read its drafts
//   manage:              directors: open hearings, register late answers, comment, publish
//   committees:          administrators: committees and their members
public sealed class HearingAccess : AuthorizationHandler<OperationAuthorizationRequirement>
{
    public static readonly OperationAuthorizationRequirement Read = new() { Name = "hearings.read" };
    public static readonly OperationAuthorizationRequirement ReadNote = new() { Name = "hearings.read-note" };
    public static readonly OperationAuthorizationRequirement Respond = new() { Name = "hearings.respond" };
    public static readonly OperationAuthorizationRequirement Manage = new() { Name = "hearings.manage" };
    public static readonly OperationAuthorizationRequirement ManageCommittees = new() { Name = "hearings.manage-committees" };

    public static readonly object Hearings = new();

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(requirement);
        if (context.Resource is not (Hearing or Committee) && !ReferenceEquals(context.Resource, Hearings))
        {
            return Task.CompletedTask;
        }

        var user = context.User;
        var signedIn = user.Identity?.IsAuthenticated == true;
        var published = context.Resource is Hearing { PublishedAt: not null };
        var allowed = requirement.Name switch
        {
            "hearings.read" => signedIn && (published || user.IsInAnyRole(Policies.HearingFollowers) || context.Resource is not Hearing),
            "hearings.read-note" => signedIn && (published || user.IsInAnyRole(Policies.HearingManagers)),
            "hearings.respond" => context.Resource is Committee committee
                && user.IsInAnyRole(Policies.HearingResponders)
                && committee.IsMember(user.FindFirstValue(ClaimTypes.NameIdentifier)),
            "hearings.manage" => user.IsInAnyRole(Policies.HearingManagers),
            "hearings.manage-committees" => user.IsInAnyRole(Policies.Administrators),
            _ => false,
        };
        if (allowed)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
