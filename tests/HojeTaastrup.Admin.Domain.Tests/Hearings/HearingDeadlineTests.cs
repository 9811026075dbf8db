using HojeTaastrup.Admin.Domain.Common;
using HojeTaastrup.Admin.Domain.Hearings;
using static HojeTaastrup.Admin.Domain.Tests.Hearings.MedHearing2010;

namespace HojeTaastrup.Admin.Domain.Tests.Hearings;

public class HearingDeadlineTests
{
    [Fact]
    public void Submit_At2359CopenhagenOnTheCloseDay_IsAccepted()
    {
        // 29 March 2026 is the day summer time begins: 23:59 is at +02:00, i.e. 21:59 UTC.
        var hearing = Build();
        var response = new HearingResponse(hearing, Cai.Id, A);

        response.Submit(hearing, "Vi er enige.", At(2026, 3, 29, 23, 59, +2), "med");

        Assert.Equal("Vi er enige.", response.Current!.Text);
        Assert.Equal(HearingStatus.Open, hearing.StatusAt(At(2026, 3, 29, 23, 59, +2)));
    }

    [Fact]
    public void Submit_AtMidnightTheNextDay_IsRefusedWithTheDeadline()
    {
        var hearing = Build();
        var response = new HearingResponse(hearing, Cai.Id, A);

        var refused = Assert.Throws<DomainException>(() => response.Submit(hearing, "For sent.", At(2026, 3, 30, 0, 0, +2), "med"));

        Assert.Equal(HearingRefusals.DeadlinePassedCode, refused.Code);
        Assert.StartsWith("Høringsfristen udløb ved udgangen af 29. marts 2026.", refused.Message, StringComparison.Ordinal);
        Assert.Empty(response.Revisions);
    }

    [Theory]
    [InlineData(2026, 3, 29)] // summer time begins that night: a 23-hour day
    [InlineData(2026, 10, 25)] // summer time ends that night: a 25-hour day
    public void Deadline_AcrossASummerTimeChange_IsTheNextCopenhagenMidnightInUtc(int year, int month, int day)
    {
        var closes = new DateOnly(year, month, day);
        var hearing = Build(closes.AddDays(-5), closes);
        var deadline = MunicipalClock.EndOf(closes);
        var utc = new FakeUtcClock(deadline.AddMinutes(-1));

        Assert.Equal(HearingStatus.Open, hearing.StatusAt(utc.GetUtcNow()));
        Assert.Null(hearing.ResponseRefusal(Cai.Id, A, utc.GetUtcNow()));
        utc.Now = deadline;
        Assert.Equal(HearingStatus.Closed, hearing.StatusAt(utc.GetUtcNow()));
        Assert.Equal(HearingRefusals.DeadlinePassedCode, hearing.ResponseRefusal(Cai.Id, A, utc.GetUtcNow())!.Code);
        // The deadline is midnight in Copenhagen, whichever offset applies the next day (+02:00 in March, +01:00 in October).
        Assert.Equal(TimeSpan.Zero, MunicipalClock.ToLocal(deadline).TimeOfDay);
        Assert.Equal(closes.AddDays(1), MunicipalClock.DayOf(deadline));
    }

    [Fact]
    public void Status_FollowsTheClock_UntilPublished()
    {
        var hearing = Build();

        Assert.Equal(HearingStatus.Scheduled, hearing.StatusAt(At(2026, 3, 19, 23, 59, +1)));
        Assert.Equal(HearingStatus.Open, hearing.StatusAt(At(2026, 3, 20, 0, 0, +1)));
        Assert.Equal(HearingRefusals.NotClosedCode, hearing.PublishRefusal(At(2026, 3, 29, 12, 0, +2))!.Code);
        hearing.Publish(At(2026, 4, 1, 9, 0, +2), "Direktør");
        Assert.Equal(HearingStatus.Published, hearing.StatusAt(At(2026, 4, 1, 9, 0, +2)));
        Assert.Equal(HearingRefusals.PublishedCode, hearing.CommentRefusal(A, At(2026, 4, 2, 9, 0, +2))!.Code);
    }

    [Fact]
    public void DaysLeft_CountsTodayAndTheCloseDay()
    {
        var hearing = Build();

        Assert.Equal(10, hearing.DaysLeft(At(2026, 3, 20, 8, 0, +1)));
        Assert.Equal(1, hearing.DaysLeft(At(2026, 3, 29, 22, 0, +2)));
        Assert.Equal(0, hearing.DaysLeft(At(2026, 3, 30, 0, 0, +2)));
    }

    private sealed class FakeUtcClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }
}
