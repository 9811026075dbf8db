using System.Globalization;
using HojeTaastrup.Admin.Web.Features.Savings;
using Microsoft.AspNetCore.WebUtilities;

namespace HojeTaastrup.Admin.Web.Components.Pages.Savings;

// The catalogue's filters as a query string (camelCase, as CatalogueQuery binds from a query), for the export
// download and for a link that opens the catalogue filtered. Only the filters that are set; no page.
public static class CatalogueLink
{
    public const string ExportPath = "/besparelser/katalog/eksport";

    public static string Export(string format, CatalogueQuery query) =>
        QueryHelpers.AddQueryString(ExportPath, [new("format", format), .. Filters(query, withSort: true)]);

    public static string Import(Guid? programme) =>
        programme is { } id ? $"/besparelser/import?program={id}" : "/besparelser/import";

    public static IEnumerable<KeyValuePair<string, string?>> Filters(CatalogueQuery query, bool withSort)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Programme is { } programme)
        {
            yield return new("programme", programme.ToString());
        }

        foreach (var status in query.Statuses)
        {
            yield return new("statuses", status.ToString());
        }

        if (!string.IsNullOrWhiteSpace(query.OwnerCentre))
        {
            yield return new("ownerCentre", query.OwnerCentre);
        }

        if (query.Category is { } category)
        {
            yield return new("category", category.ToString());
        }

        if (!string.IsNullOrWhiteSpace(query.Track))
        {
            yield return new("track", query.Track);
        }

        if (query.Year is { } year)
        {
            yield return new("year", year.ToString(CultureInfo.InvariantCulture));
        }

        if (query.HasUnknownAmounts is { } unknown)
        {
            yield return new("hasUnknownAmounts", unknown ? "true" : "false");
        }

        if (query.HasOverdueMilestones is { } overdue)
        {
            yield return new("hasOverdueMilestones", overdue ? "true" : "false");
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            yield return new("search", query.Search.Trim());
        }

        if (withSort && !string.IsNullOrWhiteSpace(query.SortBy))
        {
            yield return new("sortBy", query.SortBy);
            if (query.Descending)
            {
                yield return new("descending", "true");
            }
        }
    }
}
