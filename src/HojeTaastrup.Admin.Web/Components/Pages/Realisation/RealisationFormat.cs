using HojeTaastrup.Admin.Domain.Common;
using HojeTaastrup.Admin.Domain.Realisation;
using HojeTaastrup.Admin.Web.Components.Pages.Savings;
using HojeTaastrup.Admin.Web.Resources;
using Microsoft.Extensions.Localization;

namespace HojeTaastrup.Admin.Web.Components.Pages.Realisation;

// The realisation figures in words, as finance writes them: "13,4 mio. kr.", "xx" for an unknown plan, and the gap
// that says which way it goes ("mangler 1,4 mio. kr.", "1,6 mio. kr. over målet").
public static class RealisationFormat
{
    // With no-break spaces, so that "13,4 mio. kr." never breaks over two lines in a narrow column.
    public static string Money(Money amount) => TotalsText.Money(amount).Replace(' ', '\u00A0');

    public static string Money(Money? amount) => amount is { } value ? Money(value) : "xx";

    public static string Gap(Money gap, IStringLocalizer<RealisationText> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return gap.Kroner switch
        {
            > 0 => text["GapMissing", Money(gap)],
            < 0 => text["GapOver", Money(-gap)],
            _ => text["GapNone"],
        };
    }

    // A proposal's realised against its own plan.
    public static string PlanGap(Money gap, IStringLocalizer<RealisationText> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return gap.Kroner switch
        {
            > 0 => text["GapMissing", Money(gap)],
            < 0 => text["PlanOver", Money(-gap)],
            _ => text["PlanMet"],
        };
    }

    public static string GapClass(Money gap) => gap.Kroner switch
    {
        > 0 => "realisation-gap realisation-gap--missing",
        < 0 => "realisation-gap realisation-gap--over",
        _ => "realisation-gap",
    };

    public static string Figure(RealisationFigure figure, IStringLocalizer<RealisationText> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text[$"Figure_{figure}"];
    }

    // A failure as the form shows it: the fields' Danish messages, else the failure's own sentence.
    public static string Describe(Features.UseCaseFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return failure.Errors.Count > 0 ? string.Join(" ", failure.Errors.Select(e => e.ErrorMessage).Distinct()) : failure.Message;
    }

    // Millions as the chart's axis shows them (display only; the figures themselves are whole kroner).
    public static double Millions(Money amount) => amount.Kroner / 1_000_000d;
}
