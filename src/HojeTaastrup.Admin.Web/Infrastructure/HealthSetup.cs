namespace HojeTaastrup.Admin.Web.Infrastructure;

public static class HealthSetup
{
    // TODO(shell): /health/live and /health/ready (database).
    public static IServiceCollection AddAdminHealthChecks(this IServiceCollection services) => services;

    public static WebApplication MapAdminHealthChecks(this WebApplication app) => app;
}
