using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization.Policy;

namespace HojeTaastrup.Admin.Web.Security;

// A token of a disabled, locked or re-stamped user is no longer a valid sign-in: 401 (sign in again),
// not 403 ("your role does not allow this"), which would tell the client to stop trying another role.
public sealed class ActiveUserResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(authorizeResult);
        if (authorizeResult.Forbidden
            && authorizeResult.AuthorizationFailure?.FailedRequirements.OfType<ActiveUserRequirement>().Any() == true)
        {
            await context.ChallengeAsync(Microsoft.AspNetCore.Identity.IdentityConstants.BearerScheme);
            return;
        }

        await _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
