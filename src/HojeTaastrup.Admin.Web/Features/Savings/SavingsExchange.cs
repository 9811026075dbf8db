namespace HojeTaastrup.Admin.Web.Features.Savings;

// CONTRACT SKELETON (to be implemented): export the catalogue's filtered rows and import a catalogue.
public enum ExportFormat
{
    Csv,
    Xlsx,
}

public sealed record ExportFile(string FileName, string ContentType, byte[] Content);

// A row as the import read it (1-based row number as Excel shows it, header = 1) and what is wrong with it.
public sealed record ImportRowView(int Row, string Number, string Title, string OwnerCentre, IReadOnlyList<AmountView> Amounts);

public sealed record ImportRowError(int Row, string? Column, string Message);

public sealed record ImportPreview(int RowCount, IReadOnlyList<ImportRowView> Rows, IReadOnlyList<ImportRowError> Errors)
{
    public bool CanImport => Errors.Count == 0 && RowCount > 0;
}

public sealed record ImportResult(int Created);
