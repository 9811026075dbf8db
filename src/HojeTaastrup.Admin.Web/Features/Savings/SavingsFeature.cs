using FluentValidation;
using Microsoft.AspNetCore.Authorization;

namespace HojeTaastrup.Admin.Web.Features.Savings;

public static class SavingsFeature
{
    // The savings feature's use-case services, validators and access rules.
    public static IServiceCollection AddSavingsFeature(this IServiceCollection services)
    {
        services.AddSingleton<IValidator<ProgrammeInput>, ProgrammeInputValidator>();
        services.AddSingleton<IValidator<SavingsProposalInput>, SavingsProposalInputValidator>();
        services.AddSingleton<IValidator<StatusInput>, StatusInputValidator>();
        services.AddSingleton<IValidator<PhaseInInput>, PhaseInInputValidator>();
        services.AddSingleton<IValidator<CatalogueQuery>, CatalogueQueryValidator>();
        services.AddScoped<SavingsService>();
        services.AddSingleton<IAuthorizationHandler, SavingsAccess>();
        return services;
    }
}
