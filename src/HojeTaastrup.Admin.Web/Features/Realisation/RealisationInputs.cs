using HojeTaastrup.Admin.Domain.Realisation;

namespace HojeTaastrup.Admin.Web.Features.Realisation;

// What a page form or an API call sends about realisation. Mutable, so that a Blazor form binds to the same model
// the API reads from JSON and the same validator checks. Money is whole kroner.

// A realised saving: { year, amount, date, note }. A negative amount is only accepted as a correction
// (correction: true), which reverses part of an entry booked too high; entries are never edited or deleted.
public sealed class RealisationEntryInput
{
    public int? Year { get; set; }

    public long? Amount { get; set; }

    public DateOnly? Date { get; set; }

    public string? Note { get; set; }

    public bool Correction { get; set; }
}

// A new planned amount for one year after adoption (amount null: unknown), with its reason.
public sealed class RebaselineInput
{
    public int? Year { get; set; }

    public long? Amount { get; set; }

    public string? Reason { get; set; }

    public long? Version { get; set; }
}

// Finance's forecast for a year (amount null: none).
public sealed class ForecastInput
{
    public int? Year { get; set; }

    public long? Amount { get; set; }

    public long? Version { get; set; }
}

public sealed class CoverMeasureInput
{
    public string Title { get; set; } = "";

    public int? Year { get; set; }

    public long? Amount { get; set; }

    public string? Note { get; set; }

    // The savings proposal that is the measure, when it is one; its realisation is then the proposal's.
    public Guid? Proposal { get; set; }
}

public sealed class CoverRealisedInput
{
    public long? Amount { get; set; }

    public long? Version { get; set; }
}

public sealed class FollowUpInput
{
    public string Name { get; set; } = "";
}

public sealed class InvestmentInput
{
    public string Name { get; set; } = "";

    public List<GrantInput> Grants { get; set; } = [];
}

public sealed class GrantInput
{
    public int? Year { get; set; }

    public long? Amount { get; set; }
}

public sealed class DisbursementInput
{
    public string Title { get; set; } = "";

    public DateOnly? Date { get; set; }

    public long? Amount { get; set; }

    public long? YearlyEffect { get; set; }

    public Guid? Proposal { get; set; }

    public long? Version { get; set; }
}

// The grid of all entries: filters, one page at a time.
public sealed class EntryQuery
{
    public Guid? Programme { get; set; }

    public Guid? Proposal { get; set; }

    public int? Year { get; set; }

    public RealisationSource? Source { get; set; }

    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    public string? Search { get; set; }

    public int Skip { get; set; }

    public int Take { get; set; } = 50;
}
