using FluentValidation;
using HojeTaastrup.Admin.Domain.Organisation;

namespace HojeTaastrup.Admin.Web.Features.Organisation;

// Input shape of the version edits, run by the edit page's forms and again by OrganisationService (so by
// the API too). The version's own methods check the business rules on save.

public sealed class DirectorateInputValidator : AbstractValidator<DirectorateInput>
{
    public DirectorateInputValidator()
    {
        RuleFor(f => f.Version).NotNull().WithMessage(OrganisationNames.MissingVersionMessage);
        RuleFor(f => f.Name).Must(OrganisationNames.HasName).WithMessage(OrganisationRules.MissingNameMessage)
            .MaximumLength(OrganisationRules.MaxNameLength).WithMessage(OrganisationRules.NameTooLongMessage).PlainText();
        RuleFor(f => f.DirectorName).MaximumLength(OrganisationRules.MaxNameLength).WithMessage("Direktørens navn må højst være 200 tegn.").PlainText();
    }
}

public sealed class CentreInputValidator : AbstractValidator<CentreInput>
{
    public CentreInputValidator()
    {
        RuleFor(f => f.Version).NotNull().WithMessage(OrganisationNames.MissingVersionMessage);
        RuleFor(f => f.Code).Must(code => OrganisationRules.IsValidCode(OrganisationRules.NormaliseCode(code)))
            .WithMessage(OrganisationRules.InvalidCodeMessage);
        RuleFor(f => f.Name).Must(OrganisationNames.HasName).WithMessage(OrganisationRules.MissingNameMessage)
            .MaximumLength(OrganisationRules.MaxNameLength).WithMessage(OrganisationRules.NameTooLongMessage).PlainText();
        RuleFor(f => f.Kind).IsInEnum().WithMessage("Vælg center, enhed eller stab.");
        RuleFor(f => f.DirectorateKey).NotNull().WithMessage("Vælg direktørområdet.");
    }
}

public sealed class UnitInputValidator : AbstractValidator<UnitInput>
{
    public UnitInputValidator()
    {
        RuleFor(f => f.Version).NotNull().WithMessage(OrganisationNames.MissingVersionMessage);
        RuleFor(f => f.Name).Must(OrganisationNames.HasName).WithMessage(OrganisationRules.MissingNameMessage)
            .MaximumLength(OrganisationRules.MaxNameLength).WithMessage(OrganisationRules.NameTooLongMessage).PlainText();
        RuleFor(f => f.CentreKey).NotNull().WithMessage("Vælg centret.");
        RuleFor(f => f.Fte).NotNull().WithMessage("Angiv årsværk.");
        RuleFor(f => f.Fte).Must(fte => OrganisationRules.IsValidFte(fte!.Value)).When(f => f.Fte is not null)
            .WithMessage(OrganisationRules.InvalidFteMessage);
        RuleFor(f => f.Payroll).NotNull().WithMessage("Angiv lønsummen i hele kroner.");
        RuleFor(f => f.Payroll).Cascade(CascadeMode.Stop).GreaterThanOrEqualTo(0).WithMessage(OrganisationRules.NegativePayrollMessage)
            .PlausibleKroner();
    }
}

// Names as the domain normalises them: the forms, the import validator and the importer compare alike.
internal static class OrganisationNames
{
    public const string MissingVersionMessage = "Angiv den version af organisationen, du har læst (version).";

    public static bool HasName(string? name) => OrganisationRules.NormaliseName(name).Length > 0;

    public static bool SameName(string? a, string? b) =>
        string.Equals(OrganisationRules.NormaliseName(a), OrganisationRules.NormaliseName(b), StringComparison.OrdinalIgnoreCase);
}
