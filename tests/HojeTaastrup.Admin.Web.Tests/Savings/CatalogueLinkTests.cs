using HojeTaastrup.Admin.Domain.Savings;
using HojeTaastrup.Admin.Web.Components.Pages.Savings;
using HojeTaastrup.Admin.Web.Features.Savings;

namespace HojeTaastrup.Admin.Web.Tests.Savings;

// The catalogue's export link carries the filters that are set (and the sort), so the file holds the rows the
// grid shows, on every page.
public class CatalogueLinkTests
{
    private static readonly Guid Programme = Guid.Parse("2019aaaa-0000-0000-0000-000000000001");

    [Fact]
    public void Export_WithFilters_CarriesEachFilterThatIsSet()
    {
        var query = new CatalogueQuery
        {
            Programme = Programme,
            Statuses = [SavingsStatus.Adopted, SavingsStatus.Implementing],
            OwnerCentre = "ØDC",
            Year = 2021,
            HasUnknownAmounts = true,
            Search = " kantine ",
            SortBy = "amount:2021",
            Descending = true,
        };

        var link = CatalogueLink.Export("xlsx", query);

        Assert.Equal(
            "/besparelser/katalog/eksport?format=xlsx&programme=2019aaaa-0000-0000-0000-000000000001&statuses=Adopted&statuses=Implementing"
            + "&ownerCentre=%C3%98DC&year=2021&hasUnknownAmounts=true&search=kantine&sortBy=amount%3A2021&descending=true",
            link);
    }

    [Fact]
    public void Export_WithoutFilters_IsTheFormatOnly() =>
        Assert.Equal("/besparelser/katalog/eksport?format=csv", CatalogueLink.Export("csv", new CatalogueQuery()));

    [Fact]
    public void Import_ForAProgramme_NamesIt() =>
        Assert.Equal($"/besparelser/import?program={Programme}", CatalogueLink.Import(Programme));
}
