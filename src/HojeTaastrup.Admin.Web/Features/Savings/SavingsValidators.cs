using FluentValidation;
using HojeTaastrup.Admin.Domain.Organisation;
using HojeTaastrup.Admin.Domain.Savings;

namespace HojeTaastrup.Admin.Web.Features.Savings;

// Input shape, checked by the forms and again by SavingsService (so by the API too), with Danish messages at
// the field. What needs the database (the number unique in the programme, a year inside the programme's years,
// the owner centre in today's organisation, the linked reorganisation) is checked by the service, at the same
// fields; what depends on where a proposal stands (a reason for an edit after Draft) is the domain's refusal.

public sealed class ProgrammeInputValidator : AbstractValidator<ProgrammeInput>
{
    public ProgrammeInputValidator()
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage("Programmet skal have et navn.")
            .MaximumLength(SavingsProgramme.MaxNameLength).WithMessage($"Navnet må højst have {SavingsProgramme.MaxNameLength} tegn.").PlainText();
        RuleFor(x => x.Description).MaximumLength(SavingsProgramme.MaxDescriptionLength)
            .WithMessage($"Beskrivelsen må højst have {SavingsProgramme.MaxDescriptionLength} tegn.").PlainText();
        RuleFor(x => x.FirstYear).BudgetYear();
        RuleFor(x => x.LastYear).BudgetYear();
        RuleFor(x => x.FirstYear).NotNull().When(x => SavingsYears.First(x) is null)
            .WithMessage("Angiv programmets første budgetår, eller et mål for mindst ét år.");
        RuleFor(x => x.LastYear).Must((x, last) => SavingsYears.Last(x) >= SavingsYears.First(x))
            .When(x => SavingsYears.First(x) is not null && SavingsYears.Last(x) is not null)
            .WithMessage("Det sidste budgetår kan ikke ligge før det første.");
        RuleFor(x => x.LastYear).Must((x, last) => SavingsYears.Last(x) - SavingsYears.First(x) < SavingsProgramme.MaxYears)
            .When(x => SavingsYears.Last(x) >= SavingsYears.First(x))
            .WithMessage($"Et program kan højst dække {SavingsProgramme.MaxYears} budgetår.");

        RuleFor(x => x.Targets).NotNull().WithMessage("Angiv målene som en liste.")
            .Must(t => t is null || t.Count <= SavingsProgramme.MaxYears).WithMessage($"Et program kan højst have {SavingsProgramme.MaxYears} mål.");
        RuleForEach(x => x.Targets).NotNull().WithMessage("Angiv budgetår og mål.").ChildRules(target =>
        {
            target.RuleFor(t => t.Year).NotNull().WithMessage("Angiv budgetåret.").BudgetYear();
            target.RuleFor(t => t.Amount).Cascade(CascadeMode.Stop).NotNull().WithMessage("Angiv målet i kroner.")
                .GreaterThanOrEqualTo(0).WithMessage("Et mål kan ikke være negativt.").PlausibleKroner();
        });
        RuleFor(x => x.Targets).Custom((targets, context) =>
        {
            var input = context.InstanceToValidate;
            var seen = new HashSet<int>();
            for (var i = 0; i < (targets?.Count ?? 0); i++)
            {
                if (targets![i]?.Year is not { } year)
                {
                    continue;
                }

                if (!seen.Add(year))
                {
                    context.AddFailure($"{nameof(ProgrammeInput.Targets)}[{i}].{nameof(TargetInput.Year)}", $"Budgetåret {year} har to mål; et program har ét mål pr. år.");
                }
                else if (SavingsYears.First(input) is { } first && SavingsYears.Last(input) is { } last && (year < first || year > last))
                {
                    context.AddFailure($"{nameof(ProgrammeInput.Targets)}[{i}].{nameof(TargetInput.Year)}", SavingsRefusals.YearOutside(year, first, last).Message);
                }
            }
        });

        RuleFor(x => x.Tracks).NotNull().WithMessage("Angiv sporene som en liste.")
            .Must(t => t is null || t.Count <= SavingsProgramme.MaxTracks).WithMessage($"Et program kan højst have {SavingsProgramme.MaxTracks} spor.");
        RuleForEach(x => x.Tracks).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("Et spor skal have et navn.")
            .MaximumLength(SavingsProgramme.MaxTrackLength).WithMessage($"Sporets navn må højst have {SavingsProgramme.MaxTrackLength} tegn.").PlainText();
        RuleFor(x => x.Tracks).Custom((tracks, context) =>
        {
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < (tracks?.Count ?? 0); i++)
            {
                if (!string.IsNullOrWhiteSpace(tracks![i]) && !seen.Add(tracks[i].Trim()))
                {
                    context.AddFailure($"{nameof(ProgrammeInput.Tracks)}[{i}]", $"Sporet \"{tracks[i].Trim()}\" står to gange.");
                }
            }
        });
    }
}

