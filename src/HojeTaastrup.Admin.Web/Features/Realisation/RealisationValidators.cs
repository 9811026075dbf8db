using FluentValidation;
using HojeTaastrup.Admin.Domain.Realisation;
using HojeTaastrup.Admin.Web.Features.Savings;

namespace HojeTaastrup.Admin.Web.Features.Realisation;

// Input shape, checked by the forms and again by RealisationService (so by the API too), with Danish messages at the
// field. What needs the programme (the year inside its years) or the clock (a day not in the future) is checked by the
// service at the same fields; what depends on where a proposal stands is the domain's refusal.

public sealed class RealisationEntryInputValidator : AbstractValidator<RealisationEntryInput>
{
    public const string NegativeMessage = "Et realiseret beløb kan ikke være negativt. Markér det som en korrektion, hvis et for højt beløb skal rettes.";
    public const string CorrectionMessage = "En korrektion er et negativt beløb, der retter et for højt beløb.";

    public RealisationEntryInputValidator()
    {
        RuleFor(x => x.Year).NotNull().WithMessage("Angiv budgetåret.").BudgetYear();
        RuleFor(x => x.Amount).Cascade(CascadeMode.Stop).NotNull().WithMessage("Angiv beløbet i kroner.")
            .Must(a => a != 0).WithMessage("Beløbet kan ikke være 0.")
            .Must((x, a) => x.Correction || a > 0).WithMessage(NegativeMessage)
            .Must((x, a) => !x.Correction || a < 0).WithMessage(CorrectionMessage)
            .Must(a => a is null || Math.Abs(a.Value) <= Domain.Common.Plausible.MaxKroner).WithMessage(Domain.Common.Plausible.KronerMessage);
        RuleFor(x => x.Date).NotNull().WithMessage("Angiv datoen.").PlausibleDay();
        RuleFor(x => x.Note).MaximumLength(RealisationEntry.MaxNoteLength).WithMessage($"Noten må højst have {RealisationEntry.MaxNoteLength} tegn.").PlainText();
    }
}

public sealed class RebaselineInputValidator : AbstractValidator<RebaselineInput>
{
    public RebaselineInputValidator()
    {
        RuleFor(x => x.Year).NotNull().WithMessage("Angiv budgetåret.").BudgetYear();
        RuleFor(x => x.Amount).GreaterThanOrEqualTo(0).WithMessage("Et planlagt beløb kan ikke være negativt.").PlausibleKroner();
        RuleFor(x => x.Reason).NotEmpty().WithMessage(RealisationRefusals.ReasonRequired.Message)
            .MaximumLength(ProposalRealisation.MaxReasonLength).WithMessage($"Begrundelsen må højst have {ProposalRealisation.MaxReasonLength} tegn.").PlainText();
        RuleFor(x => x.Version).NotNull().WithMessage(SavingsService.MissingVersionMessage);
    }
}

public sealed class ForecastInputValidator : AbstractValidator<ForecastInput>
{
    public ForecastInputValidator()
    {
        RuleFor(x => x.Year).NotNull().WithMessage("Angiv budgetåret.").BudgetYear();
        RuleFor(x => x.Amount).GreaterThanOrEqualTo(0).WithMessage("En prognose kan ikke være negativ.").PlausibleKroner();
        RuleFor(x => x.Version).NotNull().WithMessage(SavingsService.MissingVersionMessage);
    }
}

public sealed class CoverMeasureInputValidator : AbstractValidator<CoverMeasureInput>
{
    public CoverMeasureInputValidator()
    {
        RuleFor(x => x.Title).NotEmpty().WithMessage("Tiltaget skal have en titel.")
            .MaximumLength(CoverMeasure.MaxTitleLength).WithMessage($"Titlen må højst have {CoverMeasure.MaxTitleLength} tegn.").PlainText();
        RuleFor(x => x.Year).NotNull().WithMessage("Angiv budgetåret.").BudgetYear();
        RuleFor(x => x.Amount).Cascade(CascadeMode.Stop).NotNull().WithMessage("Angiv beløbet, tiltaget dækker.")
            .GreaterThan(0).WithMessage("Beløbet skal være større end 0.").PlausibleKroner();
        RuleFor(x => x.Note).MaximumLength(CoverMeasure.MaxNoteLength).WithMessage($"Noten må højst have {CoverMeasure.MaxNoteLength} tegn.").PlainText();
    }
}

