using FluentValidation;
using HojeTaastrup.Admin.Domain.Organisation;
using HojeTaastrup.Admin.Domain.Reorganisation;

namespace HojeTaastrup.Admin.Web.Features.Reorganisation;

// Input shape, checked by the forms and again by ReorganisationService (so by the API too). Whether a
// change makes sense against the organisation is the planner's business: it reports problems, and a
// proposal with problems may still be saved. Messages are Danish, like the domain's.

public sealed class ProposalInputValidator : AbstractValidator<ProposalInput>
{
    public ProposalInputValidator()
    {
        RuleFor(x => x.Title).NotEmpty().WithMessage("Forslaget skal have en titel.")
            .MaximumLength(200).WithMessage("Titlen må højst være 200 tegn.").PlainText();
        RuleFor(x => x.Purpose).MaximumLength(4000).WithMessage("Formålet må højst være 4000 tegn.").PlainText();
        RuleFor(x => x.EffectiveDate).NotNull().WithMessage("Angiv den dato, den nye organisation gælder fra.").PlausibleDay();
        RuleFor(x => x.TargetCentreCount).GreaterThanOrEqualTo(1).WithMessage("Målet for antal centre skal være mindst 1.");
        RuleFor(x => x.TargetYearlySaving).Cascade(CascadeMode.Stop).GreaterThanOrEqualTo(0).WithMessage("Den årlige besparelse kan ikke være negativ.").PlausibleKroner();
    }
}

public sealed class ChangeInputValidator : AbstractValidator<ChangeInput>
{
    private const string ChooseCentre = "Vælg et center.";
    private const string ChooseUnit = "Vælg en afdeling.";
    private const string ChooseDirectorate = "Vælg et direktørområde.";

    public ChangeInputValidator()
    {
        RuleFor(x => x.Kind).Must(k => ChangeMapping.Kinds.Contains(k)).WithMessage("Vælg hvilken slags ændring det er.");
        RuleFor(x => x.Rationale).MaximumLength(2000).WithMessage("Begrundelsen må højst være 2000 tegn.").PlainText();
        foreach (var name in new System.Linq.Expressions.Expression<Func<ChangeInput, string?>>[] { x => x.NewName, x => x.Name })
        {
            RuleFor(name).MaximumLength(OrganisationRules.MaxNameLength).WithMessage(OrganisationRules.NameTooLongMessage).PlainText();
        }

        foreach (var code in new System.Linq.Expressions.Expression<Func<ChangeInput, string?>>[] { x => x.Centre, x => x.SurvivingCentre, x => x.ToCentre })
        {
            RuleFor(code).MaximumLength(OrganisationRules.MaxCodeLength).WithMessage(OrganisationRules.InvalidCodeMessage);
        }

        RuleForEach(x => x.Centres).MaximumLength(OrganisationRules.MaxCodeLength).WithMessage(OrganisationRules.InvalidCodeMessage);
        RuleForEach(x => x.Destinations).Must(d => d.Value is { Length: <= OrganisationRules.MaxCodeLength }).WithMessage(OrganisationRules.InvalidCodeMessage);
        RuleFor(x => x.Fte).PlausibleFte();
        RuleFor(x => x.Payroll).PlausibleKroner();
        RuleForEach(x => x.Sources).ChildRules(source => source.RuleFor(s => s.Fte).PlausibleFte());

        When(x => x.Kind == nameof(MergeCentres), () =>
        {
            RuleFor(x => x.Centres).Must(c => c is not null && c.Where(code => !string.IsNullOrWhiteSpace(code)).Distinct(StringComparer.OrdinalIgnoreCase).Count() >= 2)
                .WithMessage("Vælg mindst to centre, der lægges sammen.");
            NewCode(x => x.NewCode, required: true);
            RuleFor(x => x.NewName).NotEmpty().WithMessage("Angiv navnet på det sammenlagte center.");
        });
        When(x => x.Kind == nameof(DissolveCentre), () =>
            RuleFor(x => x.Centre).NotEmpty().WithMessage("Vælg det center, der nedlægges."));
        When(x => x.Kind == nameof(CreateCentre), () =>
        {
            NewCode(x => x.Code, required: true);
            RuleFor(x => x.Name).NotEmpty().WithMessage("Angiv navnet på det nye center.");
            RuleFor(x => x.CentreKind).IsInEnum().WithMessage("Vælg center, enhed eller stab.");
            RuleFor(x => x.Directorate).NotEmpty().When(x => x.DirectorateName is null).WithMessage(ChooseDirectorate);
        });
        When(x => x.Kind == nameof(RenameCentre), () =>
        {
            RuleFor(x => x.Centre).NotEmpty().WithMessage(ChooseCentre);
            RuleFor(x => x.NewName).NotEmpty().WithMessage("Angiv det nye navn.");
            NewCode(x => x.NewCode, required: false);
        });
        When(x => x.Kind == nameof(MoveUnit), () =>
        {
            RuleFor(x => x.Unit).NotEmpty().WithMessage(ChooseUnit);
            RuleFor(x => x.ToCentre).NotEmpty().WithMessage("Vælg det center, afdelingen flyttes til.");
        });
        When(x => x.Kind == nameof(SplitUnit), () =>
        {
            RuleFor(x => x.Unit).NotEmpty().WithMessage(ChooseUnit);
            Fte(x => x.Fte);
            RuleFor(x => x.NewName).NotEmpty().WithMessage("Angiv navnet på den nye afdeling.");
            RuleFor(x => x.ToCentre).NotEmpty().WithMessage("Vælg det center, den nye afdeling skal høre til.");
            RuleFor(x => x.Payroll).GreaterThanOrEqualTo(0).WithMessage(OrganisationRules.NegativePayrollMessage);
        });
        When(x => x.Kind == nameof(CreateUnit), () =>
        {
            RuleFor(x => x.Centre).NotEmpty().WithMessage("Vælg det center, den nye afdeling skal høre til.");
            RuleFor(x => x.Name).NotEmpty().WithMessage("Angiv navnet på den nye afdeling.");
            RuleFor(x => x.Sources).NotEmpty().WithMessage("Vælg mindst én afdeling, der afgiver årsværk.");
            RuleForEach(x => x.Sources).ChildRules(source =>
            {
                source.RuleFor(s => s.Unit).NotEmpty().WithMessage(ChooseUnit);
                source.RuleFor(s => s.Fte).NotNull().WithMessage("Angiv årsværk.")
                    .GreaterThan(0).WithMessage("Årsværk skal være større end 0.")
                    .Must(f => f is null || decimal.Round(f.Value, 1) == f.Value).WithMessage("Årsværk må højst have én decimal.");
            });
        });
        When(x => x.Kind == nameof(ChangeDirectorate), () =>
        {
            RuleFor(x => x.Centre).NotEmpty().WithMessage(ChooseCentre);
            RuleFor(x => x.Directorate).NotEmpty().When(x => x.DirectorateName is null).WithMessage(ChooseDirectorate);
        });
    }

