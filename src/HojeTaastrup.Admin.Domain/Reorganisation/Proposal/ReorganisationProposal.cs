using HojeTaastrup.Admin.Domain.Common;
using HojeTaastrup.Admin.Domain.Organisation;

namespace HojeTaastrup.Admin.Domain.Reorganisation;

// The directors' draft of a new organisation: a baseline taken when the proposal was created and
// an ordered list of changes. The after-state is always computed, never stored. A proposal with
// problems can be saved, but not sent to hearing or adopted.
public sealed class ReorganisationProposal : Entity, IAudited, IVersioned
{
    private const int MaxTitleLength = 200;
    private const int MaxPurposeLength = 4000;

    private readonly List<ImplementationProject> _projects = [];

    private ReorganisationProposal()
    {
    }

    public ReorganisationProposal(string title, string purpose, DateOnly effectiveDate, OrganisationStructure baseline)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        Title = ValidTitle(title);
        Purpose = ValidPurpose(purpose);
        EffectiveDate = Plausible.Day(effectiveDate);
        Baseline = baseline;
    }

    public string Title { get; private set; } = string.Empty;

    public string Purpose { get; private set; } = string.Empty;

    // The day the new organisation takes effect, e.g. 1 October 2010.
    public DateOnly EffectiveDate { get; private set; }

    public int? TargetCentreCount { get; private set; }

    public Money? TargetYearlySaving { get; private set; }

    public ReorganisationStatus Status { get; private set; }

    public OrganisationStructure Baseline { get; private set; } = OrganisationStructure.Empty;

    // Replaced by a new list on every edit (never changed in place), so that persistence, which
    // stores it as JSON, sees the change by reference.
    public IReadOnlyList<ReorganisationChange> Changes { get; private set; } = [];

    public IReadOnlyList<ImplementationProject> ImplementationProjects => _projects;

    public long Version { get; private set; }

    public void Edit(string title, string purpose, DateOnly effectiveDate)
    {
        EnsureDraft();
        Title = ValidTitle(title);
        Purpose = ValidPurpose(purpose);
        EffectiveDate = Plausible.Day(effectiveDate);
    }

    public void SetTargets(int? centreCount, Money? yearlySaving)
    {
        EnsureDraft();
        if (centreCount is < 1)
        {
            throw new DomainException("Målet for antal centre skal være mindst 1.");
        }

        if (yearlySaving < Money.Zero)
        {
            throw new DomainException("Den årlige besparelse kan ikke være negativ.");
        }

        if (yearlySaving is { } saving && !Plausible.IsKroner(saving.Kroner))
        {
            throw new DomainException(Plausible.KronerMessage);
        }

        TargetCentreCount = centreCount;
        TargetYearlySaving = yearlySaving;
    }

    public ReorganisationChange AddChange(ReorganisationChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        EnsureDraft();
        var added = change.Id == Guid.Empty ? change with { Id = Guid.NewGuid() } : change;
        if (Changes.Any(c => c.Id == added.Id))
        {
            throw new DomainException("Ændringen findes allerede i forslaget.");
        }

        Changes = [.. Changes, added];
        return added;
    }

    // The replacement keeps the id and the place of the change it replaces.
    public ReorganisationChange ReplaceChange(Guid id, ReorganisationChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        EnsureDraft();
        var index = IndexOfChange(id);
        var replacement = change with { Id = id };
        var changes = Changes.ToList();
        changes[index] = replacement;
        Changes = changes;
        return replacement;
    }

    // newIndex counts from 0, in the list as it is before the move.
    public void MoveChange(Guid id, int newIndex)
    {
        EnsureDraft();
        var index = IndexOfChange(id);
        if (newIndex < 0 || newIndex >= Changes.Count)
        {
            throw new DomainException($"Ændringen kan kun flyttes til plads 1–{Changes.Count}.");
        }

        var changes = Changes.ToList();
        var change = changes[index];
        changes.RemoveAt(index);
        changes.Insert(newIndex, change);
        Changes = changes;
    }

    public void RemoveChange(Guid id)
    {
        EnsureDraft();
        var index = IndexOfChange(id);
        Changes = Changes.Where((_, i) => i != index).ToList();
    }

    // What differs between the baseline and the organisation as it is now (e.g. corrected by an
    // administrator after the proposal was created).
    public OrganisationDifferences DriftFrom(OrganisationStructure current)
    {
        ArgumentNullException.ThrowIfNull(current);
        return OrganisationDifferences.Between(Baseline, current);
    }

    // Takes the organisation as it is now as the new baseline, so that adoption does not write back an
    // older organisation over an administrator's corrections. The changes stay as they are; the problems
    // they may now have are computed on the next read as always. The baseline is kept when nothing
    // differs. Allowed until the proposal is adopted or withdrawn: in hearing too, as the hearing is
    // about the changes, not about the figures they start from.
    public OrganisationDifferences RebaseOn(OrganisationStructure current)
    {
        switch (Status)
        {
            case ReorganisationStatus.Adopted:
                throw new DomainException("Forslaget er vedtaget, og udgangspunktet kan ikke længere opdateres.");
            case ReorganisationStatus.Withdrawn:
                throw new DomainException("Forslaget er trukket tilbage, og udgangspunktet kan ikke længere opdateres.");
        }

        var differences = DriftFrom(current);
        if (!differences.IsEmpty)
        {
            Baseline = current;
        }

        return differences;
    }

    public ReorganisationOutcome Evaluate() => ReorganisationPlanner.Apply(Baseline, Changes);

    public ReorganisationImpact Impact(ReorganisationOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return ReorganisationImpact.Compare(Baseline, outcome.After);
    }

    // What may be done now, and why not (null: allowed). The page's buttons, the API's answer and the methods
    // below read the same value; each refusal has a code (ReorganisationRefusals) and a Danish sentence.
    public Refusal? EditRefusal => Status switch
    {
        ReorganisationStatus.InHearing => ReorganisationRefusals.NotDraft("er sendt i høring"),
        ReorganisationStatus.Adopted => ReorganisationRefusals.NotDraft("er vedtaget"),
        ReorganisationStatus.Withdrawn => ReorganisationRefusals.NotDraft("er trukket tilbage"),
        _ => null,
    };

    public Refusal? ProjectsRefusal => Status == ReorganisationStatus.Withdrawn ? ReorganisationRefusals.ProjectsWithdrawn : null;

    public Refusal? WithdrawalRefusal => Status switch
    {
        ReorganisationStatus.Adopted => ReorganisationRefusals.WithdrawAdopted,
        ReorganisationStatus.Withdrawn => ReorganisationRefusals.AlreadyWithdrawn,
        _ => null,
    };

    // outcome: this proposal's Evaluate(), which the caller has computed anyway.
    public Refusal? HearingRefusal(ReorganisationOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return Status != ReorganisationStatus.Draft
            ? ReorganisationRefusals.HearingNotDraft
            : ReorganisationRefusals.Problems("sendes i høring", outcome.Problems.Count);
    }

    // Adoption writes the after-state as the organisation from EffectiveDate, so besides status and problems it
    // needs room at the end of the organisation's history (ADR 0003: history only appends) and a baseline that
    // is still the organisation in force on that day (else it would write old figures over corrections).
    public Refusal? AdoptionRefusal(ReorganisationOutcome outcome, OrganisationTimeline timeline, InForceOrganisation? inForce)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(timeline);
        return Status switch
        {
            ReorganisationStatus.Draft => ReorganisationRefusals.AdoptDraft,
            ReorganisationStatus.Adopted => ReorganisationRefusals.AlreadyAdopted,
            ReorganisationStatus.Withdrawn => ReorganisationRefusals.AdoptWithdrawn,
            _ => ReorganisationRefusals.Problems("vedtages", outcome.Problems.Count)
                ?? timeline.AppendRefusal(EffectiveDate)
                ?? DriftRefusal(inForce),
        };
    }

    // Centres, staffs and units after the changes against the target; null without a target.
    public bool? TargetCentreCountReached(ReorganisationImpact impact)
    {
        ArgumentNullException.ThrowIfNull(impact);
        return TargetCentreCount is { } target ? impact.CountsAfter.Total <= target : null;
    }

    public void SendToHearing()
    {
        if (HearingRefusal(Evaluate()) is { } refusal)
        {
            throw refusal.ToException();
        }

        Status = ReorganisationStatus.InHearing;
    }

    // Returns the organisation that takes effect on EffectiveDate.
    public OrganisationStructure Adopt(OrganisationTimeline timeline, InForceOrganisation? inForce)
    {
        var outcome = Evaluate();
        if (AdoptionRefusal(outcome, timeline, inForce) is { } refusal)
        {
            throw refusal.ToException();
        }

        Status = ReorganisationStatus.Adopted;
        return outcome.After;
    }

    public void Withdraw()
    {
        if (WithdrawalRefusal is { } refusal)
        {
            throw refusal.ToException();
        }

        Status = ReorganisationStatus.Withdrawn;
    }

    // Projects follow the proposal through hearing and adoption (that is when they are worked on),
    // but not after it has been withdrawn.
    public ImplementationProject AddProject(string name, string? owner, DateOnly? dueDate)
    {
        EnsureNotWithdrawn();
        var project = new ImplementationProject(Id, ValidProjectName(name), NormaliseOwner(owner), dueDate);
        _projects.Add(project);
        return project;
    }

    public void UpdateProject(Guid id, string name, string? owner, DateOnly? dueDate, ImplementationProjectStatus status)
    {
        EnsureNotWithdrawn();
        if (!Enum.IsDefined(status))
        {
            throw new DomainException("Ukendt status for implementeringsprojektet.");
        }

        RequireProject(id).Update(ValidProjectName(name), NormaliseOwner(owner), dueDate, status);
    }

    public void RemoveProject(Guid id)
    {
        EnsureNotWithdrawn();
        _projects.Remove(RequireProject(id));
    }

    private Refusal? DriftRefusal(InForceOrganisation? inForce)
    {
        if (inForce is null)
        {
            return null;
        }

        var differences = DriftFrom(inForce.Structure);
        return differences.IsEmpty ? null : ReorganisationRefusals.BaselineDrift(differences.Count, inForce.EffectiveFrom);
    }

    private void EnsureDraft()
    {
        if (EditRefusal is { } refusal)
        {
            throw refusal.ToException();
        }
    }

    private void EnsureNotWithdrawn()
    {
        if (ProjectsRefusal is { } refusal)
        {
            throw refusal.ToException();
        }
    }

    private int IndexOfChange(Guid id)
    {
        var index = Changes.ToList().FindIndex(c => c.Id == id);
        return index >= 0 ? index : throw new DomainException("Ændringen findes ikke i forslaget.");
    }

    private ImplementationProject RequireProject(Guid id) =>
        _projects.Find(p => p.Id == id) ?? throw new DomainException("Implementeringsprojektet findes ikke.");

    private static string ValidTitle(string title) =>
        TextRules.Required(title, MaxTitleLength, "Titlen", "Forslaget skal have en titel.");

    private static string ValidPurpose(string purpose) => TextRules.Optional(purpose, MaxPurposeLength, "Formålet");

    private static string ValidProjectName(string name) =>
        TextRules.Required(name, OrganisationRules.MaxNameLength, "Navnet", "Implementeringsprojektet skal have et navn.");

    private static string? NormaliseOwner(string? owner)
    {
        var normalised = TextRules.Optional(owner, OrganisationRules.MaxNameLength, "Den ansvarlige");
        return normalised.Length == 0 ? null : normalised;
    }
}
