using FluentValidation;

namespace HojeTaastrup.Admin.Web.Features.Administration;

public static class AdministrationFeature
{
    // Scoped validators: they use Identity's error describer (Danish texts), which Identity registers scoped.
    public static IServiceCollection AddAdministrationFeature(this IServiceCollection services)
    {
        services.AddScoped<IValidator<CreateUserInput>, CreateUserInputValidator>();
        services.AddScoped<IValidator<EditUserInput>, EditUserInputValidator>();
        services.AddScoped<IValidator<PasswordInput>, PasswordInputValidator>();
        services.AddScoped<IValidator<UserVersionInput>, UserVersionInputValidator>();
        services.AddScoped<UserService>();
        return services;
    }
}
