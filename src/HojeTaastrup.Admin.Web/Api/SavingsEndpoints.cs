using HojeTaastrup.Admin.Domain.Savings;
using HojeTaastrup.Admin.Web.Features.Savings;
using HojeTaastrup.Admin.Web.Security;

namespace HojeTaastrup.Admin.Web.Api;

// ../shared/API.md: savings programmes and proposals. Every route calls SavingsService, which checks roles and
// visibility again; the policies here make a reader's write a 403 before the body is read.
public static class SavingsEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        MapProgrammes(api.MapGroup("/programmes").RequireAuthorization(Policies.ViewSavings));
        MapProposals(api.MapGroup("/proposals").RequireAuthorization(Policies.ViewSavings));
    }

    private static void MapProgrammes(RouteGroupBuilder group)
    {
        group.MapGet("/", (SavingsService service, CancellationToken ct) => service.ListProgrammesAsync(ct))
            .WithSummary("The savings programmes with their targets per year and how many proposals the user may see.");
        group.MapGet("/{id:guid}", (Guid id, SavingsService service, CancellationToken ct) => service.GetProgrammeAsync(id, ct))
            .WithSummary("One programme with its proposals and honest totals per year: known sum, unknown and uncertain counts, alternatives beside, gap to the target.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{id:guid}/phase-in", (Guid id, PhaseInInput input, SavingsService service, CancellationToken ct) =>
                service.PhaseInAsync(id, input, ct))
            .WithSummary("The amounts a full-year effect gives from a start year to the programme's last year (half the first year unless fullFirstYear): { fullYearEffect, startYear, uncertain, fullFirstYear }. Saves nothing.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        var write = group.MapGroup("/").RequireAuthorization(Policies.EditProgrammes);
        write.MapPost("/", async (ProgrammeInput input, SavingsService service, CancellationToken ct) =>
            {
                var programme = await service.CreateProgrammeAsync(input, ct);
                return TypedResults.Created($"/api/v1/programmes/{programme.Id}", programme);
            })
            .WithSummary("Creates a programme: { name, description, firstYear, lastYear, targets: [{ year, amount }], tracks }; the years default to the first and last target year.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        write.MapPut("/{id:guid}", (Guid id, ProgrammeInput input, SavingsService service, CancellationToken ct) =>
                service.EditProgrammeAsync(id, input, ct))
            .WithSummary("Edits a programme: { name, description, firstYear, lastYear, targets, tracks, version }; years or tracks its proposals use cannot be removed (422).")
            .ProducesWriteProblems();

        group.MapPost("/{id:guid}/proposals", async (Guid id, SavingsProposalInput input, SavingsService service, CancellationToken ct) =>
            {
                var proposal = await service.CreateProposalAsync(id, input, ct);
                return TypedResults.Created($"/api/v1/proposals/{proposal.Id}", proposal);
            })
            .RequireAuthorization(Policies.EditSavingsProposals)
            .WithSummary("Drafts a proposal in the programme: { number, title, description, ownerCentre, responsible, category, track, amounts: [{ year, amount | null, uncertain, alternative }], milestones: [{ date, text, done }], reorganisation }.")
            .ProducesWriteProblems();
    }

    private static void MapProposals(RouteGroupBuilder group)
    {
        group.MapGet("/", (
                Guid? programme,
                SavingsStatus[]? statuses,
                string? ownerCentre,
                SavingsCategory? category,
                string? track,
                int? year,
                bool? hasUnknownAmounts,
                bool? hasOverdueMilestones,
                string? search,
                string? sortBy,
                bool? descending,
                int? page,
                int? pageSize,
                SavingsService service,
                CancellationToken ct) =>
                service.CatalogueAsync(
                    new CatalogueQuery
                    {
                        Programme = programme,
                        Statuses = [.. statuses ?? []],
                        OwnerCentre = ownerCentre,
                        Category = category,
                        Track = track,
                        Year = year,
                        HasUnknownAmounts = hasUnknownAmounts,
                        HasOverdueMilestones = hasOverdueMilestones,
                        Search = search,
                        SortBy = sortBy,
                        Descending = descending ?? false,
                        Page = page ?? 0,
                        PageSize = pageSize ?? new CatalogueQuery().PageSize,
                    },
                    ct))
            .WithSummary("The catalogue: the proposals the user may see, filtered (?programme=&statuses=&ownerCentre=&category=&track=&year=&hasUnknownAmounts=&hasOverdueMilestones=&search=), sorted (?sortBy=number|title|ownerCentre|status|category|track|amount:<year>&descending=) and paged (?page=0&pageSize=25, at most 200), with totals for all filtered rows.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id:guid}", (Guid id, SavingsService service, CancellationToken ct) => service.GetProposalAsync(id, ct))
            .WithSummary("One proposal with its amounts, milestones, earlier versions with what changed, status history, and the statuses it may move to now (nextStatuses, each with its refusal).")
            .ProducesProblem(StatusCodes.Status404NotFound);

        var write = group.MapGroup("/").RequireAuthorization(Policies.EditSavingsProposals);
        write.MapPut("/{id:guid}", (Guid id, SavingsProposalInput input, SavingsService service, CancellationToken ct) =>
                service.EditProposalAsync(id, input, ct))
            .WithSummary("Edits a proposal: the fields of the create body plus { reason, version }; after Draft a reason is required and the earlier version is kept.")
            .ProducesWriteProblems();
        write.MapPost("/{id:guid}/status", (Guid id, StatusInput? input, SavingsService service, CancellationToken ct) =>
                service.ChangeStatusAsync(id, input ?? new StatusInput(), ct))
            .WithSummary("Moves a proposal along its statuses: { status, reason, version }; a move the rules refuse is a 422 with its code.")
            .ProducesWriteProblems();
    }
}
