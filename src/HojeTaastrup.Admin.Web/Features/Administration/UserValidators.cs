using FluentValidation;
using HojeTaastrup.Admin.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace HojeTaastrup.Admin.Web.Features.Administration;

// Input shape, checked by the forms and again by UserService (so by the API too), with the Danish texts
// of Identity's error describer and the password rules of the Identity options, so that a form, the API
// and Identity itself never disagree. Whether a user name is free needs the database: UserService.

public sealed class CreateUserInputValidator : AbstractValidator<CreateUserInput>
{
    public CreateUserInputValidator(IOptions<IdentityOptions> identityOptions, IdentityErrorDescriber describer)
    {
        ArgumentNullException.ThrowIfNull(identityOptions);
        ArgumentNullException.ThrowIfNull(describer);
        var allowed = identityOptions.Value.User.AllowedUserNameCharacters;
        // Stop at the first failure: the later rules read the name, which may be missing (null in JSON).
        RuleFor(x => x.UserName).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("Angiv et brugernavn.")
            .MaximumLength(UserRules.MaxNameLength).WithMessage($"Brugernavnet må højst være {UserRules.MaxNameLength} tegn.")
            .Must(name => string.IsNullOrEmpty(allowed) || name.All(allowed.Contains))
            .WithMessage(x => describer.InvalidUserName(x.UserName).Description);
        UserRules.DisplayName(this, x => x.DisplayName);
        UserRules.Password(this, x => x.Password, identityOptions.Value.Password, describer);
        UserRules.RoleIds(this, x => x.Roles, describer);
    }
}

public sealed class EditUserInputValidator : AbstractValidator<EditUserInput>
{
    public EditUserInputValidator(IdentityErrorDescriber describer)
    {
        ArgumentNullException.ThrowIfNull(describer);
        UserRules.DisplayName(this, x => x.DisplayName);
        UserRules.RoleIds(this, x => x.Roles, describer);
        RuleFor(x => x.Version).NotNull().WithMessage(UserRules.MissingVersion);
    }
}

public sealed class PasswordInputValidator : AbstractValidator<PasswordInput>
{
    public PasswordInputValidator(IOptions<IdentityOptions> identityOptions, IdentityErrorDescriber describer)
    {
        ArgumentNullException.ThrowIfNull(identityOptions);
        ArgumentNullException.ThrowIfNull(describer);
        UserRules.Password(this, x => x.Password, identityOptions.Value.Password, describer);
        RuleFor(x => x.Version).NotNull().WithMessage(UserRules.MissingVersion);
    }
}

public sealed class UserVersionInputValidator : AbstractValidator<UserVersionInput>
{
    public UserVersionInputValidator() =>
        RuleFor(x => x.Version).NotNull().WithMessage(UserRules.MissingVersion);
}

internal static class UserRules
{
    public const int MaxNameLength = 256;
    public const string MissingVersion = "Angiv den version af brugeren, du har hentet (version).";

    public static void DisplayName<T>(AbstractValidator<T> validator, System.Linq.Expressions.Expression<Func<T, string>> field) =>
        validator.RuleFor(field).NotEmpty().WithMessage("Angiv brugerens navn.")
            .MaximumLength(MaxNameLength).WithMessage($"Navnet må højst være {MaxNameLength} tegn.");

    // The same rules as Identity's PasswordValidator, from the same options, in Danish.
    public static void Password<T>(
        AbstractValidator<T> validator, System.Linq.Expressions.Expression<Func<T, string>> field, PasswordOptions options, IdentityErrorDescriber describer)
    {
        var rule = validator.RuleFor(field).NotEmpty().WithMessage("Angiv en adgangskode.")
            .MinimumLength(options.RequiredLength).WithMessage(describer.PasswordTooShort(options.RequiredLength).Description)
            .Must(p => p is null || p.Distinct().Count() >= options.RequiredUniqueChars)
            .WithMessage(describer.PasswordRequiresUniqueChars(options.RequiredUniqueChars).Description);
        if (options.RequireDigit)
        {
            rule.Must(p => p is null || p.Any(char.IsAsciiDigit)).WithMessage(describer.PasswordRequiresDigit().Description);
        }

        if (options.RequireLowercase)
        {
            rule.Must(p => p is null || p.Any(char.IsLower)).WithMessage(describer.PasswordRequiresLower().Description);
        }

        if (options.RequireUppercase)
        {
            rule.Must(p => p is null || p.Any(char.IsUpper)).WithMessage(describer.PasswordRequiresUpper().Description);
        }

        if (options.RequireNonAlphanumeric)
        {
            rule.Must(p => p is null || p.Any(c => !char.IsAsciiLetterOrDigit(c))).WithMessage(describer.PasswordRequiresNonAlphanumeric().Description);
        }
    }

    public static void RoleIds<T>(AbstractValidator<T> validator, System.Linq.Expressions.Expression<Func<T, List<string>>> field, IdentityErrorDescriber describer) =>
        validator.RuleFor(field)
            .Must(roles => roles is { Count: > 0 }).WithMessage("Vælg mindst én rolle.")
            .Must(roles => roles is null || roles.All(r => Roles.All.Contains(r, StringComparer.Ordinal)))
            .WithMessage((_, roles) => describer.InvalidRoleName(roles?.FirstOrDefault(r => !Roles.All.Contains(r, StringComparer.Ordinal))).Description);
}
