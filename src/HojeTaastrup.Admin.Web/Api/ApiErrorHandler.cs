using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;

namespace HojeTaastrup.Admin.Web.Api;

// What the endpoint filter cannot catch, because it happens before the endpoint runs (a body or a
// parameter that cannot be read) or is a fault of ours: for the API always problem details, a 400
// naming the field, and for anything unexpected a 500 with the trace id, never the HTML error page.
public sealed partial class ApiErrorHandler(IProblemDetailsService problems, ILogger<ApiErrorHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (!httpContext.Request.Path.StartsWithSegments("/api"))
        {
            return false;
        }

        if (exception is OperationCanceledException && httpContext.RequestAborted.IsCancellationRequested)
        {
            // The client has gone: nobody reads an answer, and the work was stopped on purpose.
            logger.LogInformation("API request {Path} cancelled by the client", httpContext.Request.Path);
            httpContext.Response.StatusCode = 499;
            return true;
        }

        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        httpContext.Response.StatusCode = bad.StatusCode;
        if (bad.StatusCode != StatusCodes.Status400BadRequest)
        {
            return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, Exception = exception });
        }

        var errors = FieldErrors(bad);
        var problem = new HttpValidationProblemDetails(errors)
        {
            Title = "Oplysningerne er ikke gyldige",
            Status = StatusCodes.Status400BadRequest,
            Detail = "Et felt eller en parameter kunne ikke læses. Se errors og /openapi/v1.json.",
        };
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    internal static Dictionary<string, string[]> FieldErrors(BadHttpRequestException bad)
    {
        if (bad.InnerException is JsonException json)
        {
            return UnreadableJson(json);
        }

        var bind = FailedBind().Match(bad.Message);
        if (bind.Success)
        {
            return new() { [bind.Groups["name"].Value] = [$"Værdien '{Shorten(bind.Groups["value"].Value)}' kan ikke læses som {TypeText(bind.Groups["type"].Value)}."] };
        }

        var required = RequiredParameter().Match(bad.Message);
        if (required.Success)
        {
            var name = required.Groups["name"].Value;
            return required.Groups["source"].Value.Contains("body", StringComparison.OrdinalIgnoreCase)
                ? new() { ["body"] = ["Der blev ikke sendt noget indhold. Send oplysningerne som JSON."] }
                : new() { [name] = [$"Parameteren {name} skal angives."] };
        }

        return bad.Message.Contains("body", StringComparison.OrdinalIgnoreCase)
            ? new() { ["body"] = ["Indholdet kunne ikke læses. Send det som JSON (Content-Type: application/json)."] }
            : new() { ["request"] = ["Forespørgslen kunne ikke læses."] };
    }

    // "$.units[3].payroll" → "units[3].payroll": the same keys as a validation error of that field.
    public static Dictionary<string, string[]> UnreadableJson(JsonException json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var path = json.Path is { Length: > 2 } p && p.StartsWith("$.", StringComparison.Ordinal) ? p[2..] : "body";
        return new() { [path] = ["Værdien kan ikke læses: den har forkert type eller form, er for stor, eller er ikke en af de tilladte værdier."] };
    }

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";

    private static string TypeText(string type) => type.TrimEnd('?') switch
    {
        "DateOnly" => "en dato (åååå-mm-dd)",
        "Guid" => "et id",
        "long" or "int" => "et helt tal",
        "decimal" => "et tal",
        "bool" => "sand/falsk",
        _ => "den ventede type",
    };

    [GeneratedRegex("^Failed to bind parameter \"(?<type>[^ \"]+) (?<name>[^\"]+)\" from \"(?<value>.*)\"\\.$", RegexOptions.Singleline)]
    private static partial Regex FailedBind();

    [GeneratedRegex("^Required parameter \"(?<type>[^ \"]+) (?<name>[^\"]+)\" was not provided from (?<source>.+)\\.$", RegexOptions.Singleline)]
    private static partial Regex RequiredParameter();
}
