using HojeTaastrup.Admin.Domain.Common;

namespace HojeTaastrup.Admin.Domain.Savings;

// Every reason a savings programme or proposal gives for not doing something now: the code that tests and API
// clients match, and the Danish sentence that people read.
public static class SavingsRefusals
{
    public const string ClosedForEditsCode = "savings.proposal.closed";
    public const string ReasonRequiredCode = "savings.proposal.reason-required";
    public const string TransitionCode = "savings.status.not-allowed";
    public const string SameStatusCode = "savings.status.same";
    public const string StatusReasonCode = "savings.status.reason-required";
    public const string NoAmountsCode = "savings.status.no-amounts";
    public const string UnknownAmountsCode = "savings.status.unknown-amounts";
    public const string YearOutsideCode = "savings.amount.year-outside";
    public const string UnknownTrackCode = "savings.proposal.unknown-track";
    public const string ProgrammeYearsInUseCode = "savings.programme.years-in-use";
    public const string ProgrammeTrackInUseCode = "savings.programme.track-in-use";

    public static Refusal ReasonRequired { get; } =
        new(ReasonRequiredCode, "Forslaget har forladt udkast: skriv en begrundelse for ændringen, så den tidligere version gemmes med den.");

    public static Refusal StatusReason(SavingsStatus target) =>
        new(StatusReasonCode, $"Skriv en begrundelse, når forslaget {SavingsText.Verb(target)}.");

    public static Refusal NoAmounts { get; } =
        new(NoAmountsCode, "Forslaget skal have mindst ét beløb, før det kan sendes i høring. Skriv \"ukendt\", hvis beløbet ikke kendes endnu.");

    public static Refusal ClosedForEdits(SavingsStatus status) =>
        new(ClosedForEditsCode, $"Forslaget er {SavingsText.Status(status).ToLowerInvariant()} og kan ikke længere ændres.");

    public static Refusal SameStatus(SavingsStatus status) =>
        new(SameStatusCode, $"Forslaget har allerede status {SavingsText.Status(status).ToLowerInvariant()}.");

    public static Refusal Transition(SavingsStatus from, SavingsStatus to) =>
        new(TransitionCode,
            $"Et forslag med status {SavingsText.Status(from).ToLowerInvariant()} kan ikke få status {SavingsText.Status(to).ToLowerInvariant()}."
            + (SavingsStatusRules.Next(from).Count == 0
                ? " Statussen er endelig."
                : $" Mulige næste: {string.Join(", ", SavingsStatusRules.Next(from).Select(s => SavingsText.Status(s).ToLowerInvariant()))}."));

    public static Refusal UnknownAmounts(int count) =>
        new(UnknownAmountsCode,
            $"Forslaget kan ikke meldes realiseret, mens {(count == 1 ? "1 beløb er ukendt" : $"{count} beløb er ukendte")}. Angiv beløbene først.");

    public static Refusal YearOutside(int year, int firstYear, int lastYear) =>
        new(YearOutsideCode, $"Budgetåret {year} ligger uden for programmets år {firstYear}–{lastYear}.");

    public static Refusal UnknownTrack(string track) =>
        new(UnknownTrackCode, $"Programmet har ikke sporet \"{track}\".");

    public static Refusal ProgrammeYearsInUse(string number, int year) =>
        new(ProgrammeYearsInUseCode, $"Forslag {number} har et beløb i {year}, som ville falde uden for programmets år. Ret forslaget først.");

    public static Refusal ProgrammeTrackInUse(string number, string track) =>
        new(ProgrammeTrackInUseCode, $"Forslag {number} hører til sporet \"{track}\", som ikke kan fjernes. Flyt forslaget først.");
}
