using System.Globalization;
using HojeTaastrup.Admin.Domain.Common;

namespace HojeTaastrup.Admin.Domain.Savings;

// Amounts the way a finance person writes them in a note: millions with the decimals that matter
// ("13,4 mio. kr.", "1,025 mio. kr.", "0,57 mio. kr."), small amounts in kroner ("65.000 kr."), and
// an alternative in the same unit as the amount it sits beside ("3,5 (5,5) mio. kr.").
public static class SavingsAmountText
{
    private const long MillionFrom = 100_000;

    public static string Format(YearAmount amount, IFormatProvider? provider)
    {
        ArgumentNullException.ThrowIfNull(amount);
        var culture = provider as CultureInfo ?? CultureInfo.CurrentCulture;
        var danish = culture.TwoLetterISOLanguageName == "da";
        if (amount.Amount is not { } value)
        {
            return danish ? "xx mio. kr." : "DKK xx million";
        }

        var inMillions = value.Kroner >= MillionFrom || (amount.Alternative?.Kroner ?? 0) >= MillionFrom;
        var text = Number(value, inMillions, culture);
        if (amount.Alternative is { } alternative)
        {
            text += $" ({Number(alternative, inMillions, culture)})";
        }

        var unit = inMillions ? (danish ? "mio. kr." : "million") : (danish ? "kr." : string.Empty);
        var result = danish ? $"{text} {unit}" : (inMillions ? $"DKK {text} {unit}" : $"DKK {text}");
        return amount.Uncertain ? result + "?" : result;
    }

    // A sum or a target: millions from 100.000 kr., else kroner.
    public static string Format(Money money, IFormatProvider? provider)
    {
        var culture = provider as CultureInfo ?? CultureInfo.CurrentCulture;
        var danish = culture.TwoLetterISOLanguageName == "da";
        var inMillions = Math.Abs(money.Kroner) >= MillionFrom;
        var text = Number(money, inMillions, culture);
        if (inMillions)
        {
            return danish ? $"{text} mio. kr." : $"DKK {text} million";
        }

        return danish ? $"{text} kr." : $"DKK {text}";
    }

    private static string Number(Money money, bool inMillions, CultureInfo culture) =>
        inMillions
            ? Math.Round(money.Kroner / 1_000_000m, 3, MidpointRounding.AwayFromZero).ToString("#,##0.###", culture)
            : money.Kroner.ToString("#,##0", culture);
}
