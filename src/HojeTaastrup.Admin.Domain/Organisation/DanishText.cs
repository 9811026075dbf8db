using System.Globalization;
using HojeTaastrup.Admin.Domain.Common;

namespace HojeTaastrup.Admin.Domain.Organisation;

// Domain messages are Danish whatever the request culture: numbers and dates follow da-DK.
internal static class DanishText
{
    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("da-DK");

    public static string Fte(decimal fte) => fte.ToString("#,##0.0##", Culture);

    public static string Amount(Money money) => money.ToString(null, Culture);

    public static string Date(DateOnly day) => day.ToString("d. MMMM yyyy", Culture);

    public static string Capitalise(string text) =>
        text.Length == 0 ? text : string.Concat(text[..1].ToUpper(Culture), text[1..]);
}
