using FluentValidation;
using HojeTaastrup.Admin.Web.Resources;
using Microsoft.Extensions.Localization;

namespace HojeTaastrup.Admin.Web.Security;

// The sign-in form and POST /api/v1/auth/token share this model and its rules.
public sealed class LoginRequest
{
    public string UserName { get; set; } = "";

    public string Password { get; set; } = "";
}

public sealed class LoginRequestValidator : AbstractValidator<LoginRequest>
{
    public LoginRequestValidator(IStringLocalizer<Account> text)
    {
        RuleFor(x => x.UserName).NotEmpty().WithMessage(_ => text["UserNameRequired"]);
        RuleFor(x => x.Password).NotEmpty().WithMessage(_ => text["PasswordRequired"]);
    }
}
