using HojeTaastrup.Admin.Domain.Organisation;
using HojeTaastrup.Admin.Web.Security;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Authorization;

namespace HojeTaastrup.Admin.Web.Features.Organisation;

// Who may change the organisation: an organisation version, or the organisation as a whole
// (OrganisationAccess.Organisation) for imports and new versions. Everyone signed in reads it.
//   edit:   administrators (edits of a version, imports, removing a mistaken version)
public sealed class OrganisationAccess : AuthorizationHandler<OperationAuthorizationRequirement>
{
    public const string ForbiddenMessage = "Kun en administrator kan ændre organisationen.";

    public static readonly OperationAuthorizationRequirement Edit = new() { Name = "organisation.edit" };

    public static readonly object Organisation = new();

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(requirement);
        var ours = context.Resource is OrganisationVersion || ReferenceEquals(context.Resource, Organisation);
        if (ours && requirement.Name == Edit.Name && context.User.IsInAnyRole(Policies.OrganisationEditors))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
