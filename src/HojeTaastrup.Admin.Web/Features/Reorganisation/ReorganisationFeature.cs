using FluentValidation;
using Microsoft.AspNetCore.Authorization;

namespace HojeTaastrup.Admin.Web.Features.Reorganisation;

public static class ReorganisationFeature
{
    // The reorganisation feature's use-case services.
    public static IServiceCollection AddReorganisationFeature(this IServiceCollection services)
    {
        services.AddSingleton<IValidator<ProposalInput>, ProposalInputValidator>();
        services.AddSingleton<IValidator<ChangeInput>, ChangeInputValidator>();
        services.AddSingleton<IValidator<MoveChangeInput>, MoveChangeInputValidator>();
        services.AddSingleton<IValidator<ProjectInput>, ProjectInputValidator>();
        services.AddSingleton<IValidator<VersionInput>, VersionInputValidator>();
        services.AddSingleton<KeptProposalDetails>();
        services.AddScoped<ReorganisationService>();
        services.AddSingleton<IAuthorizationHandler, ReorganisationAccess>();
        return services;
    }
}
