namespace HojeTaastrup.Admin.Web.Infrastructure.Spreadsheets;

// The neutral shape of a sheet that every export writes and every import reads, whatever the format
// (XLSX or Danish CSV): a header row of column names, then rows of typed cells. A row knows its number as
// Excel shows it (the header is row 1), so that an import can name the row a problem is in.
public sealed class SheetTable
{
    private readonly List<SheetRow> _rows = [];
    private readonly Dictionary<string, int> _columnIndex;

    public SheetTable(IEnumerable<string> header)
    {
        ArgumentNullException.ThrowIfNull(header);
        Header = [.. header.Select(h => h ?? "")];
        _columnIndex = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < Header.Count; i++)
        {
            // The first of two columns with the same name wins, as in DanishCsv.
            _columnIndex.TryAdd(Header[i].Trim(), i);
        }
    }

    public IReadOnlyList<string> Header { get; }

    public IReadOnlyList<SheetRow> Rows => _rows;

    // The column's position by its header (trimmed, any case); -1 when the sheet has no such column.
    public int IndexOf(string column)
    {
        ArgumentNullException.ThrowIfNull(column);
        return _columnIndex.GetValueOrDefault(column.Trim(), -1);
    }

    // Adds a row under the last one (rows numbered 2, 3, …); fewer cells than columns leave the rest empty.
    public SheetRow AddRow(params IReadOnlyList<SheetCell> cells) =>
        AddRow(_rows.Count == 0 ? 2 : _rows[^1].Number + 1, cells);

    // Adds a row with the number it had in a file that was read (a reader skips empty rows).
    public SheetRow AddRow(int number, IReadOnlyList<SheetCell> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 2);
        if (cells.Count > Header.Count)
        {
            throw new ArgumentException($"The row has {cells.Count} cells, the header {Header.Count} columns.", nameof(cells));
        }

        var row = new SheetRow(this, number, cells);
        _rows.Add(row);
        return row;
    }
}

// One row under the header: its number as Excel shows it and its cells by position or column name.
public sealed class SheetRow
{
    private readonly SheetTable _table;
    private readonly SheetCell[] _cells;

    internal SheetRow(SheetTable table, int number, IReadOnlyList<SheetCell> cells)
    {
        _table = table;
        Number = number;
        _cells = [.. cells];
    }

    public int Number { get; }

    public IReadOnlyList<SheetCell> Cells => _cells;

    // A cell past the row's end, or of a column the sheet does not have, is empty (as in CsvRow).
    public SheetCell this[int index] => index >= 0 && index < _cells.Length ? _cells[index] : SheetCell.Empty;

    public SheetCell this[string column] => this[_table.IndexOf(column)];

    public bool IsEmpty => _cells.All(c => c.IsEmpty);
}
