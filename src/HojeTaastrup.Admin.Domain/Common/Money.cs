using System.Globalization;

namespace HojeTaastrup.Admin.Domain.Common;

// Whole Danish kroner. Never double: sums must be exact, and SQLite cannot sum decimal in SQL.
[System.Text.Json.Serialization.JsonConverter(typeof(MoneyJsonConverter))]
public readonly record struct Money(long Kroner) : IComparable<Money>, IFormattable
{
    private const long Million = 1_000_000;

    public static Money Zero => default;

    public static Money FromKroner(long kroner) => new(kroner);

    public static Money FromMillions(decimal millions) => new((long)Math.Round(millions * Million, MidpointRounding.AwayFromZero));

    public bool IsZero => Kroner == 0;

    public static Money operator +(Money left, Money right) => new(checked(left.Kroner + right.Kroner));

    public static Money operator -(Money left, Money right) => new(checked(left.Kroner - right.Kroner));

    public static Money operator -(Money value) => new(checked(-value.Kroner));

    public static bool operator <(Money left, Money right) => left.Kroner < right.Kroner;

    public static bool operator >(Money left, Money right) => left.Kroner > right.Kroner;

    public static bool operator <=(Money left, Money right) => left.Kroner <= right.Kroner;

    public static bool operator >=(Money left, Money right) => left.Kroner >= right.Kroner;

    public static Money Add(Money left, Money right) => left + right;

    public static Money Subtract(Money left, Money right) => left - right;

    public static Money Negate(Money value) => -value;

    public static Money Sum(IEnumerable<Money> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var total = 0L;
        foreach (var value in values)
        {
            total = checked(total + value.Kroner);
        }

        return new Money(total);
    }

    public int CompareTo(Money other) => Kroner.CompareTo(other.Kroner);

    public override string ToString() => ToString(null, CultureInfo.CurrentCulture);

    // "65.000 kr." below a million, "13,4 mio. kr." from a million (up to two decimals, trailing zeros dropped).
    // Format "K" always gives whole kroner ("13.400.000 kr.").
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        var culture = formatProvider as CultureInfo ?? CultureInfo.CurrentCulture;
        var danish = culture.TwoLetterISOLanguageName == "da";
        var useMillions = format != "K" && Math.Abs(Kroner) >= Million;
        if (useMillions)
        {
            var millions = Math.Round((decimal)Kroner / Million, 2, MidpointRounding.AwayFromZero);
            var number = millions.ToString("#,##0.##", culture);
            return danish ? $"{number} mio. kr." : $"DKK {number} million";
        }

        var whole = Kroner.ToString("#,##0", culture);
        return danish ? $"{whole} kr." : $"DKK {whole}";
    }
}
