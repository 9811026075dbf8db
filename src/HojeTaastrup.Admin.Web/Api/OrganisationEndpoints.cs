using System.Text.Json;
using HojeTaastrup.Admin.Web.Features.Organisation;
using HojeTaastrup.Admin.Web.Security;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace HojeTaastrup.Admin.Web.Api;

public static class OrganisationEndpoints
{
    public sealed record EditResponse(long Version);

    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var organisation = api.MapGroup("/organisation").WithTags("Organisation");

        organisation.MapGet("", GetAsync)
            .RequireAuthorization(Policies.ViewOrganisation)
            .WithName("GetOrganisation")
            .WithSummary("The organisation in force on a day (default today).")
            .Produces<OrganisationDocument>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        organisation.MapGet("/versions", VersionsAsync)
            .RequireAuthorization(Policies.ViewOrganisation)
            .WithName("GetOrganisationVersions")
            .WithSummary("Every organisation version with its effective dates and source.")
            .Produces<IReadOnlyList<OrganisationVersionSummary>>();

        organisation.MapGet("/versions/{versionId:guid}", async (Guid versionId, OrganisationReader reader, CancellationToken ct) => TypedResults.Ok(await reader.GetAsync(versionId, ct)))
            .RequireAuthorization(Policies.ViewOrganisation)
            .WithName("GetOrganisationVersion")
            .WithSummary("One version with the keys of its parts, for the edit routes below.")
            .Produces<OrganisationView>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        organisation.MapPost("/import", ImportAsync)
            .RequireAuthorization(Policies.EditOrganisation)
            .WithName("ImportOrganisation")
            .WithSummary("Loads a whole organisation effective from effectiveFrom: JSON in the shape GET returns, or text/csv with ?effectiveFrom=.")
            .Accepts<OrganisationDocument>("application/json", "text/csv")
            .WithMetadata(new CsvBodyMetadata())
            .Produces<OrganisationDocument>(StatusCodes.Status201Created)
            .Produces<OrganisationDocument>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        organisation.MapDelete("/versions/{versionId:guid}", async (Guid versionId, long version, OrganisationEditor editor, CancellationToken ct) =>
            {
                await editor.RemoveVersionAsync(versionId, version, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.EditOrganisation)
            .WithName("RemoveOrganisationVersion")
            .WithSummary("Removes a mistaken version as a whole (audited); ?version= as read. The last version cannot be removed.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        MapEdits(organisation.MapGroup("/versions/{versionId:guid}").RequireAuthorization(Policies.EditOrganisation));
    }

    // Administrators' corrections of one version; each body carries the version's `version` as read.
    private static void MapEdits(RouteGroupBuilder version)
    {
        MapPart<DirectorateForm>(
            version,
            "directorates",
            "Directorate",
            static (editor, versionId, form, ct) => editor.AddDirectorateAsync(versionId, form, ct),
            static (editor, versionId, key, form, ct) => editor.EditDirectorateAsync(versionId, key, form, ct),
            static (editor, versionId, key, read, ct) => editor.RemoveDirectorateAsync(versionId, key, read, ct));
        MapPart<CentreForm>(
            version,
            "centres",
            "Centre",
            static (editor, versionId, form, ct) => editor.AddCentreAsync(versionId, form, ct),
            static (editor, versionId, key, form, ct) => editor.EditCentreAsync(versionId, key, form, ct),
            static (editor, versionId, key, read, ct) => editor.RemoveCentreAsync(versionId, key, read, ct));
        MapPart<UnitForm>(
            version,
            "units",
            "Unit",
            static (editor, versionId, form, ct) => editor.AddUnitAsync(versionId, form, ct),
            static (editor, versionId, key, form, ct) => editor.EditUnitAsync(versionId, key, form, ct),
            static (editor, versionId, key, read, ct) => editor.RemoveUnitAsync(versionId, key, read, ct));
    }

    // POST /{parts}, PUT and DELETE /{parts}/{key} for one kind of part: Add{Part}, Edit{Part}, Remove{Part}.
    // DELETE takes the version as read in the query string (?version=). TForm is a class so that the
    // body is required: an empty one is a 400, not a null form.
    private static void MapPart<TForm>(
        RouteGroupBuilder versionGroup,
        string parts,
        string part,
        Func<OrganisationEditor, Guid, TForm, CancellationToken, Task<long>> add,
        Func<OrganisationEditor, Guid, Guid, TForm, CancellationToken, Task<long>> edit,
        Func<OrganisationEditor, Guid, Guid, long, CancellationToken, Task<long>> remove)
        where TForm : class
    {
        versionGroup.MapPost($"/{parts}", (Guid versionId, TForm form, OrganisationEditor editor, CancellationToken ct) =>
            Edited(add(editor, versionId, form, ct))).WithName($"Add{part}").Produces<EditResponse>();
        versionGroup.MapPut($"/{parts}/{{key:guid}}", (Guid versionId, Guid key, TForm form, OrganisationEditor editor, CancellationToken ct) =>
            Edited(edit(editor, versionId, key, form, ct))).WithName($"Edit{part}").Produces<EditResponse>();
        versionGroup.MapDelete($"/{parts}/{{key:guid}}", (Guid versionId, Guid key, long version, OrganisationEditor editor, CancellationToken ct) =>
            Edited(remove(editor, versionId, key, version, ct))).WithName($"Remove{part}").Produces<EditResponse>();
    }

    private static async Task<IResult> Edited(Task<long> edit) => TypedResults.Ok(new EditResponse(await edit));

    private static async Task<IResult> GetAsync(DateOnly? date, OrganisationReader reader, CancellationToken cancellationToken) =>
        TypedResults.Ok(OrganisationDocument.From(await reader.RequireInForceOnAsync(date ?? reader.Today, cancellationToken)));

    private static async Task<IResult> VersionsAsync(OrganisationReader reader, CancellationToken cancellationToken) =>
        TypedResults.Ok(await reader.VersionsAsync(cancellationToken));

    // Far above a municipality's organisation (3,000 units are about 300 kB) and below what keeps a core
    // busy for long; a 50,000-line CSV (benchmarks/) fits.
    public const int MaxImportBytes = 8 * 1024 * 1024;

    private static async Task<ReadOnlyMemory<byte>?> ReadBoundedAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxImportBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxImportBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    // JSON, or CSV with the day (and for a replacement the version) in the query string.
    private static async Task<IResult> ImportAsync(
        HttpRequest request,
        DateOnly? effectiveFrom,
        string? source,
        long? version,
        OrganisationImporter importer,
        IOptions<JsonOptions> json,
        CancellationToken cancellationToken)
    {
        // Read whole but bounded: a client may not keep a core busy with an endless body.
        if (await ReadBoundedAsync(request, cancellationToken) is not { } content)
        {
            return TypedResults.Problem(
                title: "Filen er for stor",
                detail: $"En import må højst fylde {MaxImportBytes / (1024 * 1024)} MB. Del organisationen op, eller fjern tomme rækker.",
                statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        OrganisationDocument? document;
        if (request.ContentType?.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase) == true)
        {
            var text = new System.Text.UTF8Encoding(false).GetString(content.Span);
            document = OrganisationCsv.Read(text, effectiveFrom, source, version, cancellationToken);
        }
        else
        {
            try
            {
                document = JsonSerializer.Deserialize<OrganisationDocument>(content.Span, json.Value.SerializerOptions);
            }
            catch (JsonException ex)
            {
                return TypedResults.ValidationProblem(
                    ApiErrorHandler.UnreadableJson(ex),
                    title: "Oplysningerne er ikke gyldige",
                    detail: "Indholdet kunne ikke læses som JSON i organisationens form (som GET /api/v1/organisation giver den) eller som CSV (Content-Type: text/csv).");
            }
        }

        if (document is null)
        {
            return TypedResults.Problem(title: "Oplysningerne er ikke gyldige", detail: "Der blev ikke sendt nogen organisation.", statusCode: StatusCodes.Status400BadRequest);
        }

        var outcome = await importer.ImportAsync(document, cancellationToken);
        var result = OrganisationDocument.From(outcome.Organisation);
        return outcome.Created
            ? TypedResults.Created($"/api/v1/organisation?date={outcome.Organisation.EffectiveFrom:yyyy-MM-dd}", result)
            : TypedResults.Ok(result);
    }
}
