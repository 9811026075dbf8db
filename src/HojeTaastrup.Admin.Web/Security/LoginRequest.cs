using FluentValidation;
using HojeTaastrup.Admin.Web.Features;
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
        // A user name is stored text: no control characters (PostgreSQL refuses NUL outright), and no
        // longer than Identity's column.
        RuleFor(x => x.UserName).NotEmpty().WithMessage(_ => text["UserNameRequired"])
            .MaximumLength(256).WithMessage(_ => text["UserNameRequired"])
            .PlainText();
        RuleFor(x => x.Password).NotEmpty().WithMessage(_ => text["PasswordRequired"]);
    }
}
