using FluentValidation;
using HojeTaastrup.Admin.Domain.Organisation;

namespace HojeTaastrup.Admin.Web.Features.Organisation;

// The input shape of an imported organisation; the entity methods check the same rules again on save.
public sealed class OrganisationDocumentValidator : AbstractValidator<OrganisationDocument>
{
    public OrganisationDocumentValidator()
    {
        RuleFor(d => d.EffectiveFrom).NotNull().WithMessage("Angiv den dato, organisationen gælder fra.");
        RuleFor(d => d.Source).MaximumLength(500).WithMessage("Kilden må højst være 500 tegn.");

        RuleFor(d => d.Directorates).NotEmpty().WithMessage("Organisationen skal have mindst ét direktørområde.");
        RuleForEach(d => d.Directorates).NotNull().WithMessage("Der mangler en linje her.");
        RuleForEach(d => d.Directorates).ChildRules(directorate =>
        {
            directorate.RuleFor(x => x.Name).Must(OrganisationNames.HasName).WithMessage(OrganisationRules.MissingNameMessage);
            directorate.RuleFor(x => x.Name).MaximumLength(OrganisationRules.MaxNameLength).WithMessage(OrganisationRules.NameTooLongMessage);
            directorate.RuleFor(x => x.Director).MaximumLength(OrganisationRules.MaxNameLength).WithMessage("Direktørens navn må højst være 200 tegn.");
        });
        RuleForEach(d => d.Directorates).Where(x => x is not null)
            .Must((document, directorate) => Count(document.Directorates, x => OrganisationNames.SameName(x.Name, directorate.Name)) <= 1)
            .When(d => d.Directorates is not null)
            .WithMessage((_, directorate) => $"Direktørområdet {OrganisationRules.NormaliseName(directorate.Name)} står der mere end én gang.");

        RuleFor(d => d.Centres).NotEmpty().WithMessage("Organisationen skal have mindst ét center.");
        RuleForEach(d => d.Centres).NotNull().WithMessage("Der mangler en linje her.");
        RuleForEach(d => d.Centres).ChildRules(centre =>
        {
            centre.RuleFor(x => x.Code).Must(code => OrganisationRules.IsValidCode(OrganisationRules.NormaliseCode(code)))
                .WithMessage(OrganisationRules.InvalidCodeMessage);
            centre.RuleFor(x => x.Name).Must(OrganisationNames.HasName).WithMessage(OrganisationRules.MissingNameMessage);
            centre.RuleFor(x => x.Name).MaximumLength(OrganisationRules.MaxNameLength).WithMessage(OrganisationRules.NameTooLongMessage);
            centre.RuleFor(x => x.Kind).Must(kind => CentreKindNames.Parse(kind) is not null)
                .WithMessage("Typen skal være center, enhed eller stab.");
        });
        RuleForEach(d => d.Centres).Where(x => x is not null)
            .Must((document, centre) => Count(document.Centres, x => SameCode(x.Code, centre.Code)) <= 1)
            .When(d => d.Centres is not null)
            .WithMessage((_, centre) => $"Koden {OrganisationRules.NormaliseCode(centre.Code)} bruges af mere end ét center.");
        RuleForEach(d => d.Centres).Where(x => x is not null)
            .Must((document, centre) => document.Directorates?.Any(x => x is not null && OrganisationNames.SameName(x.Name, centre.Directorate)) == true)
            .When(d => d.Centres is not null)
            .WithMessage((_, centre) => $"Direktørområdet '{OrganisationRules.NormaliseName(centre.Directorate)}' findes ikke i organisationen.");

        RuleForEach(d => d.Units).NotNull().WithMessage("Der mangler en linje her.");
        RuleForEach(d => d.Units).ChildRules(unit =>
        {
            unit.RuleFor(x => x.Name).Must(OrganisationNames.HasName).WithMessage(OrganisationRules.MissingNameMessage);
            unit.RuleFor(x => x.Name).MaximumLength(OrganisationRules.MaxNameLength).WithMessage(OrganisationRules.NameTooLongMessage);
            unit.RuleFor(x => x.Fte).NotNull().WithMessage("Angiv årsværk.");
            unit.RuleFor(x => x.Fte).Must(fte => OrganisationRules.IsValidFte(fte!.Value)).When(x => x.Fte is not null)
                .WithMessage(OrganisationRules.InvalidFteMessage);
            unit.RuleFor(x => x.Payroll).NotNull().WithMessage("Angiv lønsummen i hele kroner.");
            unit.RuleFor(x => x.Payroll).GreaterThanOrEqualTo(0).WithMessage(OrganisationRules.NegativePayrollMessage);
            unit.RuleFor(x => x.Id).Must(id => Guid.TryParse(id, out _)).When(x => !string.IsNullOrWhiteSpace(x.Id))
                .WithMessage("Id skal være et id, som organisationen har givet afdelingen, eller udelades.");
        });
        RuleForEach(d => d.Units).Where(x => x is not null)
            .Must((document, unit) => document.Centres?.Any(x => x is not null && SameCode(x.Code, unit.Centre)) == true)
            .When(d => d.Units is not null)
            .WithMessage((_, unit) => $"Centret '{OrganisationRules.NormaliseName(unit.Centre)}' findes ikke i organisationen.");
        RuleForEach(d => d.Units).Where(x => x is not null)
            .Must((document, unit) => Count(document.Units, x => SameCode(x.Centre, unit.Centre) && OrganisationNames.SameName(x.Name, unit.Name)) <= 1)
            .When(d => d.Units is not null)
            .WithMessage((_, unit) => $"Centret {OrganisationRules.NormaliseCode(unit.Centre)} har mere end én afdeling med navnet {OrganisationRules.NormaliseName(unit.Name)}.");
        RuleForEach(d => d.Units).Where(x => x is not null)
            .Must((document, unit) => string.IsNullOrWhiteSpace(unit.Id) || Count(document.Units, x => OrganisationNames.SameName(x.Id, unit.Id)) <= 1)
            .When(d => d.Units is not null)
            .WithMessage((_, unit) => $"Id {OrganisationRules.NormaliseName(unit.Id)} står ved mere end én afdeling.");
    }

    private static bool SameCode(string? a, string? b) =>
        string.Equals(OrganisationRules.NormaliseCode(a), OrganisationRules.NormaliseCode(b), StringComparison.Ordinal);

    private static int Count<T>(IReadOnlyList<T>? items, Func<T, bool> predicate)
        where T : class => items?.Count(x => x is not null && predicate(x)) ?? 0;
}
