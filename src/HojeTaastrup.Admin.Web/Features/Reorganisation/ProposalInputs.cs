namespace HojeTaastrup.Admin.Web.Features.Reorganisation;

// What a page form or an API call sends about a proposal. Mutable, so that a Blazor form binds to the same
// model that the API reads from JSON and the same validator checks.

public sealed class ProposalInput
{
    public string Title { get; set; } = "";

    public string Purpose { get; set; } = "";

    public DateOnly? EffectiveDate { get; set; }

    public int? TargetCentreCount { get; set; }

    // Whole kroner.
    public long? TargetYearlySaving { get; set; }

    // Ignored when creating.
    public long? Version { get; set; }
}

public sealed class ProjectInput
{
    public string Name { get; set; } = "";

    public string? Owner { get; set; }

    public DateOnly? DueDate { get; set; }

    public Domain.Reorganisation.ImplementationProjectStatus Status { get; set; }

    public long? Version { get; set; }
}

// Body of the status actions (send to hearing, adopt, withdraw) and of removals.
public sealed class VersionInput
{
    public long? Version { get; set; }
}
