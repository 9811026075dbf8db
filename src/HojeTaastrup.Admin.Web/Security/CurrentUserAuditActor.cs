using System.Security.Claims;
using HojeTaastrup.Admin.Data.Auditing;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace HojeTaastrup.Admin.Web.Security;

// The signed-in user as the audit log records it: from the request (API, static pages) or, inside a
// circuit where there is no HttpContext, from the circuit's authentication state.
public sealed class CurrentUserAuditActor(IHttpContextAccessor httpContextAccessor, CircuitUser circuitUser) : IAuditActor
{
    public string? UserId => Principal?.FindFirstValue(ClaimTypes.NameIdentifier);

    public string UserName => Principal?.Identity?.Name ?? SystemAuditActor.Instance.UserName;

    private ClaimsPrincipal? Principal
    {
        get
        {
            var user = httpContextAccessor.HttpContext?.User;
            return user?.Identity?.IsAuthenticated == true ? user : circuitUser.Principal;
        }
    }
}

// The user of this circuit, kept up to date as the authentication state changes (revalidation, idle timeout).
public sealed class CircuitUser
{
    public ClaimsPrincipal? Principal { get; set; }
}

public sealed class CircuitUserHandler(CircuitUser circuitUser, AuthenticationStateProvider authentication) : CircuitHandler, IDisposable
{
    public override async Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        circuitUser.Principal = (await authentication.GetAuthenticationStateAsync()).User;
        authentication.AuthenticationStateChanged += OnChanged;
    }

    public void Dispose() => authentication.AuthenticationStateChanged -= OnChanged;

    private async void OnChanged(Task<AuthenticationState> state)
    {
        try
        {
            circuitUser.Principal = (await state).User;
        }
        catch (InvalidOperationException)
        {
            circuitUser.Principal = null;
        }
    }
}
