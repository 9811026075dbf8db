using HojeTaastrup.Admin.Web.Features.Reorganisation;
using HojeTaastrup.Admin.Web.Security;

namespace HojeTaastrup.Admin.Web.Api;

// ../shared/API.md: reorganisation proposals. Every route calls ReorganisationService, which checks
// roles and visibility again; the policies here make a reader's write a 403 before the body is read.
public static class ReorganisationEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var group = api.MapGroup("/reorganisations").RequireAuthorization(Policies.ViewReorganisations);

        group.MapGet("/", (ReorganisationService service, CancellationToken ct) => service.ListAsync(ct))
            .WithSummary("The proposals the user may see (drafts: directors and administrators), newest first.");
        // The body is kept while the proposal and the organisation versions it is compared with are unchanged.
        group.MapGet("/{id:guid}", async (Guid id, ReorganisationService service, KeptJson kept, CancellationToken ct) =>
                new KeptJsonResult(await kept.OfAsync(id, () => service.ViewStampAsync(id, ct), async () => (await service.GetAsync(id, ct)).View)))
            .WithSummary("One proposal with its changes, problems, impact, drift and what it refuses now (refusals).")
            .Produces<ProposalView>()
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound);

        var write = group.MapGroup("/").RequireAuthorization(Policies.EditReorganisations);
        write.MapPost("/", async (ProposalInput input, ReorganisationService service, CancellationToken ct) =>
            {
                var details = await service.CreateAsync(input, ct);
                return TypedResults.Created($"/api/v1/reorganisations/{details.View.Id}", details.View);
            })
            .WithSummary("Drafts a proposal on today's organisation: { title, purpose, effectiveDate, targets }.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        write.MapPut("/{id:guid}", async (Guid id, ProposalInput input, ReorganisationService service, CancellationToken ct) =>
                (await service.EditAsync(id, input, ct)).View)
            .WithSummary("Edits a draft's title, purpose, effective date and targets: { …, version }.")
            .ProducesWriteProblems();

        write.MapPost("/{id:guid}/changes", async (Guid id, ChangeInput input, ReorganisationService service, CancellationToken ct) =>
            {
                var (details, changeId) = await service.AddChangeAsync(id, input, ct);
                return TypedResults.Created($"/api/v1/reorganisations/{id}/changes/{changeId}", details.View);
            })
            .WithSummary("Adds one typed change to a draft: { kind, …, rationale, version }.")
            .ProducesWriteProblems();
        write.MapPut("/{id:guid}/changes/{changeId:guid}", async (
                Guid id, Guid changeId, ChangeInput input, ReorganisationService service, CancellationToken ct) =>
                (await service.ReplaceChangeAsync(id, changeId, input, ct)).View)
            .WithSummary("Replaces one change of a draft: { kind, …, rationale, version }.")
            .ProducesWriteProblems();
        write.MapDelete("/{id:guid}/changes/{changeId:guid}", async (
                Guid id, Guid changeId, long? version, ReorganisationService service, CancellationToken ct) =>
                (await service.RemoveChangeAsync(id, changeId, new VersionInput { Version = version }, ct)).View)
            .WithSummary("Removes one change of a draft (?version=).")
            .ProducesWriteProblems();
        write.MapPost("/{id:guid}/changes/{changeId:guid}/move", async (
                Guid id, Guid changeId, MoveChangeInput input, ReorganisationService service, CancellationToken ct) =>
                (await service.MoveChangeAsync(id, changeId, input, ct)).View)
            .WithSummary("Moves a change to another place in the list: { position, version }.")
            .ProducesWriteProblems();

        // The status routes take only the version the client read; an empty body is a missing version (400).
        MapStatusChange(write, "hearing", service => service.SendToHearingAsync, "Sends a draft without problems to hearing: { version }.");
        MapStatusChange(write, "adopt", service => service.AdoptAsync, "Adopts a proposal in hearing; its after-state becomes the organisation from the effective date: { version }.");
        MapStatusChange(write, "baseline", service => service.RebaseAsync, "Takes the organisation in force on the effective date as the new baseline: { version }.");
        MapStatusChange(write, "withdraw", service => service.WithdrawAsync, "Withdraws a draft or a proposal in hearing: { version }.");

        write.MapPost("/{id:guid}/projects", async (Guid id, ProjectInput input, ReorganisationService service, CancellationToken ct) =>
            {
                var (details, projectId) = await service.AddProjectAsync(id, input, ct);
                return TypedResults.Created($"/api/v1/reorganisations/{id}/projects/{projectId}", details.View);
            })
            .WithSummary("Adds an implementation project: { name, owner, dueDate, status, version }.")
            .ProducesWriteProblems();
        write.MapPut("/{id:guid}/projects/{projectId:guid}", async (
                Guid id, Guid projectId, ProjectInput input, ReorganisationService service, CancellationToken ct) =>
                (await service.UpdateProjectAsync(id, projectId, input, ct)).View)
            .WithSummary("Updates an implementation project: { name, owner, dueDate, status, version }.")
            .ProducesWriteProblems();
        write.MapDelete("/{id:guid}/projects/{projectId:guid}", async (
                Guid id, Guid projectId, long? version, ReorganisationService service, CancellationToken ct) =>
                (await service.RemoveProjectAsync(id, projectId, new VersionInput { Version = version }, ct)).View)
            .WithSummary("Removes an implementation project (?version=).")
            .ProducesWriteProblems();
    }

    private static void MapStatusChange(
        RouteGroupBuilder write,
        string action,
        Func<ReorganisationService, Func<Guid, VersionInput, CancellationToken, Task<ProposalDetails>>> useCase,
        string summary) =>
        write.MapPost($"/{{id:guid}}/{action}", async (Guid id, VersionInput? input, ReorganisationService service, CancellationToken ct) =>
                (await useCase(service)(id, input ?? new VersionInput(), ct)).View)
            .WithSummary(summary)
            .ProducesWriteProblems();
}
