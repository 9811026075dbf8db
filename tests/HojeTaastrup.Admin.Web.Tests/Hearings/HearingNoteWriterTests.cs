using HojeTaastrup.Admin.Domain.Hearings;
using HojeTaastrup.Admin.Web.Features.Hearings;

namespace HojeTaastrup.Admin.Web.Tests.Hearings;

// The note as a printable page: every text encoded (an answer's "<script>" is shown, never run), Danish letters as they are.
public class HearingNoteWriterTests
{
    private static readonly HearingNote Note = new(
        new NoteHeader("Høje-Taastrup Kommune", "Direktionssekretariatet", new DateOnly(2026, 4, 1), "00.01.00-A00-1-26", null),
        "Høring om <b>budget</b>",
        "Indledning.\n\nAndet afsnit.",
        [new NoteSection("1. Færre møder", "Tekst", "2027: 1 mio. kr.", [new NoteRemark("SektorMED CAI", "Vi er imod <script>alert('x')</script>", Late: true, DateTimeOffset.UnixEpoch)], null)],
        [],
        ["HovedMED"]);

    [Fact]
    public void Html_EncodesEveryText_AndKeepsTheOrder()
    {
        var html = HearingNoteWriter.Html(Note);

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>budget", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("SektorMED CAI: (modtaget efter fristen)", html, StringComparison.Ordinal);
        var order = new[] { "Indledning.", "1. Færre møder", HearingNote.RemarksHeading, "SektorMED CAI", HearingNote.GeneralHeading, HearingNote.NoRemarks, "HovedMED" }
            .Select(text => html.IndexOf(text, StringComparison.Ordinal))
            .ToList();
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.Order(), order);
    }
}
