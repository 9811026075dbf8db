namespace HojeTaastrup.Admin.Web.Features.Reorganisation;

public static class ReorganisationFeature
{
    // The reorganisation feature's use-case services.
    public static IServiceCollection AddReorganisationFeature(this IServiceCollection services) => services;
}
