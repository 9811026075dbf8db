using System.Security.Claims;
using HojeTaastrup.Admin.Web.Features;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Components.Authorization;

namespace HojeTaastrup.Admin.Web.Security;

// The signed-in user a use case acts for, one per scope: in a circuit (and its prerender) from the
// authentication state, in an API request from the request itself (ApiSetup hands it over before the endpoint
// runs). Use cases ask it about a resource and an operation (MayAsync/RequireAsync); the answers come from
// authorization handlers per feature (e.g. Features/Reorganisation/ReorganisationAccess.cs), so a rule such as
// "a MED member answers only for the committees they belong to" is one more handler, not another pattern.
public sealed class CurrentUser(AuthenticationStateProvider authentication, IAuthorizationService authorization)
{
    private ClaimsPrincipal? _requestUser;

    public async Task<ClaimsPrincipal> PrincipalAsync() =>
        _requestUser ?? (await authentication.GetAuthenticationStateAsync()).User;

    public async Task<string?> IdAsync() => (await PrincipalAsync()).FindFirstValue(ClaimTypes.NameIdentifier);

    public async Task<bool> IsInRoleAsync(string role) => (await PrincipalAsync()).IsInRole(role);

    public async Task<bool> MayAsync(object resource, OperationAuthorizationRequirement operation) =>
        (await authorization.AuthorizeAsync(await PrincipalAsync(), resource, operation)).Succeeded;

    // Refused: 403 in the API, the message on the page.
    public async Task RequireAsync(object resource, OperationAuthorizationRequirement operation, string refusal)
    {
        if (!await MayAsync(resource, operation))
        {
            throw new ForbiddenException(refusal);
        }
    }

    internal void UseRequestUser(ClaimsPrincipal user) => _requestUser = user;
}
