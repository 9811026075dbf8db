using HojeTaastrup.Admin.Domain.Common;

namespace HojeTaastrup.Admin.Domain.Savings;

// One proposal in a savings programme: what it says (ProposalContent), where it stands (Status) and how
// it got there. A draft is edited freely; once it has left Draft every edit needs a reason and keeps the
// earlier version, so that what was heard and decided can always be read again.
public sealed class SavingsProposal : Entity, IAudited, IVersioned
{
    public const int MaxReasonLength = 1000;

    private SavingsProposal()
    {
    }

    public SavingsProposal(SavingsProgramme programme, ProposalContent content)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(content);
        ProgrammeId = programme.Id;
        if (programme.ContentRefusal(content) is { } refusal)
        {
            throw refusal.ToException();
        }

        Apply(content);
    }

    public Guid ProgrammeId { get; private set; }

    public string Number { get; private set; } = string.Empty;

    // Number upper-cased and trimmed: unique in the programme (a unique index holds it under concurrency).
    public string NumberKey { get; private set; } = string.Empty;

    public string Title { get; private set; } = string.Empty;

    public string Description { get; private set; } = string.Empty;

    public string OwnerCentreCode { get; private set; } = string.Empty;

    public string OwnerCentreName { get; private set; } = string.Empty;

    public string? Responsible { get; private set; }

    public SavingsCategory Category { get; private set; }

    public string? Track { get; private set; }

    public IReadOnlyList<YearAmount> Amounts { get; private set; } = [];

    public IReadOnlyList<Milestone> Milestones { get; private set; } = [];

    public Guid? ReorganisationProposalId { get; private set; }

    public SavingsStatus Status { get; private set; }

    // Earlier versions, oldest first; the current content is version Revisions.Count + 1.
    public IReadOnlyList<ProposalRevision> Revisions { get; private set; } = [];

    public IReadOnlyList<StatusChange> StatusHistory { get; private set; } = [];

    public long Version { get; private set; }

    public int CurrentRevision => Revisions.Count + 1;

    public ProposalContent Content => new(
        Number, Title, Description, OwnerCentreCode, OwnerCentreName, Responsible, Category, Track, Amounts, Milestones, ReorganisationProposalId);

    public bool HasUnknownAmounts => Amounts.Any(a => a.IsUnknown);

    public bool HasOverdueMilestones(DateOnly today) => Milestones.Any(m => m.IsOverdue(today));

    // Null: edits are allowed now (with a reason once the proposal has left Draft).
    public Refusal? EditRefusal => SavingsStatusRules.IsFinal(Status) ? SavingsRefusals.ClosedForEdits(Status) : null;

    public bool EditNeedsReason => Status != SavingsStatus.Draft;

    // Returns false when nothing differs (no new version is written).
    public bool Edit(SavingsProgramme programme, ProposalContent content, string? reason, DateTimeOffset at, string by)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(content);
        if (EditRefusal is { } closed)
        {
            throw closed.ToException();
        }

        if (programme.Id != ProgrammeId)
        {
            throw new DomainException("Forslaget hører til et andet besparelsesprogram.");
        }

        if (programme.ContentRefusal(content) is { } refusal)
        {
            throw refusal.ToException();
        }

        var before = Content;
        if (content.SameAs(before))
        {
            return false;
        }

        if (EditNeedsReason)
        {
            var why = TextRules.OptionalOrNull(reason, MaxReasonLength, "Begrundelsen") ?? throw SavingsRefusals.ReasonRequired.ToException();
            Revisions = [.. Revisions, new ProposalRevision(CurrentRevision, before, at, by, why)];
        }

        Apply(content);
        return true;
    }

    // What the content of a version was: 1 … CurrentRevision.
    public ProposalContent ContentOf(int revision)
    {
        if (revision == CurrentRevision)
        {
            return Content;
        }

        return revision >= 1 && revision <= Revisions.Count
            ? Revisions[revision - 1].Content
            : throw new DomainException($"Forslaget har ingen version {revision}.");
    }

    // Null: the proposal may move to that status now with that reason.
    public Refusal? StatusRefusal(SavingsStatus to, string? reason = null)
    {
        if (to == Status)
        {
            return SavingsRefusals.SameStatus(Status);
        }

        if (!SavingsStatusRules.Next(Status).Contains(to))
        {
            return SavingsRefusals.Transition(Status, to);
        }

        if (SavingsStatusRules.NeedsReason(to) && string.IsNullOrWhiteSpace(reason))
        {
            return SavingsRefusals.StatusReason(to);
        }

        if (to == SavingsStatus.InHearing && Amounts.Count == 0)
        {
            return SavingsRefusals.NoAmounts;
        }

        var unknown = Amounts.Count(a => a.IsUnknown);
        return to == SavingsStatus.Realised && unknown > 0 ? SavingsRefusals.UnknownAmounts(unknown) : null;
    }

    public void ChangeStatus(SavingsStatus to, string? reason, DateTimeOffset at, string by)
    {
        if (!Enum.IsDefined(to))
        {
            throw new DomainException("Ukendt status.");
        }

        if (StatusRefusal(to, reason) is { } refusal)
        {
            throw refusal.ToException();
        }

        StatusHistory = [.. StatusHistory, new StatusChange(Status, to, at, by, TextRules.OptionalOrNull(reason, MaxReasonLength, "Begrundelsen"))];
        Status = to;
    }

    private void Apply(ProposalContent content)
    {
        Number = content.Number;
        NumberKey = content.NumberKey;
        Title = content.Title;
        Description = content.Description;
        OwnerCentreCode = content.OwnerCentreCode;
        OwnerCentreName = content.OwnerCentreName;
        Responsible = content.Responsible;
        Category = content.Category;
        Track = content.Track;
        Amounts = content.Amounts;
        Milestones = content.Milestones;
        ReorganisationProposalId = content.ReorganisationProposalId;
    }
}
