using System.Globalization;

namespace HojeTaastrup.Admin.Web.Features.Organisation;

// The ?dato= parameter of the organisation pages: ISO days, "2010-10-01".
public static class OrganisationDates
{
    public static DateOnly? Parse(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    public static string Format(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
