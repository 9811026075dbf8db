using HojeTaastrup.Admin.Domain.Common;
using HojeTaastrup.Admin.Domain.Organisation;

namespace HojeTaastrup.Admin.Domain.Tests.Organisation;

public class OrganisationTimelineTests
{
    private static readonly DateOnly First = new(2004, 1, 1);
    private static readonly DateOnly Second = new(2010, 10, 1);

    private static readonly OrganisationTimeline Timeline = new([Second, First]);

    [Fact]
    public void InForceOn_BeforeTheFirstVersion_IsNone()
    {
        Assert.Null(Timeline.InForceOn(new DateOnly(2003, 12, 31)));
    }

    [Fact]
    public void InForceOn_TheEffectiveDay_IsThatVersion()
    {
        Assert.Equal(Second, Timeline.InForceOn(Second));
    }

    [Fact]
    public void InForceOn_TheDayBefore_IsTheEarlierVersion()
    {
        Assert.Equal(First, Timeline.InForceOn(new DateOnly(2010, 9, 30)));
    }

    [Fact]
    public void InForceOn_AfterTheLastVersion_IsTheLastVersion()
    {
        Assert.Equal(Second, Timeline.InForceOn(new DateOnly(2030, 1, 1)));
    }

    [Fact]
    public void LastDayOf_AVersion_IsTheDayBeforeTheNext()
    {
        Assert.Equal(new DateOnly(2010, 9, 30), Timeline.LastDayOf(First));
        Assert.Null(Timeline.LastDayOf(Second));
    }

    [Fact]
    public void EnsureFree_ADayWithAVersion_IsRefused()
    {
        var error = Assert.Throws<DomainException>(() => Timeline.EnsureFree(Second));

        Assert.Equal("Der findes allerede en organisation med virkning fra 1. oktober 2010.", error.Message);
        Timeline.EnsureFree(new DateOnly(2011, 1, 1));
    }

    [Fact]
    public void PickInForce_ChoosesTheLatestVersionNotAfterTheDay()
    {
        var versions = new[]
        {
            new OrganisationVersion(Second, "Omorganisering"),
            new OrganisationVersion(First, "Import"),
        };

        Assert.Equal("Import", OrganisationTimeline.PickInForce(versions, v => v.EffectiveFrom, new DateOnly(2010, 5, 17))!.Source);
        Assert.Equal("Omorganisering", OrganisationTimeline.PickInForce(versions, v => v.EffectiveFrom, Second)!.Source);
        Assert.Null(OrganisationTimeline.PickInForce(versions, v => v.EffectiveFrom, new DateOnly(2000, 1, 1)));
    }

    [Fact]
    public void EffectiveDates_AreSortedAndDistinct()
    {
        var timeline = new OrganisationTimeline([Second, First, Second]);

        Assert.Equal([First, Second], timeline.EffectiveDates);
    }
}
