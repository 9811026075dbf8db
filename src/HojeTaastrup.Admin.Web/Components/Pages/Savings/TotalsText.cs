using System.Globalization;
using HojeTaastrup.Admin.Domain.Common;
using HojeTaastrup.Admin.Domain.Savings;
using HojeTaastrup.Admin.Web.Features.Savings;
using HojeTaastrup.Admin.Web.Resources;
using Microsoft.Extensions.Localization;

namespace HojeTaastrup.Admin.Web.Components.Pages.Savings;

// The honest totals in words: the known sum never stands without its unknowns ("12,1 mio. kr. + 1 ukendt"),
// the alternatives stand beside it ("med alternativer: 14,1 mio. kr."), and the gap says which way it goes.
public static class TotalsText
{
    // Sums and targets as finance writes them: "13,4 mio. kr.", "0,57 mio. kr.", "65.000 kr.".
    public static string Money(Money amount) => SavingsAmountText.Format(amount, CultureInfo.CurrentCulture);

    public static string Known(TotalView total, IStringLocalizer<SavingsPagesText> text)
    {
        ArgumentNullException.ThrowIfNull(total);
        var sum = Money(total.KnownSum);
        return total.UnknownCount == 0 ? sum : $"{sum} + {Unknown(total.UnknownCount, text)}";
    }

    public static string Unknown(int count, IStringLocalizer<SavingsPagesText> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return count == 1 ? text["UnknownOne"].Value : text["UnknownMany", count].Value;
    }

    public static string? Uncertain(TotalView total, IStringLocalizer<SavingsPagesText> text)
    {
        ArgumentNullException.ThrowIfNull(total);
        ArgumentNullException.ThrowIfNull(text);
        return total.UncertainCount switch
        {
            0 => null,
            1 => text["UncertainOne"].Value,
            var n => text["UncertainMany", n].Value,
        };
    }

    public static string? Alternatives(TotalView total, IStringLocalizer<SavingsPagesText> text)
    {
        ArgumentNullException.ThrowIfNull(total);
        ArgumentNullException.ThrowIfNull(text);
        return total.AlternativeCount == 0 ? null : text["WithAlternatives", Money(total.WithAlternatives)].Value;
    }

    // Positive gap: missing; negative: above the target; none without a target.
    public static string? Gap(TotalView total, IStringLocalizer<SavingsPagesText> text)
    {
        ArgumentNullException.ThrowIfNull(total);
        ArgumentNullException.ThrowIfNull(text);
        return total.Gap switch
        {
            null => null,
            { Kroner: > 0 } gap => text["GapMissing", Money(gap)].Value,
            { Kroner: < 0 } gap => text["GapOver", Money(-gap)].Value,
            _ => text["GapMet"].Value,
        };
    }

    public static string? LeftOut(int count, IStringLocalizer<SavingsPagesText> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return count switch
        {
            0 => null,
            1 => text["LeftOutOne"].Value,
            var n => text["LeftOutMany", n].Value,
        };
    }
}
