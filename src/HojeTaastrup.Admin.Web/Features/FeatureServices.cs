using HojeTaastrup.Admin.Web.Features.Administration;

namespace HojeTaastrup.Admin.Web.Features;

public static class FeatureServices
{
    // Each feature registers its use-case services here.
    public static IServiceCollection AddAdminFeatures(this IServiceCollection services)
    {
        services.AddScoped<UserDirectory>();
        return services;
    }
}
