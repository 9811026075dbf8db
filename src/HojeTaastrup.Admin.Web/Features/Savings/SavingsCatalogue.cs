using System.Globalization;
using HojeTaastrup.Admin.Domain.Organisation;
using HojeTaastrup.Admin.Domain.Savings;

namespace HojeTaastrup.Admin.Web.Features.Savings;

// The catalogue's filters on the JSON-held values, its totals, sort and page, done in memory over the rows the
// service read (a few columns of at most some thousand proposals: a few milliseconds). The totals are for every
// filtered row; only one page of rows is turned into views.
internal static class SavingsCatalogue
{
    public const string AmountSortPrefix = "amount:";

    private static readonly string[] SortKeys = ["number", "title", "ownerCentre", "status", "category", "track"];

    public static bool IsSortKey(string? sortBy) =>
        string.IsNullOrWhiteSpace(sortBy)
        || SortKeys.Contains(sortBy.Trim(), StringComparer.OrdinalIgnoreCase)
        || (sortBy.Trim().StartsWith(AmountSortPrefix, StringComparison.OrdinalIgnoreCase)
            && int.TryParse(sortBy.Trim()[AmountSortPrefix.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && year is >= YearAmount.FirstYear and <= YearAmount.LastYear);

    // The filters that have a column, for the database to run before the rest (Filter) runs in memory.
    public static IQueryable<SavingsProposal> WhereColumns(this IQueryable<SavingsProposal> proposals, CatalogueQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Programme is { } programme)
        {
            proposals = proposals.Where(p => p.ProgrammeId == programme);
        }

        if (!string.IsNullOrWhiteSpace(query.OwnerCentre))
        {
            var code = OrganisationRules.NormaliseCode(query.OwnerCentre);
            proposals = proposals.Where(p => p.OwnerCentreCode == code);
        }

        return query.Category is { } category ? proposals.Where(p => p.Category == category) : proposals;
    }

    public static IEnumerable<ProposalRowSource> Filter(IEnumerable<ProposalRowSource> rows, CatalogueQuery query, DateOnly today)
    {
        if (query.Statuses is { Count: > 0 } statuses)
        {
            rows = rows.Where(r => statuses.Contains(r.Status));
        }

        if (!string.IsNullOrWhiteSpace(query.Track))
        {
            var track = query.Track.Trim();
            rows = rows.Where(r => string.Equals(r.Track, track, StringComparison.OrdinalIgnoreCase));
        }

        if (query.Year is { } year)
        {
            rows = rows.Where(r => r.Amounts.Any(a => a.Year == year));
        }

        if (query.HasUnknownAmounts is { } unknown)
        {
            rows = rows.Where(r => r.HasUnknownAmounts == unknown);
        }

        if (query.HasOverdueMilestones is { } overdue)
        {
            rows = rows.Where(r => r.OverdueMilestones(today) > 0 == overdue);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var search = query.Search.Trim();
            rows = rows.Where(r => r.Number.Contains(search, StringComparison.OrdinalIgnoreCase) || r.Title.Contains(search, StringComparison.OrdinalIgnoreCase));
        }

        return rows;
    }

    // Ties are broken by programme and number, so that a page boundary never moves between two reads.
    public static IEnumerable<ProposalRowSource> Sort(IEnumerable<ProposalRowSource> rows, string? sortBy, bool descending, IReadOnlyDictionary<Guid, string> programmeNames)
    {
        var key = sortBy?.Trim() ?? "number";
        var danish = StringComparer.Create(CultureInfo.GetCultureInfo("da-DK"), ignoreCase: true);
        IOrderedEnumerable<ProposalRowSource> sorted;
        if (key.StartsWith(AmountSortPrefix, StringComparison.OrdinalIgnoreCase))
        {
            var year = int.Parse(key[AmountSortPrefix.Length..], NumberStyles.None, CultureInfo.InvariantCulture);
            // Rows without a known amount that year (none, or "xx") come before the known ones, after them descending.
            sorted = Order(rows, r => r.Amounts.FirstOrDefault(a => a.Year == year)?.Amount?.Kroner ?? -1, descending);
        }
        else
        {
            sorted = key.ToUpperInvariant() switch
            {
                "TITLE" => Order(rows, r => r.Title, descending, danish),
                "OWNERCENTRE" => Order(rows, r => r.OwnerCentreCode, descending, danish),
                "STATUS" => Order(rows, r => r.Status, descending),
                "CATEGORY" => Order(rows, r => r.Category, descending),
                "TRACK" => Order(rows, r => r.Track ?? string.Empty, descending, danish),
                _ => Order(rows, r => r.Number, descending, ProposalNumberOrder.Instance),
            };
        }

        return sorted
            .ThenBy(r => programmeNames.GetValueOrDefault(r.ProgrammeId, string.Empty), danish)
            .ThenBy(r => r.Number, ProposalNumberOrder.Instance)
            .ThenBy(r => r.Id);
    }

    private static IOrderedEnumerable<ProposalRowSource> Order<TKey>(
        IEnumerable<ProposalRowSource> rows, Func<ProposalRowSource, TKey> key, bool descending, IComparer<TKey>? comparer = null) =>
        descending ? rows.OrderByDescending(key, comparer) : rows.OrderBy(key, comparer);
}

// Proposal numbers as people count them: "2" before "10", "A2" before "A10"; letters without regard to case.
internal sealed class ProposalNumberOrder : IComparer<string>
{
    public static ProposalNumberOrder Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        x ??= string.Empty;
        y ??= string.Empty;
        int i = 0, j = 0;
        while (i < x.Length && j < y.Length)
        {
            if (char.IsAsciiDigit(x[i]) && char.IsAsciiDigit(y[j]))
            {
                var startX = i;
                var startY = j;
                while (i < x.Length && char.IsAsciiDigit(x[i]))
                {
                    i++;
                }

                while (j < y.Length && char.IsAsciiDigit(y[j]))
                {
                    j++;
                }

                var digitsX = x[startX..i].TrimStart('0');
                var digitsY = y[startY..j].TrimStart('0');
                var byNumber = digitsX.Length != digitsY.Length
                    ? digitsX.Length.CompareTo(digitsY.Length)
                    : string.CompareOrdinal(digitsX, digitsY);
                if (byNumber != 0)
                {
                    return byNumber;
                }

                continue;
            }

            var byLetter = char.ToUpperInvariant(x[i]).CompareTo(char.ToUpperInvariant(y[j]));
            if (byLetter != 0)
            {
                return byLetter;
            }

            i++;
            j++;
        }

        return (x.Length - i).CompareTo(y.Length - j);
    }
}
