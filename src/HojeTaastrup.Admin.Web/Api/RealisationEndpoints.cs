using HojeTaastrup.Admin.Web.Features.Realisation;
using HojeTaastrup.Admin.Web.Infrastructure.Spreadsheets;
using HojeTaastrup.Admin.Web.Security;

namespace HojeTaastrup.Admin.Web.Api;

// ../shared/API.md: the realisation of savings. Every route calls RealisationService or RealisationExchangeService,
// which check roles again; the policies here make a reader's write a 403 before the body is read.
public static class RealisationEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var read = api.MapGroup("/").RequireAuthorization(Policies.ViewRealisation).WithTags("Realisation");
        var record = api.MapGroup("/").RequireAuthorization(Policies.RecordRealisation).WithTags("Realisation");

        read.MapGet("/programmes/{id:guid}/realisation", (Guid id, RealisationService service, CancellationToken ct) => service.GetProgrammeAsync(id, ct))
            .WithSummary("The programme's realisation: years [{ year, target, planned, unknownPlanned, realised, forecast, gap, forecastGap, overRealised, coverOutstanding, uncovered, coverMeasures }] (gap = target − realised, negative = over-realised), coverMeasures, proposals with their figures per year, investments and follow-ups.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        read.MapGet("/programmes/{id:guid}/realisation/export", ExportAsync)
            .WithSummary("The dashboard's table as a file: ?format=csv|xlsx. Kroner as numbers, Danish headers.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv", additionalContentTypes: [XlsxWriter.ContentType])
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        record.MapPost("/programmes/{id:guid}/realisation/import", ImportAsync)
            .WithSummary("Realised amounts from the finance system: the raw file as the body (text/csv, semicolons and Danish numbers, UTF-8 or Windows-1252, or XLSX), columns forslag;år;beløb;dato;note. ?preview=true checks every row and saves nothing. Otherwise all rows or none: 400 with errors per row (\"rows[12].beløb\") and nothing saved. A row already imported (same proposal, year, amount, day and note) is skipped, so the same file twice counts once.")
            .Accepts<string>("text/csv", XlsxWriter.ContentType, "application/octet-stream")
            .WithMetadata(new CsvBodyMetadata())
            .Produces<RealisationImportPreview>()
            .Produces<RealisationImportResult>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);

        read.MapGet("/proposals/{id:guid}/realisation", (Guid id, RealisationService service, CancellationToken ct) => service.GetProposalAsync(id, ct))
            .WithSummary("One proposal's realisation: its locked plan per year, re-baselines with reasons, forecasts, realised entries; refusal says why nothing can be recorded yet.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        record.MapPost("/proposals/{id:guid}/realisations", async (Guid id, RealisationEntryInput input, RealisationService service, CancellationToken ct) =>
            {
                var entry = await service.RecordAsync(id, input, ct);
                return TypedResults.Created($"/api/v1/proposals/{id}/realisation", entry);
            })
            .WithSummary("Records a realised saving: { year, amount, date, note, correction }. Amount in kroner, positive; a negative amount only with correction: true. The year within the programme's years, the day not in the future and within a year of the budget year; the proposal adopted (else 422).")
            .ProducesWriteProblems();
        record.MapPost("/proposals/{id:guid}/realisation/rebaseline", (Guid id, RebaselineInput input, RealisationService service, CancellationToken ct) =>
                service.RebaselineAsync(id, input, ct))
            .WithSummary("Moves the locked plan of one year: { year, amount | null, reason, version }; the reason is required and stays beside the figure.")
            .ProducesWriteProblems();
        record.MapPost("/proposals/{id:guid}/realisation/forecast", (Guid id, ForecastInput input, RealisationService service, CancellationToken ct) =>
                service.SetForecastAsync(id, input, ct))
            .WithSummary("Sets finance's forecast for one year: { year, amount | null, version }.")
            .ProducesWriteProblems();

        read.MapGet("/realisations", ([AsParameters] EntryRequest request, RealisationService service, CancellationToken ct) =>
                service.EntriesAsync(
                    new EntryQuery
                    {
                        Programme = request.Programme,
                        Proposal = request.Proposal,
                        Year = request.Year,
                        Source = request.Source,
                        From = request.From,
                        To = request.To,
                        Search = request.Search,
                        Skip = request.Skip ?? 0,
                        Take = request.Take ?? 50,
                    },
                    ct))
            .WithSummary("Every realised entry the filters select (?programme=&proposal=&year=&source=Manual|Import&from=&to=&search=&skip=&take=), newest day first: { total, sum, entries }.")
            .ProducesValidationProblem();

        api.MapPost("/programmes/{id:guid}/cover-measures", async (Guid id, CoverMeasureInput input, RealisationService service, CancellationToken ct) =>
            {
                var measure = await service.AddCoverMeasureAsync(id, input, ct);
                return TypedResults.Created($"/api/v1/programmes/{id}/realisation", measure);
            })
            .RequireAuthorization(Policies.DecideCoverMeasures)
            .WithTags("Realisation")
            .WithSummary("Decides a cover measure for a gap: { title, year, amount, note, proposal }; with a proposal its realisation is that proposal's.")
            .ProducesWriteProblems();
        record.MapPut("/cover-measures/{id:guid}/realised", (Guid id, CoverRealisedInput input, RealisationService service, CancellationToken ct) =>
                service.RecordCoverRealisedAsync(id, input, ct))
            .WithSummary("Records what a cover measure that is not a proposal has realised: { amount, version }.")
            .ProducesWriteProblems();

        read.MapGet("/programmes/{id:guid}/follow-ups", (Guid id, RealisationService service, CancellationToken ct) => service.ListFollowUpsAsync(id, ct))
            .WithSummary("The programme's frozen budget follow-ups, newest first.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        record.MapPost("/programmes/{id:guid}/follow-ups", async (Guid id, FollowUpInput input, RealisationService service, CancellationToken ct) =>
            {
                var followUp = await service.FreezeFollowUpAsync(id, input, ct);
                return TypedResults.Created($"/api/v1/follow-ups/{followUp.Id}/comparison", followUp);
            })
            .WithSummary("Freezes a budget follow-up: { name } (\"1. budgetopfølgning 2017\"), a snapshot of every figure of the programme now.")
            .ProducesWriteProblems();
        read.MapGet("/follow-ups/{id:guid}/comparison", (Guid id, RealisationService service, CancellationToken ct) => service.CompareAsync(id, ct))
            .WithSummary("Today's figures against a frozen follow-up: frozen and today per year, and moves [{ year, proposal, figure, before, after, change, why }].")
            .ProducesProblem(StatusCodes.Status404NotFound);

        record.MapPost("/programmes/{id:guid}/investments", async (Guid id, InvestmentInput input, RealisationService service, CancellationToken ct) =>
            {
                var fund = await service.AddInvestmentAsync(id, input, ct);
                return TypedResults.Created($"/api/v1/programmes/{id}/realisation", fund);
            })
            .WithSummary("An investment fund of the programme: { name, grants: [{ year, amount }] }.")
            .ProducesWriteProblems();
        record.MapPost("/investments/{id:guid}/disbursements", (Guid id, DisbursementInput input, RealisationService service, CancellationToken ct) =>
                service.DisburseAsync(id, input, ct))
            .WithSummary("A disbursement from the fund: { title, date, amount, yearlyEffect, proposal, version }; more than remains is refused (422).")
            .ProducesWriteProblems();
    }

    // The dashboard's download link: the browser's cookie, not a token, so outside /api.
    public static IEndpointRouteBuilder MapRealisationDownloads(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/gevinstrealisering/{id:guid}/eksport", ExportAsync)
            .RequireAuthorization(Policies.ViewRealisation)
            .AddEndpointFilter<ApiExceptionFilter>()
            .AddEndpointFilter<RequestUserFilter>()
            .ExcludeFromDescription();
        return app;
    }

    public sealed record EntryRequest(
        Guid? Programme, Guid? Proposal, int? Year, Domain.Realisation.RealisationSource? Source, DateOnly? From, DateOnly? To, string? Search, int? Skip, int? Take);

    private static async Task<IResult> ExportAsync(Guid id, string? format, RealisationExchangeService exchange, CancellationToken cancellationToken)
    {
        var chosen = RequestBodies.ExportFormatOf(format);
        var file = await exchange.ExportDashboardAsync(id, chosen, cancellationToken);
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }

    private static Task<IResult> ImportAsync(Guid id, bool? preview, HttpRequest request, RealisationExchangeService exchange, CancellationToken cancellationToken) =>
        RequestBodies.ImportAsync(
            request,
            RealisationExchangeService.MaxImportBytes,
            "Del filen op i flere filer.",
            preview,
            (stream, fileName) => exchange.PreviewImportAsync(id, stream, fileName, cancellationToken),
            (stream, fileName) => exchange.ImportAsync(id, stream, fileName, cancellationToken),
            $"/api/v1/programmes/{id}/realisation",
            cancellationToken);
}
