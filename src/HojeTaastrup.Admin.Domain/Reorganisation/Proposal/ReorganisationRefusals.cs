using HojeTaastrup.Admin.Domain.Common;
using HojeTaastrup.Admin.Domain.Organisation;

namespace HojeTaastrup.Admin.Domain.Reorganisation;

// Every reason a reorganisation proposal gives for not doing something now: the code that tests and API
// clients match, and the Danish sentence that people read.
public static class ReorganisationRefusals
{
    public const string NotDraftCode = "reorganisation.not-draft";
    public const string HearingNotDraftCode = "reorganisation.hearing.not-draft";
    public const string HasProblemsCode = "reorganisation.has-problems";
    public const string AdoptDraftCode = "reorganisation.adopt.draft";
    public const string AlreadyAdoptedCode = "reorganisation.adopt.already-adopted";
    public const string AdoptWithdrawnCode = "reorganisation.adopt.withdrawn";
    public const string BaselineDriftCode = "reorganisation.adopt.baseline-drift";
    public const string WithdrawAdoptedCode = "reorganisation.withdraw.adopted";
    public const string AlreadyWithdrawnCode = "reorganisation.withdraw.already-withdrawn";
    public const string ProjectsWithdrawnCode = "reorganisation.projects.withdrawn";

    public static Refusal HearingNotDraft { get; } = new(HearingNotDraftCode, "Kun et udkast kan sendes i høring.");

    public static Refusal AdoptDraft { get; } = new(AdoptDraftCode, "Forslaget skal have været i høring, før det kan vedtages.");

    public static Refusal AlreadyAdopted { get; } = new(AlreadyAdoptedCode, "Forslaget er allerede vedtaget.");

    public static Refusal AdoptWithdrawn { get; } = new(AdoptWithdrawnCode, "Forslaget er trukket tilbage og kan ikke vedtages.");

    public static Refusal WithdrawAdopted { get; } = new(WithdrawAdoptedCode, "Et vedtaget forslag kan ikke trækkes tilbage.");

    public static Refusal AlreadyWithdrawn { get; } = new(AlreadyWithdrawnCode, "Forslaget er allerede trukket tilbage.");

    public static Refusal ProjectsWithdrawn { get; } =
        new(ProjectsWithdrawnCode, "Forslaget er trukket tilbage, og implementeringsprojekterne kan ikke længere ændres.");

    // "er sendt i høring", "er vedtaget", "er trukket tilbage".
    public static Refusal NotDraft(string state) => new(NotDraftCode, $"Forslaget {state} og kan ikke længere ændres.");

    // action: "sendes i høring" or "vedtages"; null when there are no problems.
    public static Refusal? Problems(string action, int count) =>
        count == 0 ? null : new(HasProblemsCode, $"Forslaget kan ikke {action}, før {(count == 1 ? "1 problem" : $"{count} problemer")} er løst.");

    public static Refusal BaselineDrift(int differences, DateOnly inForceFrom) =>
        new(BaselineDriftCode,
            $"Organisationen er ændret siden forslagets udgangspunkt: {(differences == 1 ? "1 forskel" : $"{differences} forskelle")} i organisationen "
            + $"med virkning fra {DanishText.Date(inForceFrom)}, som en vedtagelse ville overskrive. Opdatér udgangspunktet først.");
}
