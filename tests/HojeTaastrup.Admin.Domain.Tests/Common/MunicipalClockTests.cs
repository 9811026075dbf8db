using HojeTaastrup.Admin.Domain.Common;

namespace HojeTaastrup.Admin.Domain.Tests.Common;

// Seed 000's hearing ran "til og med 4. juni 2010": the deadline is the end of that day in Copenhagen,
// whatever the server's time zone (these tests give instants in UTC only).
public class MunicipalClockTests
{
    private static readonly DateOnly FourthOfJune = new(2010, 6, 4);

    [Fact]
    public void Deadline_At2359CopenhagenOnTheCloseDay_IsInTime()
    {
        // 23:59:59 summer time (UTC+2) is 21:59:59 UTC.
        Assert.True(MunicipalClock.IsOnOrBefore(new DateTimeOffset(2010, 6, 4, 21, 59, 59, TimeSpan.Zero), FourthOfJune));
    }

    [Fact]
    public void Deadline_AtMidnightAfterTheCloseDay_IsTooLate()
    {
        Assert.False(MunicipalClock.IsOnOrBefore(new DateTimeOffset(2010, 6, 4, 22, 0, 0, TimeSpan.Zero), FourthOfJune));
    }

    [Fact]
    public void Deadline_InWinterTime_EndsAt2300Utc()
    {
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 23, 0, 0, TimeSpan.Zero), MunicipalClock.EndOf(new DateOnly(2026, 12, 1)));
    }

    [Fact]
    public void Deadline_OnTheDayWinterTimeBegins_CountsAll25Hours()
    {
        // 25 October 2026: the clock goes back from 03:00 to 02:00, so the day starts at UTC+2 and ends at UTC+1.
        var day = new DateOnly(2026, 10, 25);

        Assert.Equal(new DateTimeOffset(2026, 10, 24, 22, 0, 0, TimeSpan.Zero), MunicipalClock.StartOf(day));
        Assert.Equal(new DateTimeOffset(2026, 10, 25, 23, 0, 0, TimeSpan.Zero), MunicipalClock.EndOf(day));
        Assert.True(MunicipalClock.IsOnOrBefore(new DateTimeOffset(2026, 10, 25, 22, 59, 59, TimeSpan.Zero), day));
        Assert.False(MunicipalClock.IsOnOrBefore(new DateTimeOffset(2026, 10, 25, 23, 0, 0, TimeSpan.Zero), day));
    }

    [Fact]
    public void Deadline_OnTheDaySummerTimeBegins_Counts23Hours()
    {
        // 29 March 2026: 02:00 becomes 03:00; the day starts at UTC+1 and ends at UTC+2.
        var day = new DateOnly(2026, 3, 29);

        Assert.Equal(new DateTimeOffset(2026, 3, 28, 23, 0, 0, TimeSpan.Zero), MunicipalClock.StartOf(day));
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 22, 0, 0, TimeSpan.Zero), MunicipalClock.EndOf(day));
    }

    [Fact]
    public void Today_JustAfterMidnightInCopenhagen_IsTheNewDayWhileUtcIsStillYesterday()
    {
        var time = new FixedTime(new DateTimeOffset(2010, 6, 4, 22, 30, 0, TimeSpan.Zero));

        Assert.Equal(new DateOnly(2010, 6, 5), MunicipalClock.Today(time));
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
