namespace HojeTaastrup.Admin.Web.Api;

public static class ApiSetup
{
    public static IServiceCollection AddAdminApi(this IServiceCollection services) => services;

    public static WebApplication MapAdminApi(this WebApplication app) => app;
}