public sealed class SavingsProposalInputValidator : AbstractValidator<SavingsProposalInput>
{
    public SavingsProposalInputValidator()
    {
        RuleFor(x => x.Number).NotEmpty().WithMessage("Forslaget skal have et nummer.")
            .MaximumLength(ProposalContent.MaxNumberLength).WithMessage($"Nummeret må højst have {ProposalContent.MaxNumberLength} tegn.").PlainText();
        RuleFor(x => x.Title).NotEmpty().WithMessage("Forslaget skal have en titel.")
            .MaximumLength(ProposalContent.MaxTitleLength).WithMessage($"Titlen må højst have {ProposalContent.MaxTitleLength} tegn.").PlainText();
        RuleFor(x => x.Description).MaximumLength(ProposalContent.MaxDescriptionLength)
            .WithMessage($"Beskrivelsen må højst have {ProposalContent.MaxDescriptionLength} tegn.").PlainText();
        RuleFor(x => x.OwnerCentre).NotEmpty().WithMessage("Vælg det center, der ejer forslaget.")
            .MaximumLength(OrganisationRules.MaxCodeLength).WithMessage(OrganisationRules.InvalidCodeMessage).PlainText();
        RuleFor(x => x.Responsible).MaximumLength(ProposalContent.MaxNameLength)
            .WithMessage($"Den ansvarlige må højst have {ProposalContent.MaxNameLength} tegn.").PlainText();
        RuleFor(x => x.Category).NotNull().WithMessage("Vælg en kategori: administration eller borgernær.")
            .IsInEnum().WithMessage("Vælg en kategori: administration eller borgernær.");
        RuleFor(x => x.Track).MaximumLength(ProposalContent.MaxNameLength)
            .WithMessage($"Sporet må højst have {ProposalContent.MaxNameLength} tegn.").PlainText();
        RuleFor(x => x.Reason).MaximumLength(SavingsProposal.MaxReasonLength)
            .WithMessage($"Begrundelsen må højst have {SavingsProposal.MaxReasonLength} tegn.").PlainText();

        RuleFor(x => x.Amounts).NotNull().WithMessage("Angiv beløbene som en liste.")
            .Must(a => a is null || a.Count <= ProposalContent.MaxAmounts).WithMessage($"Et forslag kan højst have {ProposalContent.MaxAmounts} beløb.");
        RuleForEach(x => x.Amounts).NotNull().WithMessage("Angiv budgetår og beløb.").ChildRules(amount =>
        {
            amount.RuleFor(a => a.Year).NotNull().WithMessage("Angiv budgetåret.").BudgetYear();
            amount.RuleFor(a => a.Amount).Cascade(CascadeMode.Stop)
                .GreaterThanOrEqualTo(0).WithMessage("Et beløb kan ikke være negativt.").PlausibleKroner();
            amount.RuleFor(a => a.Alternative).Cascade(CascadeMode.Stop)
                .GreaterThanOrEqualTo(0).WithMessage("Et beløb kan ikke være negativt.").PlausibleKroner();
            amount.RuleFor(a => a.Alternative).Null().When(a => a.Amount is null)
                .WithMessage("Et ukendt beløb (xx) kan hverken være usikkert eller have et alternativ.");
            amount.RuleFor(a => a.Uncertain).Equal(false).When(a => a.Amount is null)
                .WithMessage("Et ukendt beløb (xx) kan hverken være usikkert eller have et alternativ.");
        });
        RuleFor(x => x.Amounts).Custom((amounts, context) =>
        {
            var seen = new HashSet<int>();
            for (var i = 0; i < (amounts?.Count ?? 0); i++)
            {
                if (amounts![i]?.Year is { } year && !seen.Add(year))
                {
                    context.AddFailure(
                        $"{nameof(SavingsProposalInput.Amounts)}[{i}].{nameof(AmountInput.Year)}",
                        $"Budgetåret {year} står to gange; et forslag har ét beløb pr. år.");
                }
            }
        });

        RuleFor(x => x.Milestones).NotNull().WithMessage("Angiv milepælene som en liste.")
            .Must(m => m is null || m.Count <= ProposalContent.MaxMilestones).WithMessage($"Et forslag kan højst have {ProposalContent.MaxMilestones} milepæle.");
        RuleForEach(x => x.Milestones).NotNull().WithMessage("Angiv dato og tekst.").ChildRules(milestone =>
        {
            milestone.RuleFor(m => m.Date).NotNull().WithMessage("Angiv milepælens dato.").PlausibleDay();
            milestone.RuleFor(m => m.Text).NotEmpty().WithMessage("Skriv, hvad milepælen går ud på.")
                .MaximumLength(Milestone.MaxTextLength).WithMessage($"En milepæl må højst have {Milestone.MaxTextLength} tegn.").PlainText();
        });
    }
}

