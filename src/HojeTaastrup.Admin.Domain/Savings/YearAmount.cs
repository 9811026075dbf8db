using System.Globalization;
using HojeTaastrup.Admin.Domain.Common;

namespace HojeTaastrup.Admin.Domain.Savings;

// A proposal's expected saving in one budget year, as municipalities write it:
// known ("2 mio. kr."), unknown ("xx mio. kr."), uncertain ("6 mio. kr.?") or known with an alternative
// ("3,5 (5,5) mio. kr."; the alternative is shown beside, never added). Whole kroner, never negative.
public sealed record YearAmount
{
    public const int FirstYear = 2000;
    public const int LastYear = 2100;

    public YearAmount(int year, Money? amount, bool uncertain = false, Money? alternative = null)
    {
        if (year is < FirstYear or > LastYear)
        {
            throw new DomainException($"Budgetåret skal ligge mellem {FirstYear} og {LastYear}.");
        }

        if (amount is null && (uncertain || alternative is not null))
        {
            throw new DomainException("Et ukendt beløb (xx) kan hverken være usikkert eller have et alternativ.");
        }

        Year = year;
        Amount = ValidKroner(amount);
        Uncertain = uncertain;
        Alternative = ValidKroner(alternative);
    }

    public int Year { get; }

    // Null: unknown, shown "xx".
    public Money? Amount { get; }

    public bool Uncertain { get; }

    public Money? Alternative { get; }

    public bool IsUnknown => Amount is null;

    public static YearAmount Unknown(int year) => new(year, null);

    public static YearAmount Known(int year, Money amount) => new(year, amount);

    public override string ToString() => ToString(CultureInfo.GetCultureInfo("da-DK"));

    // "xx mio. kr.", "2 mio. kr.", "6 mio. kr.?", "3,5 (5,5) mio. kr.", "65.000 kr.".
    public string ToString(IFormatProvider? provider) => SavingsAmountText.Format(this, provider);

    private static Money? ValidKroner(Money? money)
    {
        if (money is { } value && !Plausible.IsKroner(value.Kroner))
        {
            throw new DomainException(value.Kroner < 0 ? "Et beløb kan ikke være negativt." : Plausible.KronerMessage);
        }

        return money;
    }
}
