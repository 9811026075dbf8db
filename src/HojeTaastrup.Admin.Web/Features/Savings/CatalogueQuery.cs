using HojeTaastrup.Admin.Domain.Savings;

namespace HojeTaastrup.Admin.Web.Features.Savings;

// The catalogue's filters, sort and page. Every filter is optional; the totals are for all filtered rows,
// the rows for one page.
public sealed class CatalogueQuery
{
    public const int MaxPageSize = 200;

    public Guid? Programme { get; set; }

    public List<SavingsStatus> Statuses { get; set; } = [];

    public string? OwnerCentre { get; set; }

    public SavingsCategory? Category { get; set; }

    public string? Track { get; set; }

    // Proposals with an amount (known or not) in that budget year.
    public int? Year { get; set; }

    public bool? HasUnknownAmounts { get; set; }

    public bool? HasOverdueMilestones { get; set; }

    // Matches number or title, ignoring case.
    public string? Search { get; set; }

    // "number" (default), "title", "ownerCentre", "status", "category", "track", "amount:<year>".
    public string? SortBy { get; set; }

    public bool Descending { get; set; }

    // 0-based.
    public int Page { get; set; }

    public int PageSize { get; set; } = 25;
}

public sealed record CataloguePage(
    IReadOnlyList<ProposalRow> Rows,
    int TotalCount,
    IReadOnlyList<int> Years,
    IReadOnlyList<TotalView> Totals,
    TotalView Total,
    int LeftOutOfTotals);
