using HojeTaastrup.Admin.Web.Features.Savings;

namespace HojeTaastrup.Admin.Web.Components.Pages.Savings;

// What a person says about one budget year of a proposal. The input has no kind of its own: a null amount is
// unknown ("xx"), so the form keeps the kind the person chose, and an empty "known" amount is not sent as "xx".
public enum AmountKind
{
    None,
    Known,
    Unknown,
    Uncertain,
}

// One budget year's row in the proposal form, over the AmountInput the validator sees (its messages show at the
// row's fields). Switching to unknown and back keeps what was typed.
public sealed class AmountRow
{
    private long? _keptAmount;
    private long? _keptAlternative;

    private AmountRow(int year, AmountInput input, AmountKind kind)
    {
        Year = year;
        Input = input;
        Kind = kind;
    }

    public int Year { get; }

    public AmountInput Input { get; }

    public AmountKind Kind { get; private set; }

    // A known or uncertain amount that is empty or could not be read: the API would take it for unknown.
    public bool IsMissingAmount => Kind is AmountKind.Known or AmountKind.Uncertain && Input.Amount is null;

    public static AmountKind KindOf(AmountInput? input) =>
        input is null ? AmountKind.None
        : input.Amount is null ? AmountKind.Unknown
        : input.Uncertain ? AmountKind.Uncertain
        : AmountKind.Known;

    // A row for every year of the programme, and for any amount outside it (so the validator names it rather
    // than the form dropping it without a word).
    public static List<AmountRow> For(int firstYear, int lastYear, IEnumerable<AmountInput> amounts)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        var byYear = amounts.Where(a => a.Year is not null).GroupBy(a => a.Year!.Value).ToDictionary(g => g.Key, g => g.First());
        var years = Enumerable.Range(firstYear, Math.Max(0, lastYear - firstYear + 1)).Union(byYear.Keys).Order();
        return years.Select(year => byYear.TryGetValue(year, out var input)
            ? new AmountRow(year, input, KindOf(input))
            : new AmountRow(year, new AmountInput { Year = year }, AmountKind.None)).ToList();
    }

    // What the form sends: the years that have an amount of some kind.
    public static List<AmountInput> Inputs(IEnumerable<AmountRow> rows) =>
        rows.Where(r => r.Kind != AmountKind.None).Select(r => r.Input).ToList();

    public void SetKind(AmountKind kind)
    {
        if (kind == Kind)
        {
            return;
        }

        if (kind == AmountKind.Unknown)
        {
            // "xx": no amount and no alternative; what was typed is kept for a change of mind.
            _keptAmount = Input.Amount ?? _keptAmount;
            _keptAlternative = Input.Alternative ?? _keptAlternative;
            Input.Amount = null;
            Input.Alternative = null;
            Input.Uncertain = false;
        }
        else if (kind is AmountKind.Known or AmountKind.Uncertain)
        {
            Input.Amount ??= _keptAmount;
            Input.Alternative ??= _keptAlternative;
            Input.Uncertain = kind == AmountKind.Uncertain;
        }

        Kind = kind;
    }

    // Sets the row from a phase-in (or any other computed amount).
    public void Fill(AmountInput amount)
    {
        ArgumentNullException.ThrowIfNull(amount);
        Input.Amount = amount.Amount;
        Input.Uncertain = amount.Uncertain;
        Input.Alternative = amount.Alternative;
        Kind = KindOf(Input);
    }

    public void Clear()
    {
        _keptAmount = Input.Amount ?? _keptAmount;
        _keptAlternative = Input.Alternative ?? _keptAlternative;
        Kind = AmountKind.None;
    }
}
