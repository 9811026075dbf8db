using FluentValidation;
using HojeTaastrup.Admin.Web.Security;

namespace HojeTaastrup.Admin.Web.Api;

public static class ApiSetup
{
    public static IServiceCollection AddAdminApi(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context => DanishDefaults(context.ProblemDetails));
        services.AddExceptionHandler<ApiErrorHandler>();
        // Unreadable bodies and parameters throw, so that ApiErrorHandler can name the field.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddOpenApi("v1", options => options.AddAdminOpenApiTransformers());
        services.ConfigureHttpJsonOptions(options =>
            options.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        services.AddSingleton<IValidator<LoginRequest>, LoginRequestValidator>();
        services.AddSingleton<KeptJson>();
        return services;
    }

    public static WebApplication MapAdminApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();

        // Bearer tokens only: the group's policy names the bearer scheme, so a browser cookie is ignored here.
        var api = app.MapGroup("/api/v1")
            .RequireAuthorization(Policies.Api)
            .AddEndpointFilter<ApiExceptionFilter>()
            .AddEndpointFilter<RequestUserFilter>()
            .WithTags("v1");

        AuthEndpoints.Map(api);
        OrganisationEndpoints.Map(api);
        ReorganisationEndpoints.Map(api);
        SavingsEndpoints.Map(api);
        AuditEndpoints.Map(api);
        UsersEndpoints.Map(api);
        SavingsExchangeEndpoints.Map(api);
        HearingEndpoints.Map(api);
        RealisationEndpoints.Map(api);
        return app;
    }

    // Answers the framework writes without a text of ours (a missing or malformed parameter, a wrong
    // method, no token) get a Danish title and a detail a person can act on.
    public static void DanishDefaults(Microsoft.AspNetCore.Mvc.ProblemDetails problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        if (problem is HttpValidationProblemDetails)
        {
            if (problem.Title is null || problem.Title.StartsWith("One or more", StringComparison.Ordinal))
            {
                problem.Title = "Oplysningerne er ikke gyldige";
            }

            return;
        }

        (string Title, string Detail)? text = problem.Status switch
        {
            StatusCodes.Status400BadRequest => ("Forespørgslen er ikke gyldig", "En parameter mangler eller har forkert form (fx version=, en dato som 2010-10-01 eller et id). Se /openapi/v1.json."),
            StatusCodes.Status401Unauthorized => ("Ikke logget ind", "Send et gyldigt token som Authorization: Bearer <token>; hent det med POST /api/v1/auth/token."),
            StatusCodes.Status403Forbidden => ("Ingen adgang", "Din rolle giver ikke adgang til denne handling."),
            StatusCodes.Status404NotFound => ("Findes ikke", "Adressen findes ikke i API'et."),
            StatusCodes.Status405MethodNotAllowed => ("Metoden er ikke tilladt", "Adressen findes, men ikke med denne HTTP-metode."),
            StatusCodes.Status413PayloadTooLarge => ("Indholdet er for stort", "Forespørgslen fylder mere, end API'et tager imod."),
            StatusCodes.Status414RequestUriTooLong => ("Adressen er for lang", "Adressen med parametre fylder mere, end API'et tager imod."),
            StatusCodes.Status415UnsupportedMediaType => ("Indholdstypen understøttes ikke", "Send indholdet som JSON (Content-Type: application/json)."),
            StatusCodes.Status423Locked => ("Brugeren er låst", "For mange forkerte forsøg. Prøv igen senere."),
            StatusCodes.Status500InternalServerError => ("Der opstod en uventet fejl", "Fejlen er logget. Oplys traceId, hvis du kontakter support."),
            _ => null,
        };
        if (text is not { } danish)
        {
            return;
        }

        // A title we set ourselves is Danish already; the framework's defaults are English.
        if (problem.Title is null || IsEnglishDefault(problem.Title, problem.Status))
        {
            problem.Title = danish.Title;
        }

        problem.Detail ??= danish.Detail;
    }

    private static bool IsEnglishDefault(string title, int? status) =>
        status is { } code && (title == Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(code)
            || title.StartsWith("An error occurred", StringComparison.Ordinal));

    // The longest address the API reads; Kestrel's own limit is raised above it (Program.cs), so that
    // a longer one gets this problem details answer instead of Kestrel's empty 414.
    public const int MaxUrlLength = 8 * 1024;

    public static IApplicationBuilder UseAdminApiErrors(this IApplicationBuilder api)
    {
        api.UseExceptionHandler();
        api.UseStatusCodePages();
        api.Use(async (context, next) =>
        {
            var length = context.Request.Path.Value?.Length + context.Request.QueryString.Value?.Length;
            if (length > MaxUrlLength)
            {
                context.Response.StatusCode = StatusCodes.Status414RequestUriTooLong;
                await context.RequestServices.GetRequiredService<IProblemDetailsService>()
                    .WriteAsync(new ProblemDetailsContext { HttpContext = context });
                return;
            }

            await next(context);
        });
        return api;
    }
}
