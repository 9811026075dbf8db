namespace HojeTaastrup.Admin.Web.Infrastructure;

public static class LocalizationSetup
{
    // TODO(shell): da-DK default, en switchable, resources.
    public static IServiceCollection AddAdminLocalization(this IServiceCollection services) => services;

    public static WebApplication UseAdminLocalization(this WebApplication app) => app;
}
