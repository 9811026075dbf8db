using FluentValidation;
using HojeTaastrup.Admin.Web.Resources;
using HojeTaastrup.Admin.Web.Security;
using Microsoft.Extensions.Localization;

namespace HojeTaastrup.Admin.Web.Api;

public static class AuthEndpoints
{
    public sealed record TokenResponse(string Token, DateTimeOffset ExpiresAt);

    public sealed record MeResponse(string UserName, string DisplayName, IReadOnlyList<string> Roles);

    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/auth/token", IssueTokenAsync).AllowAnonymous()
            .WithName("IssueToken")
            .WithSummary("A bearer token for the API from a user name and password.")
            .Produces<TokenResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status423Locked);
        api.MapGet("/me", (System.Security.Claims.ClaimsPrincipal user) => TypedResults.Ok(new MeResponse(
            user.Identity?.Name ?? "",
            user.FindFirst(AdminClaimsPrincipalFactory.DisplayNameClaim)?.Value ?? "",
            user.FindAll(System.Security.Claims.ClaimTypes.Role).Select(c => c.Value).ToList())))
            .WithName("GetMe")
            .WithSummary("The signed-in user and their roles.")
            .Produces<MeResponse>();
    }

    private static async Task<IResult> IssueTokenAsync(
        LoginRequest request,
        IValidator<LoginRequest> validator,
        ApiTokenService tokens,
        IStringLocalizer<Account> text)
    {
        var validation = await validator.ValidateAsync(request);
        if (!validation.IsValid)
        {
            return ApiResults.Validation(validation.Errors);
        }

        var result = await tokens.IssueAsync(request.UserName, request.Password);
        return result.Failure switch
        {
            ApiTokenFailure.None => TypedResults.Ok(new TokenResponse(result.Token!.Token, result.Token.ExpiresAt)),
            ApiTokenFailure.LockedOut => TypedResults.Problem(title: "Brugeren er låst", detail: text["ApiLockedOut"], statusCode: StatusCodes.Status423Locked),
            _ => TypedResults.Problem(title: "Forkert brugernavn eller adgangskode", detail: text["ApiInvalidCredentials"], statusCode: StatusCodes.Status401Unauthorized),
        };
    }
}
