using HojeTaastrup.Admin.Data.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace HojeTaastrup.Admin.Web.Security;

public sealed record ApiToken(string Token, DateTimeOffset ExpiresAt);

public enum ApiTokenFailure
{
    None,
    InvalidCredentials,
    LockedOut,
}

public sealed record ApiTokenResult(ApiToken? Token, ApiTokenFailure Failure);

// Issues the same opaque, data-protected bearer tokens that ASP.NET Core's bearer handler validates,
// in the response shape of ../shared/API.md ({ token, expiresAt }).
public sealed class ApiTokenService(
    UserManager<AdminUser> userManager,
    SignInManager<AdminUser> signInManager,
    IOptionsMonitor<BearerTokenOptions> bearerOptions,
    TimeProvider time)
{
    // A password hash of nobody's password: verified when no real hash is, so that every answer costs
    // one hash verification and the time does not tell whether a user name exists (or is locked, disabled).
    private static readonly Lazy<string> DecoyHash = new(() => new PasswordHasher<AdminUser>().HashPassword(new AdminUser(), Guid.NewGuid().ToString()));

    // Every refusal takes at least this long: a wrong password also writes the failed-attempt count,
    // which the decoy hash alone does not cost, and a machine under load stretches the difference.
    public static readonly TimeSpan RefusalFloor = TimeSpan.FromMilliseconds(400);

    public async Task<ApiTokenResult> IssueAsync(string userName, string password)
    {
        var started = time.GetTimestamp();
        var result = await CheckAsync(userName, password);
        if (result.Failure != ApiTokenFailure.None && RefusalFloor - time.GetElapsedTime(started) is { Ticks: > 0 } rest)
        {
            await Task.Delay(rest, time);
        }

        return result;
    }

    private async Task<ApiTokenResult> CheckAsync(string userName, string password)
    {
        var user = await userManager.FindByNameAsync(userName);
        if (user is null)
        {
            SpendDecoyHash(password);
            return new ApiTokenResult(null, ApiTokenFailure.InvalidCredentials);
        }

        var check = await signInManager.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (check.IsLockedOut || check.IsNotAllowed)
        {
            // Refused before the password was checked.
            SpendDecoyHash(password);
        }

        if (check.IsLockedOut)
        {
            return new ApiTokenResult(null, ApiTokenFailure.LockedOut);
        }

        if (!check.Succeeded)
        {
            return new ApiTokenResult(null, ApiTokenFailure.InvalidCredentials);
        }

        var options = bearerOptions.Get(IdentityConstants.BearerScheme);
        var principal = await signInManager.CreateUserPrincipalAsync(user);
        var now = time.GetUtcNow();
        var expiresAt = now + options.BearerTokenExpiration;
        var properties = new AuthenticationProperties { IssuedUtc = now, ExpiresUtc = expiresAt };
        var ticket = new AuthenticationTicket(principal, properties, IdentityConstants.BearerScheme);
        var token = options.BearerTokenProtector.Protect(ticket);
        return new ApiTokenResult(new ApiToken(token, expiresAt), ApiTokenFailure.None);
    }

    private void SpendDecoyHash(string password) =>
        _ = userManager.PasswordHasher.VerifyHashedPassword(new AdminUser(), DecoyHash.Value, password);
}
