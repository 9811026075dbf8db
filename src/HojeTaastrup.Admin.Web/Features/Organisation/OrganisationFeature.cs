namespace HojeTaastrup.Admin.Web.Features.Organisation;

public static class OrganisationFeature
{
    // The organisation feature's use-case services.
    public static IServiceCollection AddOrganisationFeature(this IServiceCollection services) => services;
}
