using System.Text.Json.Serialization;
using HojeTaastrup.Admin.Domain.Common;
using HojeTaastrup.Admin.Domain.Organisation;
using HojeTaastrup.Admin.Domain.Reorganisation;

namespace HojeTaastrup.Admin.Web.Features.Reorganisation;

// What GET /api/v1/reorganisations[/{id}] answers and the proposal pages show.

public sealed record ProposalSummary(
    Guid Id,
    string Title,
    ReorganisationStatus Status,
    DateOnly EffectiveDate,
    string Summary,
    CentreCounts CountsBefore,
    CentreCounts CountsAfter,
    int ChangeCount,
    int ProblemCount,
    long Version);

public sealed record ProposalView(
    Guid Id,
    string Title,
    string Purpose,
    DateOnly EffectiveDate,
    ReorganisationStatus Status,
    int? TargetCentreCount,
    Money? TargetYearlySaving,
    long Version,
    IReadOnlyList<ChangeView> Changes,
    IReadOnlyList<ProblemView> Problems,
    ImpactView Impact,
    IReadOnlyList<ProjectView> Projects,
    BaselineDriftView? BaselineDrift,
    ProposalRefusals Refusals,
    bool? TargetCentreCountReached)
{
    // What the proposal refuses now is the proposal's own answer (ReorganisationProposal.*Refusal); the page's
    // buttons read these, the API sends them as "refusals", the use cases throw the same.
    [JsonIgnore]
    public bool ChangesEditable => Refusals.Edit is null;

    [JsonIgnore]
    public bool ProjectsEditable => Refusals.Projects is null;

    [JsonIgnore]
    public bool CanSendToHearing => Refusals.Hearing is null;

    [JsonIgnore]
    public bool CanWithdraw => Refusals.Withdrawal is null;

    [JsonIgnore]
    public bool CanAdopt => Refusals.Adoption is null;

    // Kept for clients of the first API version: why the organisation's history leaves no room to adopt.
    public string? AdoptionRefusedByHistory =>
        Refusals.Adoption is { Code: OrganisationTimeline.TakenCode or OrganisationTimeline.LaterVersionCode } refusal ? refusal.Message : null;
}

// How the organisation in force on the proposal's effective date differs from the baseline the
// proposal was computed on (e.g. an administrator corrected it since): one Danish line per difference,
// and which organisation version that is. Null when nothing differs; only for drafts and proposals in hearing.
// Why the proposal will not do each thing now (null: it will), each with a code and a Danish sentence.
public sealed record ProposalRefusals(Refusal? Edit, Refusal? Hearing, Refusal? Adoption, Refusal? Withdrawal, Refusal? Projects);

public sealed record BaselineDriftView(DateOnly EffectiveFrom, string Source, IReadOnlyList<string> Differences);
