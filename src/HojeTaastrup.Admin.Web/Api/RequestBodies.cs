using FluentValidation;
using FluentValidation.Results;
using HojeTaastrup.Admin.Web.Features.Savings;

namespace HojeTaastrup.Admin.Web.Api;

// A request body read whole but bounded: a client may not keep a core busy, or the memory full, with an endless
// body. Null when it is larger than allowed (the caller answers 413).
internal static class RequestBodies
{
    public static async Task<ReadOnlyMemory<byte>?> ReadBoundedAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    // 413 for an import above its limit; advice says how to make the file smaller.
    public static IResult TooLarge(long maxBytes, string advice) =>
        TypedResults.Problem(
            title: "Filen er for stor",
            detail: $"En import må højst fylde {maxBytes / (1024 * 1024)} MB. {advice}",
            statusCode: StatusCodes.Status413PayloadTooLarge);

    // The bytes decide CSV or XLSX; the name only tells a body sent as XLSX that is no workbook what it was sent as.
    public static string ImportFileName(HttpRequest request) =>
        request.ContentType?.StartsWith(Infrastructure.Spreadsheets.XlsxWriter.ContentType, StringComparison.OrdinalIgnoreCase) == true
            ? "import.xlsx"
            : "import.csv";

    // An all-or-nothing import that refused rows: 400 with the errors keyed as the file names its columns
    // ("rows[12].Beløb 2027", not camel-cased like a JSON field) and the rows' list.
    public static IResult RowsRefused(ImportRefusedException refused)
    {
        ArgumentNullException.ThrowIfNull(refused);
        var errors = refused.Errors
            .GroupBy(e => e.PropertyName)
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).ToArray());
        return TypedResults.ValidationProblem(
            errors,
            title: "Oplysningerne er ikke gyldige",
            detail: refused.Message,
            extensions: new Dictionary<string, object?> { ["rows"] = refused.RowErrors });
    }

    // ?format= of the exports: xlsx when left out, else csv or xlsx (400 otherwise).
    public static ExportFormat ExportFormatOf(string? format) =>
        (format ?? "xlsx").Trim().ToUpperInvariant() switch
        {
            "XLSX" => ExportFormat.Xlsx,
            "CSV" => ExportFormat.Csv,
            _ => throw new ValidationException([new ValidationFailure("format", "Vælg formatet csv eller xlsx.")]),
        };

    // The file imports' one flow: the body read bounded (413 above maxBytes, with advice), then the preview (200) or
    // the all-or-nothing import (201 at created; refused rows 400 with every row's errors).
    public static async Task<IResult> ImportAsync<TPreview, TResult>(
        HttpRequest request,
        long maxBytes,
        string advice,
        bool? preview,
        Func<Stream, string, Task<TPreview>> previewAsync,
        Func<Stream, string, Task<TResult>> importAsync,
        string created,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(previewAsync);
        ArgumentNullException.ThrowIfNull(importAsync);
        if (await ReadBoundedAsync(request, maxBytes, cancellationToken) is not { } content)
        {
            return TooLarge(maxBytes, advice);
        }

        var fileName = ImportFileName(request);
        using var stream = new MemoryStream(content.ToArray(), writable: false);
        if (preview == true)
        {
            return TypedResults.Ok(await previewAsync(stream, fileName));
        }

        try
        {
            return TypedResults.Created(created, await importAsync(stream, fileName));
        }
        catch (ImportRefusedException refused)
        {
            return RowsRefused(refused);
        }
    }
}
