using System.Text.Json;
using FluentValidation.Results;

namespace HojeTaastrup.Admin.Web.Api;

public static class ApiResults
{
    public const string ConflictDetail = "Der er ændret i data, siden du hentede dem. Hent dem igen og gentag din ændring.";

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
}
