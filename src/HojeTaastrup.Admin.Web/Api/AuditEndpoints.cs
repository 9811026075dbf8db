using FluentValidation.Results;
using HojeTaastrup.Admin.Web.Features.Audit;

namespace HojeTaastrup.Admin.Web.Api;

public static class AuditEndpoints
{
    public sealed record AuditChangeResponse(string Field, string? Before, string? After);

    public sealed record AuditRecordResponse(DateTimeOffset At, string User, string Action, IReadOnlyList<AuditChangeResponse> Changes);

    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/audit", HistoryAsync)
            .WithName("GetAuditHistory")
            .WithSummary("The history of one entity: who changed what, when (oldest first).")
            .Produces<IReadOnlyList<AuditRecordResponse>>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> HistoryAsync(string? entity, string? id, AuditLog log, CancellationToken cancellationToken)
    {
        var missing = new List<ValidationFailure>();
        if (string.IsNullOrWhiteSpace(entity))
        {
            missing.Add(new ValidationFailure("entity", "Angiv hvilken type (entity), fx ReorganisationProposal."));
        }

        if (string.IsNullOrWhiteSpace(id))
        {
            missing.Add(new ValidationFailure("id", "Angiv id."));
        }

        if (missing.Count > 0)
        {
            return ApiResults.Validation(missing);
        }

        var history = await log.HistoryAsync(entity!, id!, cancellationToken);
        return TypedResults.Ok(history
            .Select(r => new AuditRecordResponse(
                r.AtUtc,
                r.UserName,
                r.Action.ToString(),
                r.Changes.Select(c => new AuditChangeResponse(c.Field, c.Before, c.After)).ToList()))
            .ToList());
    }
}
