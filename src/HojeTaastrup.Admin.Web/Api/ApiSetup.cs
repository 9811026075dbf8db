using FluentValidation;
using HojeTaastrup.Admin.Web.Security;

namespace HojeTaastrup.Admin.Web.Api;

public static class ApiSetup
{
    public static IServiceCollection AddAdminApi(this IServiceCollection services)
    {
        services.AddProblemDetails();
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
            .WithTags("v1");

        AuthEndpoints.Map(api);
        OrganisationEndpoints.Map(api);
        ReorganisationEndpoints.Map(api);
        AuditEndpoints.Map(api);
        UsersEndpoints.Map(api);
        return app;
    }
}
