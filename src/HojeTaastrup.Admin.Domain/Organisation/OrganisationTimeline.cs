using HojeTaastrup.Admin.Domain.Common;

namespace HojeTaastrup.Admin.Domain.Organisation;

// Which organisation version is in force on a day: the one with the greatest EffectiveFrom on or
// before that day. Before the first version there is none.
public sealed class OrganisationTimeline
{
    private readonly List<DateOnly> _dates;

    public OrganisationTimeline(IEnumerable<DateOnly> effectiveDates)
    {
        ArgumentNullException.ThrowIfNull(effectiveDates);
        _dates = effectiveDates.Distinct().Order().ToList();
    }

    public IReadOnlyList<DateOnly> EffectiveDates => _dates;

    public DateOnly? InForceOn(DateOnly day)
    {
        DateOnly? found = null;
        foreach (var date in _dates.TakeWhile(d => d <= day))
        {
            found = date;
        }

        return found;
    }

    // The last day of the version that starts on effectiveFrom; null while no later version exists.
    public DateOnly? LastDayOf(DateOnly effectiveFrom)
    {
        var next = _dates.Where(d => d > effectiveFrom).Cast<DateOnly?>().FirstOrDefault();
        return next?.AddDays(-1);
    }

    // Two versions from the same day would make "the organisation on that day" ambiguous.
    public void EnsureFree(DateOnly effectiveFrom)
    {
        if (TakenReason(effectiveFrom) is { } reason)
        {
            throw new DomainException(reason);
        }
    }

    // Why no new version can start on that day, or null when it can.
    public string? TakenReason(DateOnly effectiveFrom) =>
        _dates.Contains(effectiveFrom) ? $"Der findes allerede en organisation med virkning fra {DanishText.Date(effectiveFrom)}." : null;

    public const string TakenCode = "organisation.timeline.taken";
    public const string LaterVersionCode = "organisation.timeline.later-version";

    // Adding at the end of history only (ADR 0003): no version may start on that day or later. Null when one may.
    public Refusal? AppendRefusal(DateOnly effectiveFrom)
    {
        if (TakenReason(effectiveFrom) is { } taken)
        {
            return new Refusal(TakenCode, taken);
        }

        var later = _dates.Where(d => d > effectiveFrom).Cast<DateOnly?>().LastOrDefault();
        return later is { } day
            ? new Refusal(LaterVersionCode,
                $"Der findes allerede en organisation med virkning fra {DanishText.Date(day)}, efter forslagets virkningsdato. "
                + "Forslaget kan ikke vedtages med virkning fra en tidligere dato.")
            : null;
    }

    public static T? PickInForce<T>(IEnumerable<T> versions, Func<T, DateOnly> effectiveFrom, DateOnly day)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(versions);
        ArgumentNullException.ThrowIfNull(effectiveFrom);
        return versions
            .Where(v => effectiveFrom(v) <= day)
            .OrderByDescending(effectiveFrom)
            .FirstOrDefault();
    }
}
