using HojeTaastrup.Admin.Domain.Common;

namespace HojeTaastrup.Admin.Domain.Savings;

// "Helårsvirkning 6 mio. kr. (halv effekt i 2021, hel 2022)": the amounts per budget year from a
// full-year effect and the year it starts. The first year gets its share (half unless told otherwise),
// rounded to whole kroner; every later year up to lastYear the full effect.
public static class PhaseIn
{
    public static IReadOnlyList<YearAmount> Amounts(
        Money fullYearEffect, int startYear, int lastYear, bool uncertain = false, decimal firstYearShare = 0.5m)
    {
        if (lastYear < startYear)
        {
            throw new DomainException("Det sidste år kan ikke ligge før det år, effekten begynder.");
        }

        if (firstYearShare is <= 0m or > 1m)
        {
            throw new DomainException("Det første års andel skal være større end 0 og højst 1 (hel effekt).");
        }

        var firstYear = Money.FromKroner((long)Math.Round(fullYearEffect.Kroner * firstYearShare, MidpointRounding.AwayFromZero));
        return Enumerable.Range(startYear, lastYear - startYear + 1)
            .Select(year => new YearAmount(year, year == startYear ? firstYear : fullYearEffect, uncertain))
            .ToList();
    }
}
