namespace HojeTaastrup.Admin.Domain.Common;

// The municipality's clock: a day is a day in Copenhagen, summer time included, whatever time zone the
// server runs in. Instants are UTC; days (deadlines, effective dates) are DateOnly.
public static class MunicipalClock
{
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    public static DateOnly Today(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return DayOf(time.GetUtcNow());
    }

    public static DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    public static DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    // Midnight in Copenhagen as a UTC instant. Denmark changes the clock at 02:00/03:00, so midnight always exists.
    public static DateTimeOffset StartOf(DateOnly day)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(midnight, Zone.GetUtcOffset(midnight)).ToUniversalTime();
    }

    // "Til og med 4. juni": a deadline is the whole of that day. The first instant that is too late is the
    // next day's midnight, so a day of 23 or 25 hours (summer time) counts in full.
    public static DateTimeOffset EndOf(DateOnly day) => StartOf(day.AddDays(1));

    public static bool IsOnOrBefore(DateTimeOffset instant, DateOnly lastDay) => instant < EndOf(lastDay);
}
