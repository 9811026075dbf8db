using System.Globalization;
using HojeTaastrup.Admin.Domain.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace HojeTaastrup.Admin.Web.Api;

// Marks an endpoint that takes text/csv besides JSON: the document declares that body as text, not as the JSON schema.
public sealed class CsvBodyMetadata;

// Keeps /openapi/v1.json true for every endpoint, present and future, without per-endpoint work:
// the bearer scheme, an operationId, and the error answers that the API's shared filters and
// handlers can give (problem details), so that a client and the robustness test can rely on them.
public static class OpenApiTransformers
{
    public const string BearerScheme = "Bearer";

    public static OpenApiOptions AddAdminOpenApiTransformers(this OpenApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddSchemaTransformer((schema, context, _) =>
        {
            // Money is whole kroner as a JSON integer (MoneyJsonConverter); the generator cannot see through the converter.
            // Money? too: the first use of Money the generator meets may be a nullable one (an unknown amount), and it names the component.
            if (context.JsonTypeInfo.Type == typeof(Money) || context.JsonTypeInfo.Type == typeof(Money?))
            {
                schema.Type = JsonSchemaType.Integer;
                schema.Format = "int64";
                schema.Description ??= "Hele kroner.";
            }

            return Task.CompletedTask;
        });
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Description ??= "HTTP-API'et til HojeTaastrup.Admin. Fejl er problem details (RFC 7807) med danske tekster.";

            // The server is whatever host serves the document; a URL taken from one request misleads everyone else.
            document.Servers = [new OpenApiServer { Url = "/", Description = "Den vært, der serverer dette dokument." }];
            foreach (var tag in document.Tags ?? new HashSet<OpenApiTag>())
            {
                tag.Description ??= tag.Name == "v1" ? "Version 1 af API'et." : $"{tag.Name}: se README og docs/architecture.md.";
            }

            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "Token fra POST /api/v1/auth/token, sendt som Authorization: Bearer <token>.",
            };
            return Task.CompletedTask;
        });
        options.AddOperationTransformer(async (operation, context, cancellationToken) =>
        {
            var description = context.Description;
            var metadata = description.ActionDescriptor.EndpointMetadata;
            var method = description.HttpMethod ?? "GET";
            var path = "/" + (description.RelativePath ?? string.Empty);

            operation.OperationId ??= OperationId(method, path);
            operation.Responses ??= [];
            operation.Summary ??= Sentence(operation.OperationId);
            var problem = await ComponentAsync(context, typeof(ProblemDetails), cancellationToken);
            var validation = await ComponentAsync(context, typeof(HttpValidationProblemDetails), cancellationToken);

            if (metadata.OfType<CsvBodyMetadata>().Any() && operation.RequestBody is OpenApiRequestBody body)
            {
                body.Content ??= new Dictionary<string, OpenApiMediaType>();
                body.Content["text/csv"] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
            }

            var anonymous = metadata.OfType<IAllowAnonymous>().Any();
            if (anonymous)
            {
                // Says "no token needed" explicitly, rather than leaving it to be guessed.
                operation.Security = [new OpenApiSecurityRequirement()];
            }
            else
            {
                operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, context.Document)] = [] }];
                Add(operation, StatusCodes.Status401Unauthorized, "Ikke logget ind, eller tokenet er udløbet eller brugeren spærret.", problem);
                Add(operation, StatusCodes.Status403Forbidden, "Rollen giver ikke adgang.", problem);
            }

            var hasInput = operation.RequestBody is not null || operation.Parameters is { Count: > 0 };
            if (hasInput)
            {
                Add(operation, StatusCodes.Status400BadRequest, "Oplysningerne er ikke gyldige; errors nævner feltet.", validation);
            }

            if (path.Contains('{', StringComparison.Ordinal))
            {
                Add(operation, StatusCodes.Status404NotFound, "Findes ikke.", problem);
            }

            if (method is "POST" or "PUT" or "DELETE" && !anonymous)
            {
                Add(operation, StatusCodes.Status409Conflict, "Ændret af en anden (forældet version).", problem);
                Add(operation, StatusCodes.Status422UnprocessableEntity, "En regel afviste handlingen; detail siger hvorfor.", problem);
            }

            if (operation.RequestBody is not null)
            {
                Add(operation, StatusCodes.Status415UnsupportedMediaType, "Indholdstypen understøttes ikke.", problem);
            }

            Add(operation, StatusCodes.Status414RequestUriTooLong, "Adressen er for lang.", problem);
            Add(operation, StatusCodes.Status500InternalServerError, "Uventet fejl; traceId identificerer den i loggen.", problem);
        });
        return options;
    }

    // The shared problem schemas by reference, so that the document states them once.
    private static async Task<IOpenApiSchema> ComponentAsync(OpenApiOperationTransformerContext context, Type type, CancellationToken cancellationToken)
    {
        var name = type.Name;
        var document = context.Document!;
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        if (!document.Components.Schemas.ContainsKey(name))
        {
            document.Components.Schemas[name] = await context.GetOrCreateSchemaAsync(type, null, cancellationToken);
        }

        return new OpenApiSchemaReference(name, document);
    }

    // "AddUnit" → "Add unit".
    private static string Sentence(string? operationId)
    {
        var words = System.Text.RegularExpressions.Regex.Split(operationId ?? "Operation", "(?<=[a-z0-9])(?=[A-Z])");
        return string.Join(' ', words.Select((w, i) => i == 0 ? w : w.ToLowerInvariant())) + ".";
    }

    private static void Add(OpenApiOperation operation, int status, string description, IOpenApiSchema schema)
    {
        var key = status.ToString(CultureInfo.InvariantCulture);
        if (operation.Responses!.ContainsKey(key))
        {
            return;
        }

        operation.Responses[key] = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new() { Schema = schema } },
        };
    }

    // "DELETE /api/v1/organisation/versions/{versionId}" → "DeleteOrganisationVersionsByVersionId".
    private static string OperationId(string method, string path)
    {
        var words = path.Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Where(part => part is not ("api" or "v1"))
            .Select(part => part.StartsWith('{')
                ? "By" + Pascal(part.Trim('{', '}').Split(':')[0])
                : Pascal(part));
        return Pascal(method.ToLowerInvariant()) + string.Concat(words);
    }

    private static string Pascal(string word) =>
        string.Concat(word.Split('-', '_', '.').Where(w => w.Length > 0).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
}
