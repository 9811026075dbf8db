using FluentValidation;
using Microsoft.AspNetCore.Authorization;

namespace HojeTaastrup.Admin.Web.Features.Realisation;

public static class RealisationFeature
{
    // The realisation feature's use-case services, validators and access rules.
    public static IServiceCollection AddRealisationFeature(this IServiceCollection services)
    {
        services.AddSingleton<IValidator<RealisationEntryInput>, RealisationEntryInputValidator>();
        services.AddSingleton<IValidator<RebaselineInput>, RebaselineInputValidator>();
        services.AddSingleton<IValidator<ForecastInput>, ForecastInputValidator>();
        services.AddSingleton<IValidator<CoverMeasureInput>, CoverMeasureInputValidator>();
        services.AddSingleton<IValidator<CoverRealisedInput>, CoverRealisedInputValidator>();
        services.AddSingleton<IValidator<FollowUpInput>, FollowUpInputValidator>();
        services.AddSingleton<IValidator<InvestmentInput>, InvestmentInputValidator>();
        services.AddSingleton<IValidator<DisbursementInput>, DisbursementInputValidator>();
        services.AddSingleton<IValidator<EntryQuery>, EntryQueryValidator>();
        services.AddScoped<RealisationService>();
        services.AddScoped<RealisationExchangeService>();
        services.AddSingleton<IAuthorizationHandler, RealisationAccess>();
        return services;
    }
}
