using FluentValidation;
using FluentValidation.Results;
using HojeTaastrup.Admin.Data;
using HojeTaastrup.Admin.Domain.Common;
using HojeTaastrup.Admin.Domain.Savings;
using HojeTaastrup.Admin.Web.Infrastructure.Spreadsheets;
using HojeTaastrup.Admin.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace HojeTaastrup.Admin.Web.Features.Savings;

// The catalogue to and from a spreadsheet (CSV or XLSX, the shape in SavingsSheet), for the pages and the API.
// Export: every filtered row (not one page) the user may read, filtered and sorted as the catalogue does.
// Import: directors only; the rows become drafts of one programme, all or none: a preview lists every problem per
// row, and the import checks again and saves nothing unless every row is right, else all rows in one SaveChanges.
public sealed class SavingsExchangeService(
    IDbContextFactory<AdminDbContext> dbFactory,
    CurrentUser currentUser,
    TimeProvider time,
    IValidator<CatalogueQuery> catalogueValidator)
{
    // An upload above this is refused before it is read (413 in the API); 5,000 rows are far above a catalogue.
    public const long MaxImportBytes = 8 * 1024 * 1024;
    public const int MaxImportRows = 5_000;

    public const string ImportForbiddenMessage = "Kun direktionen kan importere besparelsesforslag.";
    public const string NotSheetMessage = "Filen er hverken en CSV-fil eller et Excel-ark (.xlsx). Gem den som CSV (semikolonsepareret) eller Excel-projektmappe, og prøv igen.";

    private const string SheetName = "Besparelseskatalog";

    private static readonly SheetLimits ImportLimits = new(MaxImportBytes, 200L * 1024 * 1024, MaxImportRows);

    public async Task<ExportFile> ExportCatalogueAsync(CatalogueQuery query, ExportFormat format, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await currentUser.RequireAsync(SavingsAccess.Savings, SavingsAccess.Read, SavingsService.SignInMessage);
        await catalogueValidator.ValidateAndThrowAsync(query, cancellationToken);

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var programmes = await db.SavingsProgrammes.AsNoTracking().ToListAsync(cancellationToken);
        var names = programmes.ToDictionary(p => p.Id, p => p.Name);
        var programme = query.Programme is { } chosen ? programmes.FirstOrDefault(p => p.Id == chosen) : null;
        if (query.Programme is not null && programme is null)
        {
            throw new NotFoundException(SavingsService.ProgrammeNotFoundMessage);
        }

        // The filters that have a column run in SQL, the rest in memory, as the catalogue does (SavingsCatalogue).
        var proposals = db.SavingsProposals.AsNoTracking().WhereColumns(query);
        if (!await currentUser.MayAsync(SavingsAccess.Savings, SavingsAccess.ReadDrafts))
        {
            proposals = proposals.Where(p => p.Status != SavingsStatus.Draft);
        }

        var loaded = await proposals
            .Select(p => new SheetProposal(
                new ProposalRowSource(
                    p.Id, p.ProgrammeId, p.Number, p.Title, p.OwnerCentreCode, p.OwnerCentreName, p.Responsible, p.Category, p.Track, p.Status,
                    p.Amounts, p.Milestones, p.Version),
                p.Description,
                p.ReorganisationProposalId))
            .ToListAsync(cancellationToken);
        var byId = loaded.ToDictionary(s => s.Row.Id);
        var today = MunicipalClock.Today(time);
        var rows = SavingsCatalogue.Sort(SavingsCatalogue.Filter(loaded.Select(s => s.Row), query, today), query.SortBy, query.Descending, names).ToList();

        // A programme's own years, so that its export is the template for an import even before it has proposals.
        var years = rows.SelectMany(r => r.Amounts.Select(a => a.Year)).Concat(programme?.Years ?? []).Distinct().Order().ToList();
        var table = SavingsSheet.Write(rows.Select(r => byId[r.Id]), names, years);

        using var output = new MemoryStream();
        var extension = format == ExportFormat.Xlsx ? "xlsx" : "csv";
        if (format == ExportFormat.Xlsx)
        {
            XlsxWriter.Write(table, output, SheetName);
        }
        else
        {
            DanishCsvWriter.Write(table, output);
        }

        return new ExportFile(
            $"besparelseskatalog-{today:yyyy-MM-dd}.{extension}",
            format == ExportFormat.Xlsx ? XlsxWriter.ContentType : DanishCsvWriter.ContentType,
            output.ToArray());
    }

    // Reads and checks the file; saves nothing. A file that cannot be read at all is a ValidationException at "file".
    public async Task<ImportPreview> PreviewImportAsync(Guid programmeId, Stream content, string fileName, CancellationToken cancellationToken = default)
    {
        var (_, _, preview) = await ReadImportAsync(programmeId, content, fileName, cancellationToken);
        return preview;
    }

    public async Task<ImportResult> ImportAsync(Guid programmeId, Stream content, string fileName, CancellationToken cancellationToken = default)
    {
        var (programme, contents, preview) = await ReadImportAsync(programmeId, content, fileName, cancellationToken);
        if (!preview.CanImport)
        {
            throw new SavingsImportRefusedException(preview);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        // One save: the audit records and every proposal, or nothing (a number taken meanwhile is a 409 by the unique index).
        db.SavingsProposals.AddRange(contents.Select(c => new SavingsProposal(programme, c)));
        await db.SaveChangesAsync(cancellationToken);
        return new ImportResult(programme.Id, contents.Count);
    }

    private async Task<(SavingsProgramme Programme, IReadOnlyList<ProposalContent> Contents, ImportPreview Preview)> ReadImportAsync(
        Guid programmeId, Stream content, string fileName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        await currentUser.RequireAsync(SavingsAccess.Savings, SavingsAccess.EditProposals, ImportForbiddenMessage);

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var programme = await db.SavingsProgrammes.AsNoTracking().FirstOrDefaultAsync(p => p.Id == programmeId, cancellationToken)
            ?? throw new NotFoundException(SavingsService.ProgrammeNotFoundMessage);

        if (await IsBinaryAsync(content, cancellationToken))
        {
            throw new ValidationException([new ValidationFailure("file", NotSheetMessage)]);
        }

        var read = await SheetFiles.ReadAsync(content, fileName, SavingsSheet.ImportColumns, ImportLimits, cancellationToken);
        if (read.Table.Header.Count == 0)
        {
            // Nothing to check row by row: the file, its size or its header is what is wrong.
            throw new ValidationException(read.Failures.Count > 0 ? read.Failures : [new ValidationFailure("file", NotSheetMessage)]);
        }

        // Everything a row is checked against, each with one query: the rows themselves are checked in memory.
        var numbers = (await db.SavingsProposals.Where(p => p.ProgrammeId == programme.Id).Select(p => p.NumberKey).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var centres = (await db.OrganisationVersions.AsNoTracking().IgnoreAutoIncludes()
                .Where(v => v.EffectiveFrom <= MunicipalClock.Today(time))
                .OrderByDescending(v => v.EffectiveFrom)
                .Take(1)
                .SelectMany(v => v.Centres)
                .Select(c => new { c.Code, c.Name })
                .ToListAsync(cancellationToken))
            .ToDictionary(c => c.Code, c => c.Name, StringComparer.Ordinal);
        var reorganisations = (await db.ReorganisationProposals.AsNoTracking().IgnoreAutoIncludes().Select(p => p.Id).ToListAsync(cancellationToken)).ToHashSet();

        var sheet = SavingsSheet.Read(read, programme, new ImportKnowledge(numbers, centres, reorganisations));
        var preview = new ImportPreview(read.Table.Rows.Count, sheet.Rows, sheet.Errors, read.Format == SheetFormat.Csv ? "Linje" : "Række");
        return (programme, sheet.Contents, preview);
    }

    // Bytes that are neither an Excel workbook (a zip, or the old format SheetFiles names) nor text: a PDF, an image,
    // a file saved as "Unicode text". Text has no NUL byte; the start of the file is enough to tell.
    private static async Task<bool> IsBinaryAsync(Stream content, CancellationToken cancellationToken)
    {
        if (!content.CanSeek)
        {
            return false;
        }

        var start = content.Position;
        var head = new byte[8192];
        var length = await content.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        content.Position = start;
        var bytes = head.AsSpan(0, length);
        return !bytes.StartsWith("PK\u0003\u0004"u8) && !bytes.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]) && bytes.Contains((byte)0);
    }
}
