using System.Globalization;
using FluentValidation;
using FluentValidation.Results;
using HojeTaastrup.Admin.Data;
using HojeTaastrup.Admin.Domain.Common;
using HojeTaastrup.Admin.Domain.Realisation;
using HojeTaastrup.Admin.Domain.Savings;
using HojeTaastrup.Admin.Web.Features.Savings;
using HojeTaastrup.Admin.Web.Infrastructure.Spreadsheets;
using HojeTaastrup.Admin.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace HojeTaastrup.Admin.Web.Features.Realisation;

// Realised amounts from the finance system (CSV as Danish Excel writes it, UTF-8 or Windows-1252, or XLSX) with the
// columns forslag;år;beløb;dato;note, and the dashboard's table as a file. The import is finance's, all or nothing:
// the preview checks every row, the import checks again and saves nothing unless every row is right. A row already
// imported (the same key, RealisationImportKey) is skipped, so the same file twice counts once (decision 0008).
public sealed class RealisationExchangeService(
    IDbContextFactory<AdminDbContext> dbFactory,
    CurrentUser currentUser,
    TimeProvider time,
    RealisationService realisation)
{
    public const long MaxImportBytes = 10 * 1024 * 1024;
    public const int MaxImportRows = 100_000;

    public const string Proposal = "forslag";
    public const string Year = "år";
    public const string Amount = "beløb";
    public const string Date = "dato";
    public const string Note = "note";

    public const string ImportForbiddenMessage = "Kun økonomi kan importere realiserede beløb.";

    private static readonly SheetLimits ImportLimits = new(MaxImportBytes, 200L * 1024 * 1024, MaxImportRows);

    private static readonly SheetColumns Columns = new([Proposal, Year, Amount, Date], Optional: name => name.Trim().Equals(Note, StringComparison.OrdinalIgnoreCase));

    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    public async Task<RealisationImportPreview> PreviewImportAsync(Guid programmeId, Stream content, string fileName, CancellationToken cancellationToken = default)
    {
        var (_, _, preview) = await ReadImportAsync(programmeId, content, fileName, cancellationToken);
        return preview;
    }

    public async Task<RealisationImportResult> ImportAsync(Guid programmeId, Stream content, string fileName, CancellationToken cancellationToken = default)
    {
        var (programme, rows, preview) = await ReadImportAsync(programmeId, content, fileName, cancellationToken);
        if (!preview.CanImport)
        {
            throw new RealisationImportRefusedException(preview);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow();
        var by = await realisation.ActorNameAsync();
        // One transaction: the locked plans, every entry and its audit record, or nothing (a row imported meanwhile
        // is a 409 by the unique key; any other failure rolls back what was written before it).
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Adopted proposals without a locked plan get it in the same transaction as their first entries, saved
        // through EF as every plan is (audited, versioned).
        var planned = (await db.ProposalRealisations.Where(r => r.ProgrammeId == programme.Id).Select(r => r.ProposalId).ToListAsync(cancellationToken)).ToHashSet();
        foreach (var proposal in rows.Where(r => !r.AlreadyImported).Select(r => r.Proposal).DistinctBy(p => p.Id).Where(p => !planned.Contains(p.Id)))
        {
            db.ProposalRealisations.Add(ProposalRealisation.LockBaseline(proposal, now, by));
        }

        await db.SaveChangesAsync(cancellationToken);
        var entries = rows.Where(r => !r.AlreadyImported)
            .Select(r => new RealisationEntry(programme.Id, r.Proposal.Id, r.Year, r.Amount, r.Day, r.Note, RealisationSource.Import, false, now, by, r.Key))
            .ToList();
        // The entries are append-only and new: written with one INSERT per table reused row by row, not tracked
        // (10,000 rows in EF Core's change tracker took seconds; decision 0009).
        await db.AppendAuditedAsync(entries, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new RealisationImportResult(programme.Id, entries.Count, preview.AlreadyImported, Money.Sum(entries.Select(e => e.Amount)));
    }

    // The dashboard's table: per year target, planned, realised, forecast, gap, what covers it.
    public async Task<ExportFile> ExportDashboardAsync(Guid programmeId, ExportFormat format, CancellationToken cancellationToken = default)
    {
        var view = await realisation.GetProgrammeAsync(programmeId, cancellationToken);
        var table = new SheetTable(["Budgetår", "Mål", "Planlagt", "Realiseret", "Prognose", "Mangler (mål − realiseret)", "Dækningstiltag", "Udækket"]);
        foreach (var y in view.Years)
        {
            table.AddRow(
                SheetCell.FromWhole(y.Year),
                SheetCell.FromKroner(y.Target.Kroner),
                SheetCell.FromKroner(y.Planned.Kroner),
                SheetCell.FromKroner(y.Realised.Kroner),
                SheetCell.FromKroner(y.Forecast.Kroner),
                SheetCell.FromKroner(y.Gap.Kroner),
                string.Join("; ", y.CoverMeasures.Select(c => $"{c.Title} ({c.Amount.ToString(null, Danish)})")),
                SheetCell.FromKroner(y.Uncovered.Kroner));
        }

        using var output = new MemoryStream();
        var today = MunicipalClock.Today(time);
        if (format == ExportFormat.Xlsx)
        {
            XlsxWriter.Write(table, output, "Gevinstrealisering");
        }
        else
        {
            DanishCsvWriter.Write(table, output);
        }

        return new ExportFile(
            $"gevinstrealisering-{today:yyyy-MM-dd}.{(format == ExportFormat.Xlsx ? "xlsx" : "csv")}",
            format == ExportFormat.Xlsx ? XlsxWriter.ContentType : DanishCsvWriter.ContentType,
            output.ToArray());
    }

    private async Task<(SavingsProgramme Programme, List<ReadRow> Rows, RealisationImportPreview Preview)> ReadImportAsync(
        Guid programmeId, Stream content, string fileName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        await currentUser.RequireAsync(RealisationAccess.Realisation, RealisationAccess.Record, ImportForbiddenMessage);

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var programme = await db.SavingsProgrammes.AsNoTracking().FirstOrDefaultAsync(p => p.Id == programmeId, cancellationToken)
            ?? throw new NotFoundException(SavingsService.ProgrammeNotFoundMessage);

        var read = await SheetFiles.ReadAsync(content, fileName, Columns, ImportLimits, cancellationToken);
        if (read.Table.Header.Count == 0)
        {
            throw new ValidationException(read.Failures.Count > 0 ? read.Failures : [new ValidationFailure("file", SavingsExchangeService.NotSheetMessage)]);
        }

        // Everything a row is checked against, each with one query; the rows are checked in memory.
        var proposals = (await db.SavingsProposals.AsNoTracking().Where(p => p.ProgrammeId == programme.Id).ToListAsync(cancellationToken))
            .ToDictionary(p => p.NumberKey, StringComparer.Ordinal);
        var imported = (await db.RealisationEntries.AsNoTracking()
                .Where(e => e.ProgrammeId == programme.Id && e.ImportKey != null)
                .Select(e => e.ImportKey!)
                .ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);

        var errors = read.Failures.Select(SavingsImportErrors.FromReader).ToList();
        var rows = new List<ReadRow>(read.Table.Rows.Count);
        var views = new List<RealisationImportRow>(read.Table.Rows.Count);
        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in read.Table.Rows)
        {
            if (row.IsEmpty)
            {
                continue;
            }

            var before = errors.Count;
            var number = row[Proposal].Text.Trim();
            SavingsProposal? proposal = null;
            if (number.Length == 0)
            {
                errors.Add(new(row.Number, Proposal, "Angiv forslagets nummer."));
            }
            else if (!proposals.TryGetValue(ProposalContent.Key(number), out proposal))
            {
                errors.Add(new(row.Number, Proposal, $"Programmet har intet forslag med nummeret {number}."));
            }
            else if (ProposalRealisation.BaselineRefusal(proposal) is { } notAdopted)
            {
                errors.Add(new(row.Number, Proposal, notAdopted.Message));
            }

            var year = row[Year].AsWhole();
            if (year is null)
            {
                errors.Add(new(row.Number, Year, $"\"{row[Year].Text}\" er ikke et budgetår."));
            }
            else if (RealisationService.YearRefusal(programme, (int)year) is { } outside)
            {
                errors.Add(new(row.Number, Year, outside));
            }

            var kroner = row[Amount].AsKroner();
            if (kroner is null)
            {
                errors.Add(new(row.Number, Amount, $"\"{row[Amount].Text}\" er ikke et beløb i kroner (fx 1.400.000 eller 1400000)."));
            }
            else if (kroner <= 0)
            {
                errors.Add(new(row.Number, Amount, kroner == 0
                    ? "Beløbet kan ikke være 0."
                    : "Et negativt beløb (en korrektion) kan ikke importeres. Registrér korrektionen på forslagets side."));
            }
            else if (!Plausible.IsKroner(kroner.Value))
            {
                errors.Add(new(row.Number, Amount, Plausible.KronerMessage));
            }

            var day = row[Date].AsDay();
            if (day is null)
            {
                errors.Add(new(row.Number, Date, $"\"{row[Date].Text}\" er ikke en dato (dd-mm-åååå eller åååå-mm-dd)."));
            }
            else if (!Plausible.IsDay(day.Value))
            {
                errors.Add(new(row.Number, Date, Plausible.DayMessage));
            }
            else if (year is not null && realisation.DayRefusal(day.Value, (int)year) is { } badDay)
            {
                errors.Add(new(row.Number, Date, badDay));
            }

            var note = row[Note].Text.Trim();
            if (note.Length > RealisationEntry.MaxNoteLength)
            {
                errors.Add(new(row.Number, Note, $"Noten må højst have {RealisationEntry.MaxNoteLength} tegn."));
            }
            else if (Plausible.HasControlCharacter(note))
            {
                errors.Add(new(row.Number, Note, Plausible.ControlCharacterMessage));
            }

            if (errors.Count > before)
            {
                continue;
            }

            var amount = Money.FromKroner(kroner!.Value);
            var rowText = $"{proposal!.NumberKey}|{year}|{kroner}|{day:yyyy-MM-dd}|{note}";
            var occurrence = occurrences[rowText] = occurrences.GetValueOrDefault(rowText) + 1;
            var key = RealisationImportKey.Of(proposal.NumberKey, (int)year!, amount, day!.Value, note, occurrence);
            var already = imported.Contains(key);
            rows.Add(new ReadRow(proposal, (int)year, amount, day.Value, note.Length == 0 ? null : note, key, already));
            if (views.Count < 200)
            {
                views.Add(new RealisationImportRow(row.Number, proposal.Number, proposal.Title, (int)year, amount, day.Value, note.Length == 0 ? null : note, already));
            }
        }

        var newRows = rows.Where(r => !r.AlreadyImported).ToList();
        var preview = new RealisationImportPreview(
            read.Table.Rows.Count,
            views,
            errors,
            newRows.Count,
            rows.Count - newRows.Count,
            Money.Sum(newRows.Select(r => r.Amount)),
            read.Format == SheetFormat.Csv ? "Linje" : "Række");
        return (programme, rows, preview);
    }

    private sealed record ReadRow(SavingsProposal Proposal, int Year, Money Amount, DateOnly Day, string? Note, string Key, bool AlreadyImported);
}
