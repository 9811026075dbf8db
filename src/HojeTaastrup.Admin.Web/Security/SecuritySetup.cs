namespace HojeTaastrup.Admin.Web.Security;

public static class SecuritySetup
{
    public static IServiceCollection AddAdminSecurity(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        services.AddAuthorization(Policies.Configure);
        return services;
    }

    public static WebApplication MapAccountEndpoints(this WebApplication app) => app;
}
