using FluentValidation;
using HojeTaastrup.Admin.Web.Security;

namespace HojeTaastrup.Admin.Web.Api;

public static class ApiSetup
{
    public static IServiceCollection AddAdminApi(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context => DanishDefaults(context.ProblemDetails));
        services.AddOpenApi("v1");
        services.ConfigureHttpJsonOptions(options =>
            options.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        services.AddSingleton<IValidator<LoginRequest>, LoginRequestValidator>();
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
        AuditEndpoints.Map(api);
        UsersEndpoints.Map(api);
        return app;
    }

    // Answers the framework writes without a text of ours (a missing or malformed parameter, a wrong
    // method, no token) get a Danish title and a detail a person can act on.
    public static void DanishDefaults(Microsoft.AspNetCore.Mvc.ProblemDetails problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        if (problem.Detail is not null || problem is HttpValidationProblemDetails)
        {
            return;
        }

        (string Title, string Detail)? text = problem.Status switch
        {
            StatusCodes.Status400BadRequest => ("Forespørgslen er ikke gyldig", "En parameter mangler eller har forkert form (fx version=, en dato som 2010-10-01 eller et id). Se /openapi/v1.json."),
            StatusCodes.Status401Unauthorized => ("Ikke logget ind", "Send et gyldigt token som Authorization: Bearer <token>; hent det med POST /api/v1/auth/token."),
            StatusCodes.Status403Forbidden => ("Ingen adgang", "Din rolle giver ikke adgang til denne handling."),
            StatusCodes.Status404NotFound => ("Findes ikke", "Adressen findes ikke i API'et."),
            StatusCodes.Status405MethodNotAllowed => ("Metoden er ikke tilladt", "Adressen findes, men ikke med denne HTTP-metode."),
            StatusCodes.Status415UnsupportedMediaType => ("Indholdstypen understøttes ikke", "Send indholdet som JSON (Content-Type: application/json)."),
            _ => null,
        };
        if (text is { } danish)
        {
            problem.Title = danish.Title;
            problem.Detail = danish.Detail;
        }
    }
}
