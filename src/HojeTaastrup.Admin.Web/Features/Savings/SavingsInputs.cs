using HojeTaastrup.Admin.Domain.Savings;

namespace HojeTaastrup.Admin.Web.Features.Savings;

// What a page form or an API call sends about a savings programme or proposal. Mutable, so that a Blazor form
// binds to the same model the API reads from JSON and the same validator checks. Money is whole kroner.

public sealed class ProgrammeInput
{
    public string Name { get; set; } = "";

    public string? Description { get; set; }

    // Default: the first and last target year.
    public int? FirstYear { get; set; }

    public int? LastYear { get; set; }

    public List<TargetInput> Targets { get; set; } = [];

    public List<string> Tracks { get; set; } = [];

    // Ignored when creating.
    public long? Version { get; set; }
}

public sealed class TargetInput
{
    public int? Year { get; set; }

    public long? Amount { get; set; }
}

public sealed class SavingsProposalInput
{
    public string Number { get; set; } = "";

    public string Title { get; set; } = "";

    public string? Description { get; set; }

    // The centre's code in the organisation in force today (e.g. "ØDC").
    public string OwnerCentre { get; set; } = "";

    public string? Responsible { get; set; }

    public SavingsCategory? Category { get; set; }

    public string? Track { get; set; }

    public List<AmountInput> Amounts { get; set; } = [];

    public List<MilestoneInput> Milestones { get; set; } = [];

    // The reorganisation proposal whose savings this proposal carries.
    public Guid? Reorganisation { get; set; }

    // Required once the proposal has left Draft: kept with the earlier version.
    public string? Reason { get; set; }

    // Ignored when creating.
    public long? Version { get; set; }
}

// One budget year: amount null is unknown ("xx"); uncertain shows "?"; alternative shows "3,5 (5,5)".
public sealed class AmountInput
{
    public int? Year { get; set; }

    public long? Amount { get; set; }

    public bool Uncertain { get; set; }

    public long? Alternative { get; set; }
}

public sealed class MilestoneInput
{
    public DateOnly? Date { get; set; }

    public string Text { get; set; } = "";

    public bool Done { get; set; }
}

public sealed class StatusInput
{
    public SavingsStatus? Status { get; set; }

    public string? Reason { get; set; }

    public long? Version { get; set; }
}

// Fills a proposal's amounts from a full-year effect: the first year's share (half unless told), full after.
public sealed class PhaseInInput
{
    public long? FullYearEffect { get; set; }

    public int? StartYear { get; set; }

    public bool Uncertain { get; set; }

    public bool FullFirstYear { get; set; }
}
