using System.Text.Json;
using HojeTaastrup.Admin.Web.Features.Organisation;
using HojeTaastrup.Admin.Web.Infrastructure.Csv;
using HojeTaastrup.Admin.Web.Security;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace HojeTaastrup.Admin.Web.Api;

public static class OrganisationEndpoints
{
    // The organisation version's new `version`, for the next edit.
    public sealed record OrganisationEditView(long Version);

    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var organisation = api.MapGroup("/organisation").WithTags("Organisation");

        organisation.MapGet("", GetAsync)
            .RequireAuthorization(Policies.ViewOrganisation)
            .WithName("GetOrganisation")
            .WithSummary("The organisation in force on a day (default today): every directorate, centre and unit with the key writes name it by.")
            .Produces<OrganisationView>()
            .Produces(StatusCodes.Status304NotModified)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        organisation.MapGet("/versions", VersionsAsync)
            .RequireAuthorization(Policies.ViewOrganisation)
            .WithName("GetOrganisationVersions")
            .WithSummary("Every organisation version with its effective dates and source.")
            .Produces<IReadOnlyList<OrganisationVersionSummaryView>>();

        organisation.MapGet("/versions/{versionId:guid}", async (Guid versionId, OrganisationService service, CancellationToken ct) => TypedResults.Ok(await service.GetAsync(versionId, ct)))
            .RequireAuthorization(Policies.ViewOrganisation)
            .WithName("GetOrganisationVersion")
            .WithSummary("One version with the keys of its parts, for the edit routes below.")
            .Produces<OrganisationVersionView>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        organisation.MapPost("/import", ImportAsync)
            .RequireAuthorization(Policies.EditOrganisation)
            .WithName("ImportOrganisation")
            .WithSummary("Loads a whole organisation effective from effectiveFrom: JSON in the shape GET returns, or text/csv with ?effectiveFrom=.")
            .Accepts<OrganisationImportInput>("application/json", "text/csv")
            .WithMetadata(new CsvBodyMetadata())
            .Produces<OrganisationView>(StatusCodes.Status201Created)
            .Produces<OrganisationView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        organisation.MapDelete("/versions/{versionId:guid}", async (Guid versionId, long version, OrganisationService service, CancellationToken ct) =>
            {
                await service.RemoveVersionAsync(versionId, version, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.EditOrganisation)
            .WithName("RemoveOrganisationVersion")
            .WithSummary("Removes a mistaken version as a whole (audited); ?version= as read. The last version cannot be removed.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        MapEdits(organisation.MapGroup("/versions/{versionId:guid}").RequireAuthorization(Policies.EditOrganisation));
    }

    // Administrators' corrections of one version; each body carries the version's `version` as read.
    private static void MapEdits(RouteGroupBuilder version)
    {
        MapPart<DirectorateInput>(
            version,
            "directorates",
            "Directorate",
            "directorate",
            "{ name, directorName, version }",
            static (service, versionId, input, ct) => service.AddDirectorateAsync(versionId, input, ct),
            static (service, versionId, key, input, ct) => service.EditDirectorateAsync(versionId, key, input, ct),
            static (service, versionId, key, read, ct) => service.RemoveDirectorateAsync(versionId, key, read, ct));
        MapPart<CentreInput>(
            version,
            "centres",
            "Centre",
            "centre",
            "{ code, name, kind, directorateKey, version }",
            static (service, versionId, input, ct) => service.AddCentreAsync(versionId, input, ct),
            static (service, versionId, key, input, ct) => service.EditCentreAsync(versionId, key, input, ct),
            static (service, versionId, key, read, ct) => service.RemoveCentreAsync(versionId, key, read, ct));
        MapPart<UnitInput>(
            version,
            "units",
            "Unit",
            "unit",
            "{ name, centreKey, fte, payroll, version }",
            static (service, versionId, input, ct) => service.AddUnitAsync(versionId, input, ct),
            static (service, versionId, key, input, ct) => service.EditUnitAsync(versionId, key, input, ct),
            static (service, versionId, key, read, ct) => service.RemoveUnitAsync(versionId, key, read, ct));
    }

    // POST /{parts}, PUT and DELETE /{parts}/{key} for one kind of part: Add{Part}, Edit{Part}, Remove{Part};
    // body names the fields for the summary.
    // DELETE takes the version as read in the query string (?version=). TInput is a class so that the
    // body is required: an empty one is a 400, not a null form.
    private static void MapPart<TInput>(
        RouteGroupBuilder versionGroup,
        string parts,
        string part,
        string word,
        string body,
        Func<OrganisationService, Guid, TInput, CancellationToken, Task<long>> add,
        Func<OrganisationService, Guid, Guid, TInput, CancellationToken, Task<long>> edit,
        Func<OrganisationService, Guid, Guid, long, CancellationToken, Task<long>> remove)
        where TInput : class
    {
        versionGroup.MapPost($"/{parts}", (Guid versionId, TInput input, OrganisationService service, CancellationToken ct) =>
                Edited(add(service, versionId, input, ct)))
            .Described($"Add{part}", $"Adds a {word} to the version: {body}.");
        versionGroup.MapPut($"/{parts}/{{key:guid}}", (Guid versionId, Guid key, TInput input, OrganisationService service, CancellationToken ct) =>
                Edited(edit(service, versionId, key, input, ct)))
            .Described($"Edit{part}", $"Changes the {word} with this key in the version: {body}.");
        versionGroup.MapDelete($"/{parts}/{{key:guid}}", (Guid versionId, Guid key, long version, OrganisationService service, CancellationToken ct) =>
                Edited(remove(service, versionId, key, version, ct)))
            .Described($"Remove{part}", $"Removes the {word} with this key from the version; ?version= as read.");
    }

    // Every edit answers the same: the new version, or a 400, 404, 409 or 422 problem.
    private static RouteHandlerBuilder Described(this RouteHandlerBuilder route, string name, string summary) =>
        route.WithName(name)
            .WithSummary(summary)
            .Produces<OrganisationEditView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static async Task<IResult> Edited(Task<long> edit) => TypedResults.Ok(new OrganisationEditView(await edit));

    // The body is kept with the version's kept structure (OrganisationSnapshots): an unchanged version is not
    // serialised again, and a client that sends its ETag back gets a 304.
    private static async Task<IResult> GetAsync(DateOnly? date, OrganisationService service, KeptJson kept, CancellationToken cancellationToken)
    {
        var version = await service.RequireInForceOnAsync(date ?? service.Today, cancellationToken);
        return new KeptJsonResult(kept.Of(
            version.Structure,
            (version.Id, version.Version, version.EffectiveFrom, version.Source),
            () => OrganisationView.From(version)));
    }

    private static async Task<IResult> VersionsAsync(OrganisationService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.VersionsAsync(cancellationToken));

    // Far above a municipality's organisation (3,000 units are about 300 kB) and below what keeps a core
    // busy for long; a 50,000-line CSV (benchmarks/) fits.
    public const int MaxImportBytes = 8 * 1024 * 1024;

    // JSON, or CSV with the day (and for a replacement the version) in the query string.
    private static async Task<IResult> ImportAsync(
        HttpRequest request,
        DateOnly? effectiveFrom,
        string? source,
        long? version,
        OrganisationImportService imports,
        IOptions<JsonOptions> json,
        CancellationToken cancellationToken)
    {
        // Read whole but bounded: a client may not keep a core busy with an endless body.
        if (await RequestBodies.ReadBoundedAsync(request, MaxImportBytes, cancellationToken) is not { } content)
        {
            return RequestBodies.TooLarge(MaxImportBytes, "Del organisationen op, eller fjern tomme rækker.");
        }

        OrganisationImportInput? input;
        if (request.ContentType?.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase) == true)
        {
            // UTF-8 with or without a byte order mark, or Windows-1252 as Danish Excel's plain "CSV" writes it.
            var text = CsvText.Decode(content.Span);
            input = OrganisationCsv.Read(text, effectiveFrom, source, version, cancellationToken);
        }
        else
        {
            try
            {
                input = JsonSerializer.Deserialize<OrganisationImportInput>(content.Span, json.Value.SerializerOptions);
            }
            catch (JsonException ex)
            {
                return TypedResults.ValidationProblem(
                    ApiErrorHandler.UnreadableJson(ex),
                    title: "Oplysningerne er ikke gyldige",
                    detail: "Indholdet kunne ikke læses som JSON i organisationens form (som GET /api/v1/organisation giver den) eller som CSV (Content-Type: text/csv).");
            }
        }

        if (input is null)
        {
            return TypedResults.Problem(title: "Oplysningerne er ikke gyldige", detail: "Der blev ikke sendt nogen organisation.", statusCode: StatusCodes.Status400BadRequest);
        }

        var outcome = await imports.ImportAsync(input, cancellationToken);
        var result = OrganisationView.From(outcome.Organisation);
        return outcome.Created
            ? TypedResults.Created($"/api/v1/organisation?date={outcome.Organisation.EffectiveFrom:yyyy-MM-dd}", result)
            : TypedResults.Ok(result);
    }
}
