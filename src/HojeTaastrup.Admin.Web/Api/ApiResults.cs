using System.Text.Json;
using FluentValidation.Results;
using HojeTaastrup.Admin.Web.Features;

namespace HojeTaastrup.Admin.Web.Api;

public static class ApiResults
{
    public const string ConflictDetail = UseCaseFailure.ConflictMessage;

    public static IResult Failure(UseCaseFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return failure.Kind switch
        {
            UseCaseFailureKind.Invalid => Validation(failure.Errors),
            UseCaseFailureKind.Refused => TypedResults.Problem(title: "Handlingen blev afvist", detail: failure.Message,
                statusCode: StatusCodes.Status422UnprocessableEntity,
                extensions: failure.Code is null ? null : new Dictionary<string, object?> { ["code"] = failure.Code }),
            UseCaseFailureKind.NotFound => TypedResults.Problem(title: "Findes ikke", detail: failure.Message, statusCode: StatusCodes.Status404NotFound),
            UseCaseFailureKind.Forbidden => TypedResults.Problem(title: "Ingen adgang", detail: failure.Message, statusCode: StatusCodes.Status403Forbidden),
            _ => Conflict(),
        };
    }

    // 400 with errors keyed by the JSON (camelCase) path of the field: "changes[0].newCode".
    public static IResult Validation(IEnumerable<ValidationFailure> failures)
    {
        var errors = failures
            .GroupBy(f => JsonPath(f.PropertyName))
            .ToDictionary(g => g.Key, g => g.Select(f => f.ErrorMessage).Distinct().ToArray());
        return TypedResults.ValidationProblem(errors, title: "Oplysningerne er ikke gyldige");
    }

    public static IResult Conflict() =>
        TypedResults.Problem(title: "Ændret af en anden", detail: ConflictDetail, statusCode: StatusCodes.Status409Conflict);

    public static string JsonPath(string propertyPath) =>
        string.Join('.', propertyPath.Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName));

    // What every write that edits an existing thing may answer besides success (API.md): bad input, unknown
    // id, a stale version, a rule that refused.
    public static RouteHandlerBuilder ProducesWriteProblems(this RouteHandlerBuilder builder) =>
        builder.ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
