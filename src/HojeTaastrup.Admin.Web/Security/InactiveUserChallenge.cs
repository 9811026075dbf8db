using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace HojeTaastrup.Admin.Web.Security;

// A token of a user who was disabled, or whose password or roles changed, no longer signs anybody in:
// that is 401 (get a new token), not 403 (wrong role), although the token itself still decrypts.
public sealed class InactiveUserChallenge : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        ArgumentNullException.ThrowIfNull(authorizeResult);
        var inactive = authorizeResult.Forbidden
            && authorizeResult.AuthorizationFailure?.FailedRequirements.OfType<ActiveUserRequirement>().Any() == true;
        return _default.HandleAsync(next, context, policy, inactive ? PolicyAuthorizationResult.Challenge() : authorizeResult);
    }
}