public sealed class CoverRealisedInputValidator : AbstractValidator<CoverRealisedInput>
{
    public CoverRealisedInputValidator()
    {
        RuleFor(x => x.Amount).Cascade(CascadeMode.Stop).NotNull().WithMessage("Angiv beløbet i kroner.")
            .GreaterThanOrEqualTo(0).WithMessage(RealisationRefusals.Negative.Message).PlausibleKroner();
        RuleFor(x => x.Version).NotNull().WithMessage(SavingsService.MissingVersionMessage);
    }
}

public sealed class FollowUpInputValidator : AbstractValidator<FollowUpInput>
{
    public FollowUpInputValidator()
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage("Giv budgetopfølgningen et navn, fx \"1. budgetopfølgning 2017\".")
            .MaximumLength(BudgetFollowUp.MaxNameLength).WithMessage($"Navnet må højst have {BudgetFollowUp.MaxNameLength} tegn.").PlainText();
    }
}

public sealed class InvestmentInputValidator : AbstractValidator<InvestmentInput>
{
    public InvestmentInputValidator()
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage("Puljen skal have et navn.")
            .MaximumLength(InvestmentFund.MaxNameLength).WithMessage($"Navnet må højst have {InvestmentFund.MaxNameLength} tegn.").PlainText();
        RuleFor(x => x.Grants).NotNull().WithMessage("Angiv bevillingerne som en liste.")
            .Must(g => g is null || g.Count <= 20).WithMessage("Højst 20 bevillinger.")
            .Must(g => g is null || g.Where(x => x?.Year is not null).GroupBy(x => x.Year).All(y => y.Count() == 1)).WithMessage("Et budgetår står to gange i bevillingen.");
        RuleForEach(x => x.Grants).NotNull().WithMessage("Angiv budgetår og beløb.").ChildRules(grant =>
        {
            grant.RuleFor(g => g.Year).NotNull().WithMessage("Angiv budgetåret.").BudgetYear();
            grant.RuleFor(g => g.Amount).Cascade(CascadeMode.Stop).NotNull().WithMessage("Angiv beløbet i kroner.")
                .GreaterThanOrEqualTo(0).WithMessage("En bevilling kan ikke være negativ.").PlausibleKroner();
        });
    }
}

public sealed class DisbursementInputValidator : AbstractValidator<DisbursementInput>
{
    public DisbursementInputValidator()
    {
        RuleFor(x => x.Title).NotEmpty().WithMessage("Angiv, hvad der er investeret i.")
            .MaximumLength(Disbursement.MaxTitleLength).WithMessage($"Titlen må højst have {Disbursement.MaxTitleLength} tegn.").PlainText();
        RuleFor(x => x.Date).NotNull().WithMessage("Angiv datoen.").PlausibleDay();
        RuleFor(x => x.Amount).Cascade(CascadeMode.Stop).NotNull().WithMessage("Angiv beløbet i kroner.")
            .GreaterThan(0).WithMessage("Beløbet skal være større end 0.").PlausibleKroner();
        RuleFor(x => x.YearlyEffect).Cascade(CascadeMode.Stop).NotNull().WithMessage("Angiv den årlige effekt i kroner (0, hvis der ingen er).")
            .GreaterThanOrEqualTo(0).WithMessage("Den årlige effekt kan ikke være negativ.").PlausibleKroner();
        RuleFor(x => x.Version).NotNull().WithMessage(SavingsService.MissingVersionMessage);
    }
}

public sealed class EntryQueryValidator : AbstractValidator<EntryQuery>
{
    public const int MaxTake = 500;

    public EntryQueryValidator()
    {
        RuleFor(x => x.Year).BudgetYear();
        RuleFor(x => x.Skip).GreaterThanOrEqualTo(0).WithMessage("Skip kan ikke være negativ.");
        RuleFor(x => x.Take).InclusiveBetween(1, MaxTake).WithMessage($"Take skal være mellem 1 og {MaxTake}.");
        RuleFor(x => x.From).PlausibleDay();
        RuleFor(x => x.To).PlausibleDay();
        RuleFor(x => x.Search).MaximumLength(200).WithMessage("Søgningen må højst have 200 tegn.").PlainText();
    }
}
