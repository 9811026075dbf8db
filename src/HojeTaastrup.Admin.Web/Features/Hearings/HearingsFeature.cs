using FluentValidation;
using Microsoft.AspNetCore.Authorization;

namespace HojeTaastrup.Admin.Web.Features.Hearings;

public static class HearingsFeature
{
    // The hearings feature's use-case services, validators and access rules.
    public static IServiceCollection AddHearingsFeature(this IServiceCollection services)
    {
        services.AddSingleton<IValidator<CommitteeInput>, CommitteeInputValidator>();
        services.AddSingleton<IValidator<MemberInput>, MemberInputValidator>();
        services.AddSingleton<IValidator<HearingInput>, HearingInputValidator>();
        services.AddSingleton<IValidator<ResponseInput>, ResponseInputValidator>();
        services.AddSingleton<IValidator<LateResponseInput>, LateResponseInputValidator>();
        services.AddSingleton<IValidator<CommentInput>, CommentInputValidator>();
        services.AddSingleton<IValidator<PublishInput>, PublishInputValidator>();
        services.AddScoped<HearingService>();
        services.AddScoped<CommitteeService>();
        services.AddSingleton<IAuthorizationHandler, HearingAccess>();
        return services;
    }
}
