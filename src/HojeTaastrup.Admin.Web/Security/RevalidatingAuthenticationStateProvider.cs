using System.Security.Claims;
using HojeTaastrup.Admin.Data.Identity;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace HojeTaastrup.Admin.Web.Security;

// Re-checks an open circuit's user every few minutes, and at once when the user administration says the
// user changed (UserSessions): deleted, disabled, locked out, a changed security stamp (password or roles
// changed) or the idle timeout ends the signed-in state.
public sealed class RevalidatingAuthenticationStateProvider : RevalidatingServerAuthenticationStateProvider
{
    private readonly IServiceScopeFactory _scopeFactory;
    private readonly IOptions<IdentityOptions> _identityOptions;
    private readonly IOptions<SecurityOptions> _securityOptions;
    private readonly CircuitActivity _activity;
    private readonly TimeProvider _time;
    private readonly UserSessions _sessions;
    private IDisposable? _registration;

    public RevalidatingAuthenticationStateProvider(
        ILoggerFactory loggerFactory,
        IServiceScopeFactory scopeFactory,
        IOptions<IdentityOptions> identityOptions,
        IOptions<SecurityOptions> securityOptions,
        CircuitActivity activity,
        TimeProvider time,
        UserSessions sessions)
        : base(loggerFactory)
    {
        _scopeFactory = scopeFactory;
        _identityOptions = identityOptions;
        _securityOptions = securityOptions;
        _activity = activity;
        _time = time;
        _sessions = sessions;
        AuthenticationStateChanged += WatchUser;
    }

    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(_securityOptions.Value.RevalidationMinutes);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        var idle = _time.GetUtcNow() - _activity.LastActivityUtc;
        if (idle > TimeSpan.FromMinutes(_securityOptions.Value.IdleTimeoutMinutes))
        {
            return false;
        }

        await using var scope = _scopeFactory.CreateAsyncScope();
        var userManager = scope.ServiceProvider.GetRequiredService<UserManager<AdminUser>>();
        return await IsStillValidAsync(userManager, authenticationState.User);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            AuthenticationStateChanged -= WatchUser;
            _registration?.Dispose();
        }

        base.Dispose(disposing);
    }

    // The circuit's user is known once the host sets the authentication state (which raises the event);
    // from then on a change of that user re-validates this circuit now.
    private async void WatchUser(Task<AuthenticationState> state)
    {
        try
        {
            var userId = (await state).User.FindFirstValue(ClaimTypes.NameIdentifier);
            _registration?.Dispose();
            _registration = userId is null ? null : _sessions.Register(userId, RevalidateNowAsync);
        }
        catch (InvalidOperationException)
        {
            _registration = null;
        }
    }

    private async Task RevalidateNowAsync()
    {
        try
        {
            var state = await GetAuthenticationStateAsync();
            if (state.User.Identity?.IsAuthenticated == true && !await ValidateAuthenticationStateAsync(state, CancellationToken.None))
            {
                // The same signed-out state the periodic check sets: the router shows the sign-in redirect.
                SetAuthenticationState(Task.FromResult(new AuthenticationState(new ClaimsPrincipal(new ClaimsIdentity()))));
            }
        }
        catch (InvalidOperationException)
        {
            // The circuit has no authentication state (yet, or any more): nothing to take away.
        }
    }

    private async Task<bool> IsStillValidAsync(UserManager<AdminUser> userManager, ClaimsPrincipal principal)
    {
        var user = await userManager.GetUserAsync(principal);
        if (user is null || user.IsDisabled || await userManager.IsLockedOutAsync(user))
        {
            return false;
        }

        if (!userManager.SupportsUserSecurityStamp)
        {
            return true;
        }

        var principalStamp = principal.FindFirstValue(_identityOptions.Value.ClaimsIdentity.SecurityStampClaimType);
        var userStamp = await userManager.GetSecurityStampAsync(user);
        return principalStamp == userStamp;
    }
}