    private void NewCode(System.Linq.Expressions.Expression<Func<ChangeInput, string?>> field, bool required)
    {
        if (required)
        {
            RuleFor(field).NotEmpty().WithMessage("Angiv en kode.");
        }

        RuleFor(field)
            .Must(code => OrganisationRules.IsValidCode(OrganisationRules.NormaliseCode(code)))
            .When(x => !string.IsNullOrWhiteSpace(field.Compile()(x)))
            .WithMessage(OrganisationRules.InvalidCodeMessage);
    }

    private void Fte(System.Linq.Expressions.Expression<Func<ChangeInput, decimal?>> field) =>
        RuleFor(field).NotNull().WithMessage("Angiv årsværk.")
            .GreaterThan(0).WithMessage("Årsværk skal være større end 0.")
            .Must(f => f is null || decimal.Round(f.Value, 1) == f.Value).WithMessage("Årsværk må højst have én decimal.");
}

public sealed class MoveChangeInputValidator : AbstractValidator<MoveChangeInput>
{
    public MoveChangeInputValidator() =>
        RuleFor(x => x.Position).GreaterThanOrEqualTo(1).WithMessage("Pladsen tælles fra 1.");
}

public sealed class ProjectInputValidator : AbstractValidator<ProjectInput>
{
    public ProjectInputValidator()
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage("Implementeringsprojektet skal have et navn.")
            .MaximumLength(OrganisationRules.MaxNameLength).WithMessage(OrganisationRules.NameTooLongMessage).PlainText();
        RuleFor(x => x.Owner).MaximumLength(OrganisationRules.MaxNameLength).WithMessage("Den ansvarlige må højst være 200 tegn.").PlainText();
        RuleFor(x => x.DueDate).PlausibleDay();
        RuleFor(x => x.Status).IsInEnum().WithMessage("Vælg en status.");
    }
}

public sealed class VersionInputValidator : AbstractValidator<VersionInput>
{
    public VersionInputValidator() =>
        RuleFor(x => x.Version).NotNull().WithMessage(ReorganisationService.MissingVersionMessage);
}
