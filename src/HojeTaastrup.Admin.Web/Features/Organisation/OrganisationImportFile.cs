using System.Text.Json;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.Extensions.Localization;

namespace HojeTaastrup.Admin.Web.Features.Organisation;

// A file uploaded on the import page, read into the input that OrganisationImportService takes: CSV row
// by row, JSON as the API takes it. The day and source chosen on the page win over the file's own.
public static class OrganisationImportFile
{
    public const long MaxFileSize = 2 * 1024 * 1024;

    private const string BadJsonMessage = "Filen kunne ikke læses som JSON i organisationens form (som GET /api/v1/organisation giver den).";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static bool IsJson(string fileName) => fileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase);

    // The day a JSON file says it is effective from, to start the page's date field with.
    public static DateOnly? DayOf(string fileName, string text) => IsJson(fileName) ? TryReadJson(text)?.EffectiveFrom : null;

    // Throws ValidationException with Danish messages; the version is left to the import's caller.
    public static OrganisationImportInput Read(string fileName, string text, DateOnly? effectiveFrom, string? source)
    {
        if (!IsJson(fileName))
        {
            return OrganisationCsv.Read(text, effectiveFrom, source, version: null);
        }

        var input = TryReadJson(text) ?? throw new ValidationException([new ValidationFailure("file", BadJsonMessage)]);
        return input with
        {
            EffectiveFrom = effectiveFrom ?? input.EffectiveFrom,
            Source = string.IsNullOrWhiteSpace(source) ? input.Source : source,
            Version = null,
        };
    }

    // One readable line per problem: CSV messages already name their line, JSON ones get "Center nr. 2: ".
    public static List<string> Describe<T>(IEnumerable<ValidationFailure> failures, IStringLocalizer<T> text) =>
        failures
            .Select(f => f.PropertyName.StartsWith("rows[", StringComparison.Ordinal) || f.PropertyName == "file"
                ? f.ErrorMessage
                : OrganisationImportMessages.Where(f.PropertyName, text) + f.ErrorMessage)
            .Distinct()
            .ToList();

    private static OrganisationImportInput? TryReadJson(string text)
    {
        try
        {
            return JsonSerializer.Deserialize<OrganisationImportInput>(text, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
