using HojeTaastrup.Admin.Web.Features.Administration;
using HojeTaastrup.Admin.Web.Security;

namespace HojeTaastrup.Admin.Web.Api;

// ../shared/API.md: user administration, Administrator only. Every route calls UserService, which checks
// the role again; the policy makes another role's call a 403 before the body is read.
public static class UsersEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var group = api.MapGroup("/users").RequireAuthorization(Policies.Administer).WithTags("users");

        group.MapGet("/", (UserService service, CancellationToken ct) => service.ListAsync(ct))
            .WithSummary("All users with their roles, status and MED committees ({ id, name }).");
        group.MapGet("/{id}", (string id, UserService service, CancellationToken ct) => service.GetAsync(id, ct))
            .WithSummary("One user.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/", async (CreateUserInput input, UserService service, CancellationToken ct) =>
            {
                var created = await service.CreateAsync(input, ct);
                return TypedResults.Created($"/api/v1/users/{created.Id}", created);
            })
            .WithSummary("Creates a user: { userName, displayName, password, roles, committees: [committee id] (optional) }.")
            .ProducesValidationProblem();
        group.MapPut("/{id}", (string id, EditUserInput input, UserService service, CancellationToken ct) =>
                service.EditAsync(id, input, ct))
            .WithSummary("Changes display name, roles and MED committees: { displayName, roles, committees (null or missing = unchanged, [] = none), version }.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        // An empty body is a missing version (400), like the reorganisation status routes.
        group.MapPost("/{id}/disable", (string id, UserVersionInput? input, UserService service, CancellationToken ct) =>
                service.DisableAsync(id, input ?? new UserVersionInput(), ct))
            .WithSummary("Disables the user; their tokens and open pages stop working at once: { version }.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapPost("/{id}/enable", (string id, UserVersionInput? input, UserService service, CancellationToken ct) =>
                service.EnableAsync(id, input ?? new UserVersionInput(), ct))
            .WithSummary("Enables a disabled user: { version }.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id}/password", (string id, PasswordInput input, UserService service, CancellationToken ct) =>
                service.ResetPasswordAsync(id, input, ct))
            .WithSummary("Sets a new password; the user's tokens and open pages stop working: { password, version }.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
