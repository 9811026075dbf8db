using System.Security.Claims;
using HojeTaastrup.Admin.Data.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace HojeTaastrup.Admin.Web.Security;

// API tokens live up to an hour; this makes a disabled user, a reset password or changed roles
// (a new security stamp) take effect on the next API call.
public sealed class ActiveUserRequirement : IAuthorizationRequirement;

// The user is read through ActiveUsers, which keeps it a few seconds and forgets it when it changes; the user
// manager (and with it a database context) is only asked for when it must read.
public sealed class ActiveUserHandler(ActiveUsers activeUsers, IServiceProvider services, IOptions<IdentityOptions> identityOptions, TimeProvider time)
    : AuthorizationHandler<ActiveUserRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, ActiveUserRequirement requirement)
    {
        var claims = identityOptions.Value.ClaimsIdentity;
        if (context.User.FindFirstValue(claims.UserIdClaimType) is not { } userId)
        {
            return;
        }

        var user = await activeUsers.GetAsync(userId, async () =>
            await services.GetRequiredService<UserManager<AdminUser>>().FindByIdAsync(userId) is { } found ? ActiveUserState.Of(found) : null);
        if (user is not null && user.Accepts(context.User.FindFirstValue(claims.SecurityStampClaimType), time.GetUtcNow()))
        {
            context.Succeed(requirement);
        }
    }
}
