using HojeTaastrup.Admin.Domain.Common;
using HojeTaastrup.Admin.Domain.Savings;

namespace HojeTaastrup.Admin.Domain.Realisation;

// Every reason the realisation side gives for not doing something now: a code for tests and API clients and the
// Danish sentence people read.
public static class RealisationRefusals
{
    public const string NotAdoptedCode = "realisation.proposal.not-adopted";
    public const string AlreadyBaselinedCode = "realisation.baseline.exists";
    public const string ReasonRequiredCode = "realisation.rebaseline.reason-required";
    public const string SamePlanCode = "realisation.rebaseline.unchanged";
    public const string YearOutsideCode = "realisation.year-outside";
    public const string NegativeCode = "realisation.amount.negative";
    public const string OverDisbursedCode = "realisation.investment.over-disbursed";
    public const string CoverLinkedCode = "realisation.cover.linked";

    public static Refusal NotAdopted(SavingsStatus status) =>
        new(NotAdoptedCode, $"Forslaget har status {SavingsText.Status(status).ToLowerInvariant()}. Der kan først følges op på gevinsten, når forslaget er vedtaget.");

    public static Refusal AlreadyBaselined { get; } =
        new(AlreadyBaselinedCode, "Forslagets planlagte beløb er allerede låst ved vedtagelsen. Ændr dem med en ny baseline og en begrundelse.");

    public static Refusal ReasonRequired { get; } =
        new(ReasonRequiredCode, "Skriv en begrundelse, når de planlagte beløb ændres efter vedtagelsen. Begrundelsen bliver stående ved tallet.");

    public static Refusal SamePlan(int year) =>
        new(SamePlanCode, $"Det planlagte beløb for {year} er allerede det beløb.");

    public static Refusal YearOutside(int year, int firstYear, int lastYear) =>
        new(YearOutsideCode, $"Budgetåret {year} ligger uden for programmets år {firstYear}–{lastYear}.");

    public static Refusal Negative { get; } =
        new(NegativeCode, "Et realiseret beløb kan ikke være negativt. En rettelse af et for højt beløb registreres som en korrektion.");

    public static Refusal OverDisbursed(Money remaining) =>
        new(OverDisbursedCode, $"Der er kun {remaining.ToString(null, Danish)} tilbage i investeringspuljen.");

    public static Refusal CoverLinked { get; } =
        new(CoverLinkedCode, "Tiltaget er knyttet til et forslag: dets realisering registreres på forslaget.");

    internal static System.Globalization.CultureInfo Danish => System.Globalization.CultureInfo.GetCultureInfo("da-DK");
}
