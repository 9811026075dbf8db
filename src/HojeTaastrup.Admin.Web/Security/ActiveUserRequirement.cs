using System.Security.Claims;
using HojeTaastrup.Admin.Data.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace HojeTaastrup.Admin.Web.Security;

// API tokens live up to an hour; this makes a disabled user, a reset password or changed roles
// (a new security stamp) take effect on the next API call.
public sealed class ActiveUserRequirement : IAuthorizationRequirement;

public sealed class ActiveUserHandler(UserManager<AdminUser> userManager, IOptions<IdentityOptions> identityOptions)
    : AuthorizationHandler<ActiveUserRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, ActiveUserRequirement requirement)
    {
        var user = await userManager.GetUserAsync(context.User);
        if (user is null || user.IsDisabled || await userManager.IsLockedOutAsync(user))
        {
            return;
        }

        var stamp = context.User.FindFirstValue(identityOptions.Value.ClaimsIdentity.SecurityStampClaimType);
        if (stamp == await userManager.GetSecurityStampAsync(user))
        {
            context.Succeed(requirement);
        }
    }
}
