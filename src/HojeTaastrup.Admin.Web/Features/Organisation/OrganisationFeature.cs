using FluentValidation;
using Microsoft.AspNetCore.Authorization;

namespace HojeTaastrup.Admin.Web.Features.Organisation;

public static class OrganisationFeature
{
    // The organisation feature's use-case services and the validators they and the forms run.
    public static IServiceCollection AddOrganisationFeature(this IServiceCollection services)
    {
        services.AddSingleton<OrganisationSnapshots>();
        services.AddScoped<OrganisationService>();
        services.AddScoped<OrganisationImportService>();
        services.AddSingleton<IAuthorizationHandler, OrganisationAccess>();
        services.AddSingleton<IValidator<OrganisationImportInput>, OrganisationImportInputValidator>();
        services.AddSingleton<IValidator<DirectorateInput>, DirectorateInputValidator>();
        services.AddSingleton<IValidator<CentreInput>, CentreInputValidator>();
        services.AddSingleton<IValidator<UnitInput>, UnitInputValidator>();
        return services;
    }
}
