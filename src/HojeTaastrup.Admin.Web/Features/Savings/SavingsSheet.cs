using System.Globalization;
using HojeTaastrup.Admin.Domain.Common;
using HojeTaastrup.Admin.Domain.Organisation;
using HojeTaastrup.Admin.Domain.Savings;
using HojeTaastrup.Admin.Web.Infrastructure;
using HojeTaastrup.Admin.Web.Infrastructure.Spreadsheets;

namespace HojeTaastrup.Admin.Web.Features.Savings;

// The savings catalogue as a sheet, one proposal a row, the same shape exported and imported (CSV or XLSX):
//
//   Program | Nummer | Titel | Beskrivelse | Ejer (centerkode) | Ejer (center) | Ansvarlig | Kategori | Spor | Status
//   | Beløb 2027 | Usikker 2027 | Alternativ 2027 | … one triple per budget year … | Milepæle | Reorganisering
//
// Amounts are kroner as numbers ("3500000"), "xx" when unknown, empty for no amount that year; "Usikker" is "ja" or
// empty; milestones one per line, "01-02-2027 Udkast til kommissorium (udført)". An import reads the amounts as Danes
// write them too ("3,5 mio.", "65.000"), and ignores Program, Ejer (center) and Status: the rows become drafts of
// the chosen programme, owned by the centre of that code in today's organisation.
internal static class SavingsSheet
{
    public const string Programme = "Program";
    public const string Number = "Nummer";
    public const string Title = "Titel";
    public const string Description = "Beskrivelse";
    public const string OwnerCode = "Ejer (centerkode)";
    public const string OwnerName = "Ejer (center)";
    public const string Responsible = "Ansvarlig";
    public const string Category = "Kategori";
    public const string Track = "Spor";
    public const string Status = "Status";
    public const string Milestones = "Milepæle";
    public const string Reorganisation = "Reorganisering";
    public const string Unknown = "xx";
    public const string Yes = "ja";
    public const string DoneMark = " (udført)";

    private const string AmountPrefix = "Beløb ";
    private const string UncertainPrefix = "Usikker ";
    private const string AlternativePrefix = "Alternativ ";

    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    private static readonly string[] OptionalColumns = [.. new[] { Programme, Description, OwnerName, Responsible, Category, Track, Status, Milestones, Reorganisation }.Select(Lower)];

    // What an import needs in the header (lower case, as the readers compare); the rest is read when present.
    public static IReadOnlyList<string> RequiredColumns { get; } = [.. new[] { Number, Title, OwnerCode }.Select(Lower)];

    public static SheetColumns ImportColumns { get; } = new(
        RequiredColumns,
        Optional: name => Lower(name) is var column
            && (Array.IndexOf(OptionalColumns, column) >= 0 || YearOf(column) is not null),
        MultiLine: [Lower(Description), Lower(Milestones)]);

    public static string AmountColumn(int year) => AmountPrefix + year.ToString(CultureInfo.InvariantCulture);

    public static string UncertainColumn(int year) => UncertainPrefix + year.ToString(CultureInfo.InvariantCulture);

    public static string AlternativeColumn(int year) => AlternativePrefix + year.ToString(CultureInfo.InvariantCulture);

    public static IReadOnlyList<string> Header(IReadOnlyList<int> years) =>
    [
        Programme, Number, Title, Description, OwnerCode, OwnerName, Responsible, Category, Track, Status,
        .. years.SelectMany(y => new[] { AmountColumn(y), UncertainColumn(y), AlternativeColumn(y) }),
        Milestones, Reorganisation,
    ];

