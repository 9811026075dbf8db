using HojeTaastrup.Admin.Domain.Hearings;

namespace HojeTaastrup.Admin.Domain.Tests.Hearings;

// Seed 000's hearing of the whole MED organisation, moved to 2026 so that summer time changes inside it:
//
//   opens  Friday 20 March 2026, closes "til og med" Sunday 29 March 2026 (clocks go 02:00 → 03:00 that night)
//   invited: HovedMED, SektorMED CAI, SektorMED CHP          (LokalMED Rådhuset is not invited)
//   subjects: savings proposals A and B, and a reorganisation R; Guid.Empty is the general remarks
internal static class MedHearing2010
{
    public static readonly Committee Hoved = new("HovedMED", CommitteeLevel.Hoved);
    public static readonly Committee Chp = new("SektorMED CHP", CommitteeLevel.Sektor, ["CHP"]);
    public static readonly Committee Cai = new("SektorMED CAI", CommitteeLevel.Sektor, ["CAI"]);
    public static readonly Committee Lokal = new("LokalMED Rådhuset", CommitteeLevel.Lokal);

    public static readonly Guid A = Guid.NewGuid();
    public static readonly Guid B = Guid.NewGuid();
    public static readonly Guid R = Guid.NewGuid();

    public static readonly DateOnly Opens = new(2026, 3, 20);
    public static readonly DateOnly Closes = new(2026, 3, 29);

    public static Hearing Build(DateOnly? opens = null, DateOnly? closes = null) => new(new HearingContent(
        "Høring om justering af organisationen",
        "Direktionen inviterer MED-organisationen til at give høringssvar.",
        "330-2010-1",
        "Direktionssekretariatet",
        "Direktionssekretariatet",
        opens ?? Opens,
        closes ?? Closes,
        [Hoved.Id, Cai.Id, Chp.Id],
        [A, B],
        R));

    // An instant given as Copenhagen wall-clock time with its offset, e.g. At(2026, 3, 29, 23, 59, +2).
    public static DateTimeOffset At(int year, int month, int day, int hour, int minute, int offsetHours) =>
        new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.FromHours(offsetHours)).ToUniversalTime();
}
