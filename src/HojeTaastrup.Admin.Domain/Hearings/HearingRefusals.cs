using System.Globalization;
using HojeTaastrup.Admin.Domain.Common;

namespace HojeTaastrup.Admin.Domain.Hearings;

// Every reason a hearing, a committee or a response gives for not doing something now: a stable code for tests
// and API clients, a Danish sentence for people.
public static class HearingRefusals
{
    public const string DeadlinePassedCode = "hearing.deadline-passed";
    public const string NotYetOpenCode = "hearing.not-open";
    public const string NotInvitedCode = "hearing.committee-not-invited";
    public const string NotSubjectCode = "hearing.not-a-subject";
    public const string PublishedCode = "hearing.published";
    public const string NotClosedCode = "hearing.not-closed";
    public const string LateWhileOpenCode = "hearing.late-while-open";
    public const string ChairNotMemberCode = "committee.chair-not-member";
    public const string AlreadyMemberCode = "committee.already-member";

    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    public static string Day(DateOnly day) => day.ToString("d. MMMM yyyy", Danish);

    public static Refusal DeadlinePassed(DateOnly closes) =>
        new(DeadlinePassedCode,
            $"Høringsfristen udløb ved udgangen af {Day(closes)}. Høringssvar kan ikke længere afgives eller ændres; kontakt direktionen, hvis et svar skal registreres for sent.");

    public static Refusal NotYetOpen(DateOnly opens) =>
        new(NotYetOpenCode, $"Høringen åbner først {Day(opens)}.");

    public static Refusal NotInvited { get; } =
        new(NotInvitedCode, "Udvalget er ikke inviteret til denne høring.");

    public static Refusal NotSubject { get; } =
        new(NotSubjectCode, "Forslaget er ikke en del af denne høring.");

    public static Refusal Published { get; } =
        new(PublishedCode, "Høringsnotatet er offentliggjort og kan ikke længere ændres.");

    public static Refusal NotClosed(DateOnly closes) =>
        new(NotClosedCode, $"Høringsnotatet kan først offentliggøres, når høringen er slut ({Day(closes)} er sidste dag).");

    public static Refusal LateWhileOpen { get; } =
        new(LateWhileOpenCode, "Høringen er stadig åben: udvalget kan selv afgive sit svar.");

    public static Refusal ChairNotMember { get; } =
        new(ChairNotMemberCode, "Formanden skal være medlem af udvalget.");

    public static Refusal AlreadyMember { get; } =
        new(AlreadyMemberCode, "Brugeren er allerede medlem af udvalget.");
}