    public static SheetTable Write(IEnumerable<SheetProposal> proposals, IReadOnlyDictionary<Guid, string> programmeNames, IReadOnlyList<int> years)
    {
        ArgumentNullException.ThrowIfNull(proposals);
        ArgumentNullException.ThrowIfNull(programmeNames);
        ArgumentNullException.ThrowIfNull(years);
        var table = new SheetTable(Header(years));
        foreach (var (p, description, reorganisation) in proposals)
        {
            var cells = new List<SheetCell>(table.Header.Count)
            {
                programmeNames.GetValueOrDefault(p.ProgrammeId, string.Empty), p.Number, p.Title, description, p.OwnerCentreCode, p.OwnerCentreName,
                p.Responsible, SavingsText.Category(p.Category), p.Track, SavingsText.Status(p.Status),
            };
            foreach (var year in years)
            {
                var amount = p.Amounts.FirstOrDefault(a => a.Year == year);
                cells.Add(amount is null ? SheetCell.Empty : amount.Amount is { } known ? SheetCell.FromKroner(known.Kroner) : Unknown);
                cells.Add(amount?.Uncertain == true ? Yes : SheetCell.Empty);
                cells.Add(amount?.Alternative is { } alternative ? SheetCell.FromKroner(alternative.Kroner) : SheetCell.Empty);
            }

            cells.Add(string.Join("\n", p.Milestones.Select(MilestoneLine)));
            cells.Add(reorganisation?.ToString());
            table.AddRow(cells);
        }

        return table;
    }

    public static string MilestoneLine(Milestone milestone) =>
        $"{milestone.Date.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture)} {milestone.Text}{(milestone.Done ? DoneMark : string.Empty)}";

    // Every row of the sheet checked against the programme and what the database knows, all problems at once,
    // in one pass: nothing here queries; the caller loads the numbers, centres and reorganisations once.
    public static SheetImport Read(SheetRead read, SavingsProgramme programme, ImportKnowledge known)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(known);
        var errors = new List<ImportRowError>();
        foreach (var failure in read.Failures)
        {
            errors.Add(SavingsImportErrors.FromReader(failure));
        }

        var years = read.Table.Header.Select(h => YearOf(Lower(h))).OfType<int>().Distinct().Order().ToList();
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var rows = new List<ImportRowView>(read.Table.Rows.Count);
        var contents = new List<ProposalContent>(read.Table.Rows.Count);
        var lineWord = read.Format == SheetFormat.Csv ? "linje" : "række";
        foreach (var row in read.Table.Rows)
        {
            var rowErrors = new RowErrors(row.Number, errors);
            var number = row[Number].Text.Trim();
            var title = row[Title].Text.Trim();
            var code = OrganisationRules.NormaliseCode(row[OwnerCode].Text);

            if (number.Length == 0)
            {
                rowErrors.Add(Number, "Forslaget skal have et nummer.");
            }
            else if (numbers.TryGetValue(ProposalContent.Key(number), out var first))
            {
                rowErrors.Add(Number, $"Nummeret {number} står også i {lineWord} {first}; et nummer må kun bruges én gang i programmet.");
            }
            else
            {
                numbers.Add(ProposalContent.Key(number), row.Number);
                if (known.Numbers.Contains(ProposalContent.Key(number)))
                {
                    rowErrors.Add(Number, $"Nummeret {number} er allerede brugt af et andet forslag i programmet.");
                }
            }

            if (title.Length == 0)
            {
                rowErrors.Add(Title, "Forslaget skal have en titel.");
            }

            string? centreName = null;
            if (code.Length == 0)
            {
                rowErrors.Add(OwnerCode, "Skriv koden på det center, der ejer forslaget (fx BSC).");
            }
            else if (!known.Centres.TryGetValue(code, out centreName))
            {
                rowErrors.Add(OwnerCode, $"Centret {code} findes ikke i den organisation, der gælder i dag.");
            }

            var category = ReadCategory(row[Category], rowErrors);
            var track = ReadTrack(row[Track], programme, rowErrors);
            var amounts = ReadAmounts(row, years, programme, rowErrors);
            var milestones = ReadMilestones(row[Milestones], rowErrors);
            var reorganisation = ReadReorganisation(row[Reorganisation], known, rowErrors);

            rows.Add(new ImportRowView(row.Number, number, title, code, centreName, SavingsViewMapping.Amounts(amounts)));
            if (rowErrors.Any || category is null)
            {
                continue;
            }

            try
            {
                var content = new ProposalContent(
                    number, title, row[Description].Text, code, centreName!, NullIfEmpty(row[Responsible].Text), category.Value, track, amounts, milestones, reorganisation);
                if (programme.ContentRefusal(content) is { } refusal)
                {
                    rowErrors.Add(null, refusal.Message);
                    continue;
                }

                contents.Add(content);
            }
            catch (DomainException e)
            {
                // Lengths and characters the text fields may not have: the sentence names the field.
                rowErrors.Add(null, e.Message);
            }
        }

