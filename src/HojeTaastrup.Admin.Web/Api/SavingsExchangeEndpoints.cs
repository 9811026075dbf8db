using FluentValidation;
using HojeTaastrup.Admin.Domain.Savings;
using HojeTaastrup.Admin.Web.Features.Savings;
using HojeTaastrup.Admin.Web.Infrastructure.Spreadsheets;
using HojeTaastrup.Admin.Web.Security;

namespace HojeTaastrup.Admin.Web.Api;

// The savings catalogue as a file: export of the filtered rows (CSV or XLSX), and import of the same shape into one
// programme, previewed or for real. Every route calls SavingsExchangeService, which checks roles again.
public static class SavingsExchangeEndpoints
{
    public const string XlsxContentType = XlsxWriter.ContentType;

    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/proposals/export", ExportAsync)
            .RequireAuthorization(Policies.ViewSavings)
            .WithTags("Savings")
            .WithName("ExportSavingsCatalogue")
            .WithSummary("Every filtered proposal of the catalogue (not one page) as a file: ?format=csv|xlsx and the catalogue's filters and sort (?programme=&statuses=&ownerCentre=&category=&track=&year=&hasUnknownAmounts=&hasOverdueMilestones=&search=&sortBy=&descending=). Danish headers; amounts in kroner as numbers, \"xx\" when unknown.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv", additionalContentTypes: [XlsxContentType])
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPost("/programmes/{id:guid}/proposals/import", ImportAsync)
            .RequireAuthorization(Policies.EditSavingsProposals)
            .WithTags("Savings")
            .WithName("ImportSavingsProposals")
            .WithSummary("Drafts proposals in the programme from a catalogue file as the export writes it: the raw file as the body (Content-Type text/csv or the XLSX type; the bytes decide), at most 8 MB and 5,000 rows. ?preview=true checks and answers every row and its errors without saving; otherwise all rows are saved, or none: 400 with errors per row (\"rows[12].Beløb 2027\") and the list in rows.")
            .Accepts<string>("text/csv", XlsxContentType, "application/octet-stream")
            .WithMetadata(new CsvBodyMetadata())
            .Produces<ImportPreview>()
            .Produces<ImportResult>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
    }

    // The catalogue page's download link (CatalogueLink.ExportPath): the browser's cookie, not a token, so outside /api.
    public static IEndpointRouteBuilder MapSavingsDownloads(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/besparelser/katalog/eksport", ExportAsync)
            .RequireAuthorization(Policies.ViewSavings)
            .AddEndpointFilter<ApiExceptionFilter>()
            .AddEndpointFilter<RequestUserFilter>()
            .ExcludeFromDescription();
        return app;
    }

    // The query string as the catalogue's (CatalogueLink writes it), plus the format.
    public sealed record ExportRequest(
        string? Format,
        Guid? Programme,
        SavingsStatus[]? Statuses,
        string? OwnerCentre,
        SavingsCategory? Category,
        string? Track,
        int? Year,
        bool? HasUnknownAmounts,
        bool? HasOverdueMilestones,
        string? Search,
        string? SortBy,
        bool? Descending);

    private static async Task<IResult> ExportAsync([AsParameters] ExportRequest request, SavingsExchangeService exchange, CancellationToken cancellationToken)
    {
        var format = RequestBodies.ExportFormatOf(request.Format);
        var file = await exchange.ExportCatalogueAsync(
            new CatalogueQuery
            {
                Programme = request.Programme,
                Statuses = [.. request.Statuses ?? []],
                OwnerCentre = request.OwnerCentre,
                Category = request.Category,
                Track = request.Track,
                Year = request.Year,
                HasUnknownAmounts = request.HasUnknownAmounts,
                HasOverdueMilestones = request.HasOverdueMilestones,
                Search = request.Search,
                SortBy = request.SortBy,
                Descending = request.Descending ?? false,
            },
            format,
            cancellationToken);
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }

    private static Task<IResult> ImportAsync(Guid id, bool? preview, HttpRequest request, SavingsExchangeService exchange, CancellationToken cancellationToken) =>
        RequestBodies.ImportAsync(
            request,
            SavingsExchangeService.MaxImportBytes,
            "Del kataloget op i flere filer.",
            preview,
            (stream, fileName) => exchange.PreviewImportAsync(id, stream, fileName, cancellationToken),
            (stream, fileName) => exchange.ImportAsync(id, stream, fileName, cancellationToken),
            $"/api/v1/programmes/{id}",
            cancellationToken);
}
