using FluentValidation;

namespace HojeTaastrup.Admin.Web.Features.Organisation;

public static class OrganisationFeature
{
    // The organisation feature's use-case services.
    public static IServiceCollection AddOrganisationFeature(this IServiceCollection services)
    {
        services.AddScoped<OrganisationReader>();
        services.AddScoped<OrganisationImporter>();
        services.AddScoped<OrganisationEditor>();
        services.AddSingleton<IValidator<OrganisationDocument>, OrganisationDocumentValidator>();
        services.AddSingleton<IValidator<DirectorateForm>, DirectorateFormValidator>();
        services.AddSingleton<IValidator<CentreForm>, CentreFormValidator>();
        services.AddSingleton<IValidator<UnitForm>, UnitFormValidator>();
        return services;
    }
}
