using System.Text.Json;
using HojeTaastrup.Admin.Data.Conventions;
using HojeTaastrup.Admin.Domain.Common;
using HojeTaastrup.Admin.Domain.Savings;

namespace HojeTaastrup.Admin.Web.Tests.Persistence;

// The savings values are stored as JSON text in DomainJson's shape; they are records with constructor
// parameters that validate, so a round trip must give equal values back through those constructors.
public class SavingsJsonTests
{
    private static readonly DateTimeOffset At = new(2021, 3, 1, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public void YearAmounts_OfEveryKind_RoundTrip()
    {
        IReadOnlyList<YearAmount> amounts =
        [
            YearAmount.Unknown(2021),
            new YearAmount(2022, Money.FromMillions(6), uncertain: true),
            new YearAmount(2023, Money.FromMillions(3.5m), alternative: Money.FromMillions(5.5m)),
            YearAmount.Known(2024, Money.FromKroner(65_000)),
        ];

        var back = RoundTrip(amounts);

        Assert.Equal(amounts, back);
        Assert.Equal(["xx mio. kr.", "6 mio. kr.?", "3,5 (5,5) mio. kr.", "65.000 kr."], back.Select(a => a.ToString()));
    }

    [Fact]
    public void TargetsMilestonesAndStatusChanges_RoundTrip()
    {
        IReadOnlyList<YearTarget> targets = [new(2019, Money.FromMillions(13.4m))];
        IReadOnlyList<Milestone> milestones = [new(new DateOnly(2021, 2, 1), "Udkast til kommissorium", done: true)];
        IReadOnlyList<StatusChange> history = [new(SavingsStatus.Draft, SavingsStatus.InHearing, At, "Direktør", null)];

        Assert.Equal(targets, RoundTrip(targets));
        Assert.Equal(milestones, RoundTrip(milestones));
        Assert.Equal(history, RoundTrip(history));
        Assert.Contains("\"InHearing\"", JsonSerializer.Serialize(history, DomainJson.Options), StringComparison.Ordinal);
    }

    [Fact]
    public void Revision_WithItsWholeContent_RoundTrips()
    {
        var content = new ProposalContent(
            "A3", "Dataenhed", "- Etablere dataenhed\n- Frist 1. maj 2021", "ØAC", "Økonomi- og Analysecenter", "Økonomichefen",
            SavingsCategory.Administration, "Organisation",
            [new YearAmount(2021, Money.FromKroner(500_000)), new YearAmount(2022, Money.FromMillions(1))],
            [new Milestone(new DateOnly(2021, 5, 1), "Dataenheden er etableret")],
            Guid.NewGuid());
        IReadOnlyList<ProposalRevision> revisions = [new(1, content, At, "Direktør", "Beløbet er kvalificeret")];

        var back = Assert.Single(RoundTrip(revisions));

        Assert.Equal(1, back.Number);
        Assert.Equal(At, back.ReplacedAt);
        Assert.Equal("Beløbet er kvalificeret", back.Reason);
        Assert.True(back.Content.SameAs(content));
        Assert.Empty(back.Content.DifferencesFrom(content));
    }

    private static List<T> RoundTrip<T>(IReadOnlyList<T> values) =>
        JsonSerializer.Deserialize<List<T>>(JsonSerializer.Serialize(values, DomainJson.Options), DomainJson.Options)!;
}
