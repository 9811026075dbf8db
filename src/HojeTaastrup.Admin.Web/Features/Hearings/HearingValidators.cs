using FluentValidation;
using HojeTaastrup.Admin.Domain.Hearings;

namespace HojeTaastrup.Admin.Web.Features.Hearings;

// Input shape with Danish messages at the field, the same for the forms and the API. What needs the database
// (committees and proposals that exist) is checked by the service at the same fields; what depends on the clock
// (the deadline) is the hearing's refusal.

public sealed class CommitteeInputValidator : AbstractValidator<CommitteeInput>
{
    public CommitteeInputValidator()
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage("Udvalget skal have et navn.")
            .MaximumLength(Committee.MaxNameLength).WithMessage($"Navnet må højst have {Committee.MaxNameLength} tegn.").PlainText();
        RuleFor(x => x.Level).NotNull().WithMessage("Vælg niveau: Hoved, Sektor eller Lokal.")
            .IsInEnum().WithMessage("Vælg niveau: Hoved, Sektor eller Lokal.");
        RuleFor(x => x.Centres).NotNull().WithMessage("Angiv centrene som en liste.")
            .Must(c => c is null || c.Count <= 100).WithMessage("Et udvalg kan højst dække 100 centre.");
        RuleForEach(x => x.Centres).NotEmpty().WithMessage("Angiv centrets kode.")
            .MaximumLength(10).WithMessage("En centerkode må højst have 10 tegn.").PlainText();
    }
}

public sealed class MemberInputValidator : AbstractValidator<MemberInput>
{
    public MemberInputValidator()
    {
        RuleFor(x => x.User).NotEmpty().WithMessage("Vælg en bruger.").MaximumLength(450).WithMessage("Ukendt bruger.").PlainText();
    }
}

public sealed class HearingInputValidator : AbstractValidator<HearingInput>
{
    public const int MaxSubjects = 1000;

    public HearingInputValidator()
    {
        RuleFor(x => x.Title).NotEmpty().WithMessage("Høringen skal have en titel.")
            .MaximumLength(Hearing.MaxTitleLength).WithMessage($"Titlen må højst have {Hearing.MaxTitleLength} tegn.").PlainText();
        RuleFor(x => x.Intro).MaximumLength(Hearing.MaxIntroLength).WithMessage($"Indledningen må højst have {Hearing.MaxIntroLength} tegn.").PlainText();
        RuleFor(x => x.CaseNumber).MaximumLength(Hearing.MaxCaseNumberLength).WithMessage($"Sagsnummeret må højst have {Hearing.MaxCaseNumberLength} tegn.").PlainText();
        RuleFor(x => x.ContactPerson).MaximumLength(Hearing.MaxNameLength).WithMessage($"Kontaktpersonen må højst have {Hearing.MaxNameLength} tegn.").PlainText();
        RuleFor(x => x.Unit).MaximumLength(Hearing.MaxNameLength).WithMessage($"Enheden må højst have {Hearing.MaxNameLength} tegn.").PlainText();
        RuleFor(x => x.Opens).NotNull().WithMessage("Angiv den dag, høringen begynder.").PlausibleDay();
        RuleFor(x => x.Closes).NotNull().WithMessage("Angiv den sidste dag, der kan svares (til og med).").PlausibleDay();
        RuleFor(x => x.Closes).Must((x, closes) => closes >= x.Opens).When(x => x.Opens is not null && x.Closes is not null)
            .WithMessage("Høringen kan ikke slutte, før den begynder.");
        RuleFor(x => x.Committees).NotNull().WithMessage("Angiv udvalgene som en liste.")
            .Must(c => c is null || c.Count > 0).WithMessage("Inviter mindst ét udvalg.")
            .Must(c => c is null || c.Count <= MaxSubjects).WithMessage($"Højst {MaxSubjects} udvalg.");
        RuleFor(x => x.Proposals).NotNull().WithMessage("Angiv forslagene som en liste.")
            .Must(p => p is null || p.Count <= MaxSubjects).WithMessage($"Højst {MaxSubjects} forslag i én høring.");
        RuleFor(x => x.Proposals).Must((x, p) => p is null || p.Count > 0 || x.Reorganisation is not null)
            .WithMessage("Vælg mindst ét forslag, høringen handler om.");
    }
}

public sealed class ResponseInputValidator : AbstractValidator<ResponseInput>
{
    public ResponseInputValidator()
    {
        RuleFor(x => x.Committee).NotNull().WithMessage("Vælg det udvalg, du svarer for.");
        RuleFor(x => x.Text).NotEmpty().When(x => !x.Draft).WithMessage("Skriv høringssvaret.")
            .MaximumLength(HearingResponse.MaxTextLength).WithMessage($"Et høringssvar må højst have {HearingResponse.MaxTextLength} tegn.").PlainText();
    }
}

public sealed class LateResponseInputValidator : AbstractValidator<LateResponseInput>
{
    public LateResponseInputValidator()
    {
        RuleFor(x => x.Committee).NotNull().WithMessage("Vælg det udvalg, svaret kommer fra.");
        RuleFor(x => x.Text).NotEmpty().WithMessage("Skriv høringssvaret.")
            .MaximumLength(HearingResponse.MaxTextLength).WithMessage($"Et høringssvar må højst have {HearingResponse.MaxTextLength} tegn.").PlainText();
        RuleFor(x => x.Reason).NotEmpty().WithMessage("Skriv, hvorfor svaret registreres efter fristen.")
            .MaximumLength(HearingResponse.MaxReasonLength).WithMessage($"Begrundelsen må højst have {HearingResponse.MaxReasonLength} tegn.").PlainText();
    }
}

public sealed class CommentInputValidator : AbstractValidator<CommentInput>
{
    public CommentInputValidator()
    {
        RuleFor(x => x.Proposal).NotNull().WithMessage("Vælg det forslag, bemærkningen gælder.");
        RuleFor(x => x.Text).MaximumLength(Hearing.MaxCommentLength).WithMessage($"Bemærkningen må højst have {Hearing.MaxCommentLength} tegn.").PlainText();
        RuleFor(x => x.Version).NotNull().WithMessage("Angiv den version, du har læst.");
    }
}

public sealed class PublishInputValidator : AbstractValidator<PublishInput>
{
    public PublishInputValidator()
    {
        RuleFor(x => x.Version).NotNull().WithMessage("Angiv den version, du har læst.");
    }
}
