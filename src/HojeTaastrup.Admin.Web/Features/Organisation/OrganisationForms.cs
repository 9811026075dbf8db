using FluentValidation;
using HojeTaastrup.Admin.Domain.Organisation;

namespace HojeTaastrup.Admin.Web.Features.Organisation;

// What an administrator types when adding or editing part of an organisation version. The same
// classes are the API's request bodies; Version is the organisation version's `version` as read.
public sealed class DirectorateForm
{
    public long Version { get; set; }

    public string Name { get; set; } = "";

    public string DirectorName { get; set; } = "";
}

public sealed class CentreForm
{
    public long Version { get; set; }

    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public CentreKind Kind { get; set; } = CentreKind.Centre;

    public Guid? DirectorateKey { get; set; }
}

public sealed class UnitForm
{
    public long Version { get; set; }

    public string Name { get; set; } = "";

    public Guid? CentreKey { get; set; }

    public decimal? Fte { get; set; }

    public long? Payroll { get; set; }
}

public sealed class DirectorateFormValidator : AbstractValidator<DirectorateForm>
{
    public DirectorateFormValidator()
    {
        RuleFor(f => f.Name).Must(OrganisationNames.HasName).WithMessage(OrganisationRules.MissingNameMessage)
            .MaximumLength(OrganisationRules.MaxNameLength).WithMessage(OrganisationRules.NameTooLongMessage).PlainText();
        RuleFor(f => f.DirectorName).MaximumLength(OrganisationRules.MaxNameLength).WithMessage("Direktørens navn må højst være 200 tegn.").PlainText();
    }
}

public sealed class CentreFormValidator : AbstractValidator<CentreForm>
{
    public CentreFormValidator()
    {
        RuleFor(f => f.Code).Must(code => OrganisationRules.IsValidCode(OrganisationRules.NormaliseCode(code)))
            .WithMessage(OrganisationRules.InvalidCodeMessage);
        RuleFor(f => f.Name).Must(OrganisationNames.HasName).WithMessage(OrganisationRules.MissingNameMessage)
            .MaximumLength(OrganisationRules.MaxNameLength).WithMessage(OrganisationRules.NameTooLongMessage).PlainText();
        RuleFor(f => f.Kind).IsInEnum().WithMessage("Vælg center, enhed eller stab.");
        RuleFor(f => f.DirectorateKey).NotNull().WithMessage("Vælg direktørområdet.");
    }
}

public sealed class UnitFormValidator : AbstractValidator<UnitForm>
{
    public UnitFormValidator()
    {
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
    public static bool HasName(string? name) => OrganisationRules.NormaliseName(name).Length > 0;

    public static bool SameName(string? a, string? b) =>
        string.Equals(OrganisationRules.NormaliseName(a), OrganisationRules.NormaliseName(b), StringComparison.OrdinalIgnoreCase);
}