public sealed class StatusInputValidator : AbstractValidator<StatusInput>
{
    public StatusInputValidator()
    {
        RuleFor(x => x.Status).NotNull().WithMessage("Vælg den nye status.").IsInEnum().WithMessage("Vælg den nye status.");
        RuleFor(x => x.Reason).MaximumLength(SavingsProposal.MaxReasonLength)
            .WithMessage($"Begrundelsen må højst have {SavingsProposal.MaxReasonLength} tegn.").PlainText();
        RuleFor(x => x.Version).NotNull().WithMessage(SavingsService.MissingVersionMessage);
    }
}

public sealed class PhaseInInputValidator : AbstractValidator<PhaseInInput>
{
    public PhaseInInputValidator()
    {
        RuleFor(x => x.FullYearEffect).Cascade(CascadeMode.Stop).NotNull().WithMessage("Angiv helårsvirkningen i kroner.")
            .GreaterThanOrEqualTo(0).WithMessage("Et beløb kan ikke være negativt.").PlausibleKroner();
        RuleFor(x => x.StartYear).NotNull().WithMessage("Angiv det budgetår, effekten begynder.").BudgetYear();
    }
}

public sealed class CatalogueQueryValidator : AbstractValidator<CatalogueQuery>
{
    private const int MaxPage = 100_000;

    public CatalogueQueryValidator()
    {
        RuleFor(x => x.PageSize).InclusiveBetween(1, CatalogueQuery.MaxPageSize)
            .WithMessage($"Vis mellem 1 og {CatalogueQuery.MaxPageSize} forslag pr. side.");
        RuleFor(x => x.Page).InclusiveBetween(0, MaxPage).WithMessage($"Siden tælles fra 0 og højst til {MaxPage}.");
        RuleFor(x => x.Year).BudgetYear();
        RuleFor(x => x.Statuses).NotNull().WithMessage("Angiv statusserne som en liste.");
        RuleForEach(x => x.Statuses).IsInEnum().WithMessage("Ukendt status.");
        RuleFor(x => x.Category).IsInEnum().WithMessage("Ukendt kategori.");
        RuleFor(x => x.OwnerCentre).MaximumLength(OrganisationRules.MaxCodeLength).WithMessage(OrganisationRules.InvalidCodeMessage).PlainText();
        RuleFor(x => x.Track).MaximumLength(ProposalContent.MaxNameLength)
            .WithMessage($"Sporet må højst have {ProposalContent.MaxNameLength} tegn.").PlainText();
        RuleFor(x => x.Search).MaximumLength(ProposalContent.MaxTitleLength)
            .WithMessage($"Søgningen må højst have {ProposalContent.MaxTitleLength} tegn.").PlainText();
        RuleFor(x => x.SortBy).Must(SavingsCatalogue.IsSortKey)
            .WithMessage("Sortér efter number, title, ownerCentre, status, category, track eller amount:<år>.");
    }
}

// A programme's years as the input gives them: the first and last year, or else the first and last target year.
internal static class SavingsYears
{
    public static int? First(ProgrammeInput input) =>
        input.FirstYear ?? input.Targets?.Where(t => t?.Year is not null).Select(t => t.Year).Min();

    public static int? Last(ProgrammeInput input) =>
        input.LastYear ?? input.Targets?.Where(t => t?.Year is not null).Select(t => t.Year).Max() ?? First(input);

    public static IRuleBuilderOptions<T, int?> BudgetYear<T>(this IRuleBuilder<T, int?> rule) =>
        rule.InclusiveBetween(YearAmount.FirstYear, YearAmount.LastYear)
            .WithMessage($"Budgetåret skal ligge mellem {YearAmount.FirstYear} og {YearAmount.LastYear}.");
}