        return new SheetImport(rows, errors.OrderBy(e => e.Row).ToList(), contents);
    }

    // "beløb 2027" → 2027 (also "usikker 2027" and "alternativ 2027"); null for any other column.
    private static int? YearOf(string lowerColumn)
    {
        foreach (var prefix in (string[])[AmountPrefix, UncertainPrefix, AlternativePrefix])
        {
            var lower = prefix.ToLowerInvariant();
            if (lowerColumn.StartsWith(lower, StringComparison.Ordinal)
                && int.TryParse(lowerColumn.AsSpan(lower.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
                && year is >= YearAmount.FirstYear and <= YearAmount.LastYear)
            {
                return year;
            }
        }

        return null;
    }

    private static SavingsCategory? ReadCategory(SheetCell cell, RowErrors errors)
    {
        var text = cell.Text.Trim();
        foreach (var category in Enum.GetValues<SavingsCategory>())
        {
            if (string.Equals(text, SavingsText.Category(category), StringComparison.OrdinalIgnoreCase)
                || string.Equals(text, category.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                return category;
            }
        }

        errors.Add(Category, text.Length == 0
            ? "Skriv kategorien: Administration eller Borgernær."
            : $"Kategorien \"{text}\" findes ikke. Skriv Administration eller Borgernær.");
        return null;
    }

    private static string? ReadTrack(SheetCell cell, SavingsProgramme programme, RowErrors errors)
    {
        var text = cell.Text.Trim();
        if (text.Length == 0)
        {
            return null;
        }

        var track = programme.FindTrack(text);
        if (track is null)
        {
            errors.Add(Track, SavingsRefusals.UnknownTrack(text).Message);
        }

        return track;
    }

    private static List<YearAmount> ReadAmounts(SheetRow row, IReadOnlyList<int> years, SavingsProgramme programme, RowErrors errors)
    {
        var amounts = new List<YearAmount>();
        foreach (var year in years)
        {
            var amountCell = row[AmountColumn(year)];
            var uncertainCell = row[UncertainColumn(year)];
            var alternativeCell = row[AlternativeColumn(year)];
            if (amountCell.IsEmpty && uncertainCell.IsEmpty && alternativeCell.IsEmpty)
            {
                continue;
            }

            var column = !amountCell.IsEmpty ? AmountColumn(year) : !uncertainCell.IsEmpty ? UncertainColumn(year) : AlternativeColumn(year);
            if (year < programme.FirstYear || year > programme.LastYear)
            {
                errors.Add(column, SavingsRefusals.YearOutside(year, programme.FirstYear, programme.LastYear).Message);
                continue;
            }

            var unknown = IsUnknown(amountCell);
            long? amount = unknown ? null : Kroner(amountCell, AmountColumn(year), errors);
            long? alternative = Kroner(alternativeCell, AlternativeColumn(year), errors);
            bool? uncertain = uncertainCell.IsEmpty ? false : uncertainCell.AsBoolean() ?? (uncertainCell.Text.Trim() is "x" or "X" ? true : null);
            if (uncertain is null)
            {
                errors.Add(UncertainColumn(year), $"Skriv \"{Yes}\", hvis beløbet er usikkert, ellers intet.");
            }

            if (amountCell.IsEmpty)
            {
                errors.Add(AmountColumn(year), $"Skriv beløbet (eller {Unknown}, hvis det ikke kendes), når usikker eller alternativ er udfyldt.");
                continue;
            }

            if ((!unknown && amount is null) || (!alternativeCell.IsEmpty && alternative is null) || uncertain is null)
            {
                continue;
            }

            try
            {
                amounts.Add(new YearAmount(year, amount is { } a ? Money.FromKroner(a) : null, uncertain.Value, alternative is { } alt ? Money.FromKroner(alt) : null));
            }
            catch (DomainException e)
            {
                errors.Add(AmountColumn(year), e.Message);
            }
        }

        return amounts;
    }

    // "xx", "XX" or "xx mio. kr." as the notes write an amount that is not known yet.
    private static bool IsUnknown(SheetCell cell) =>
        cell.Kind == SheetCellKind.Text && cell.Text.Trim().StartsWith(Unknown, StringComparison.OrdinalIgnoreCase)
        && cell.Text.Trim()[Unknown.Length..].Replace("mio.", "", StringComparison.OrdinalIgnoreCase).Replace("kr.", "", StringComparison.OrdinalIgnoreCase).Trim().Length == 0;

    private static long? Kroner(SheetCell cell, string column, RowErrors errors)
    {
        if (cell.IsEmpty)
        {
            return null;
        }

        if (cell.AsKroner() is not { } kroner)
        {
            errors.Add(column, $"\"{cell.Text.Trim()}\" er ikke et beløb i hele kroner. Skriv fx 3500000, 65.000 eller 3,5 mio. (og {Unknown} for et ukendt beløb).");
            return null;
        }

        if (kroner < 0)
        {
            errors.Add(column, "Et beløb kan ikke være negativt.");
            return null;
        }

        if (!Plausible.IsKroner(kroner))
        {
            errors.Add(column, Plausible.KronerMessage);
            return null;
        }

        return kroner;
    }

    // One milestone a line: "01-02-2027 Udkast til kommissorium", with " (udført)" at the end when it is done.
    private static List<Milestone> ReadMilestones(SheetCell cell, RowErrors errors)
    {
        var milestones = new List<Milestone>();
        var lines = cell.Text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var space = line.IndexOf(' ', StringComparison.Ordinal);
            var day = space > 0 ? Formatting.ParseDay(line[..space], Danish) : null;
            var text = space > 0 ? line[(space + 1)..].Trim() : string.Empty;
            var done = text.EndsWith(DoneMark.Trim(), StringComparison.OrdinalIgnoreCase);
            if (done)
            {
                text = text[..^DoneMark.Trim().Length].Trim();
            }

            if (day is null || text.Length == 0)
            {
                errors.Add(Milestones, $"Milepæl nr. {i + 1} (\"{line}\"): skriv datoen og så teksten, fx \"01-02-2027 Udkast til kommissorium\", én milepæl pr. linje.");
                continue;
            }

            try
            {
                milestones.Add(new Milestone(day.Value, text, done));
            }
            catch (DomainException e)
            {
                errors.Add(Milestones, $"Milepæl nr. {i + 1}: {e.Message}");
            }
        }

        return milestones;
    }

    private static Guid? ReadReorganisation(SheetCell cell, ImportKnowledge known, RowErrors errors)
    {
        var text = cell.Text.Trim();
        if (text.Length == 0)
        {
            return null;
        }

        if (!Guid.TryParse(text, out var id))
        {
            errors.Add(Reorganisation, "Skriv reorganiseringsforslagets id, som eksporten skriver det, eller lad feltet stå tomt.");
            return null;
        }

        if (!known.Reorganisations.Contains(id))
        {
            errors.Add(Reorganisation, $"Reorganiseringsforslaget {id} findes ikke.");
            return null;
        }

        return id;
    }

    private static string? NullIfEmpty(string text) => string.IsNullOrWhiteSpace(text) ? null : text;

    private static string Lower(string column) => column.Trim().ToLowerInvariant();

    // Collects one row's problems into the import's list, each at its column (as the export names it).
    private sealed class RowErrors(int row, List<ImportRowError> errors)
    {
        public bool Any { get; private set; }

        public void Add(string? column, string message)
        {
            Any = true;
            errors.Add(new ImportRowError(row, column, message));
        }
    }
}

// A proposal as the export writes it: the catalogue's row and the two columns the catalogue does not read.
internal sealed record SheetProposal(ProposalRowSource Row, string Description, Guid? ReorganisationProposalId);

// What an import checks a row against, loaded once: the programme's proposal numbers (ProposalContent.Key), the
// centres in force today (code → name) and the reorganisation proposals' ids.
internal sealed record ImportKnowledge(IReadOnlySet<string> Numbers, IReadOnlyDictionary<string, string> Centres, IReadOnlySet<Guid> Reorganisations);

// The rows as read, every problem, and the contents of the rows without one (all rows when there are none).
internal sealed record SheetImport(IReadOnlyList<ImportRowView> Rows, IReadOnlyList<ImportRowError> Errors, IReadOnlyList<ProposalContent> Contents);
