using HojeTaastrup.Admin.Domain.Common;
using HojeTaastrup.Admin.Web.Features.Savings;

namespace HojeTaastrup.Admin.Web.Features.Realisation;

// What the import of realised amounts answers (RealisationExchangeService), for the page and the API.

// One row as read: the proposal it names (title when found), and whether it is already imported (same key).
public sealed record RealisationImportRow(int Row, string Proposal, string? Title, int Year, Money Amount, DateOnly Date, string? Note, bool AlreadyImported);

// RowLabel: "Linje" in a CSV file, "Række" in an Excel sheet. New: rows that will be saved; AlreadyImported: rows
// whose key is there from an earlier import and are skipped.
public sealed record RealisationImportPreview(
    int RowCount, IReadOnlyList<RealisationImportRow> Rows, IReadOnlyList<ImportRowError> Errors, int New, int AlreadyImported, Money NewSum, string RowLabel)
{
    public bool CanImport => Errors.Count == 0 && RowCount > 0;
}

public sealed record RealisationImportResult(Guid ProgrammeId, int Created, int AlreadyImported, Money Sum);

public sealed class RealisationImportRefusedException(RealisationImportPreview preview)
    : ImportRefusedException((preview ?? throw new ArgumentNullException(nameof(preview))).Errors, preview.RowLabel)
{
    public RealisationImportPreview Preview { get; } = preview;
}
