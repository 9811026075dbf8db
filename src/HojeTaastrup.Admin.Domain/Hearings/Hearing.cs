using HojeTaastrup.Admin.Domain.Common;

namespace HojeTaastrup.Admin.Domain.Hearings;

// A hearing of the MED system (seed 000: "fra 20. maj til og med 4. juni"): who is invited, on what (savings
// proposals and/or one reorganisation proposal), from which day to which day inclusive. Its status follows from
// the municipal clock (Scheduled, Open, Closed) until a director publishes the note. The administration's
// comment per proposal goes into the note. Which proposals moved to InHearing, and when, is ADR 0007.
public sealed class Hearing : Entity, IAudited, IVersioned
{
    public const int MaxTitleLength = 300;
    public const int MaxIntroLength = 20_000;
    public const int MaxCaseNumberLength = 60;
    public const int MaxNameLength = 200;
    public const int MaxCommentLength = 20_000;

    private Hearing()
    {
    }

    public Hearing(HearingContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        Title = content.Title.Trim();
        Intro = content.Intro?.Trim() ?? string.Empty;
        CaseNumber = content.CaseNumber?.Trim();
        ContactPerson = content.ContactPerson?.Trim();
        Unit = content.Unit?.Trim();
        Opens = Plausible.Day(content.Opens);
        Closes = Plausible.Day(content.Closes);
        if (Closes < Opens)
        {
            throw new DomainException("Høringen kan ikke slutte, før den begynder.");
        }

        CommitteeIds = content.Committees.Distinct().ToList();
        ProposalIds = content.Proposals.Distinct().ToList();
        ReorganisationId = content.Reorganisation;
        if (CommitteeIds.Count == 0)
        {
            throw new DomainException("Inviter mindst ét udvalg.");
        }

        if (ProposalIds.Count == 0 && ReorganisationId is null)
        {
            throw new DomainException("Vælg mindst ét forslag, høringen handler om.");
        }
    }

    public string Title { get; private set; } = string.Empty;

    public string Intro { get; private set; } = string.Empty;

    public string? CaseNumber { get; private set; }

    public string? ContactPerson { get; private set; }

    // The unit that writes the note (seed 001: "Ledelsessekretariatet").
    public string? Unit { get; private set; }

    public DateOnly Opens { get; private set; }

    // The last day ("til og med"): answers are accepted until the end of this day in Copenhagen.
    public DateOnly Closes { get; private set; }

    public IReadOnlyList<Guid> CommitteeIds { get; private set; } = [];

    public IReadOnlyList<Guid> ProposalIds { get; private set; } = [];

    public Guid? ReorganisationId { get; private set; }

    // When the subjects were moved to InHearing (ADR 0007); null until the hearing has opened.
    public DateTimeOffset? SubjectsOpenedAt { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    public string? PublishedBy { get; private set; }

    public IReadOnlyList<AdministrationComment> Comments { get; private set; } = [];

    public long Version { get; private set; }

    public DateTimeOffset Deadline => MunicipalClock.EndOf(Closes);

    public HearingStatus StatusAt(DateTimeOffset now)
    {
        if (PublishedAt is not null)
        {
            return HearingStatus.Published;
        }

        if (now < MunicipalClock.StartOf(Opens))
        {
            return HearingStatus.Scheduled;
        }

        return MunicipalClock.IsOnOrBefore(now, Closes) ? HearingStatus.Open : HearingStatus.Closed;
    }

    // Days left to answer, counting today and the closing day (0 once closed).
    public int DaysLeft(DateTimeOffset now) =>
        StatusAt(now) == HearingStatus.Open ? Closes.DayNumber - MunicipalClock.DayOf(now).DayNumber + 1 : 0;

    public bool IsInvited(Guid committeeId) => CommitteeIds.Contains(committeeId);

    // The proposals and the reorganisation this hearing is about; Guid.Empty (general remarks) is always one.
    public bool IsSubject(Guid subject) => subject == Guid.Empty || ProposalIds.Contains(subject) || ReorganisationId == subject;

    public IEnumerable<Guid> Subjects => ReorganisationId is { } r ? [r, .. ProposalIds] : ProposalIds;

    // May this committee answer on this subject now (drafts and submissions alike)?
    public Refusal? ResponseRefusal(Guid committeeId, Guid subject, DateTimeOffset now) =>
        SubjectRefusal(committeeId, subject) ?? StatusAt(now) switch
        {
            HearingStatus.Scheduled => HearingRefusals.NotYetOpen(Opens),
            HearingStatus.Open => null,
            _ => HearingRefusals.DeadlinePassed(Closes),
        };

    // May a director register a late answer now: only after the deadline and before publication.
    public Refusal? LateResponseRefusal(Guid committeeId, Guid subject, DateTimeOffset now) =>
        SubjectRefusal(committeeId, subject) ?? StatusAt(now) switch
        {
            HearingStatus.Scheduled => HearingRefusals.NotYetOpen(Opens),
            HearingStatus.Open => HearingRefusals.LateWhileOpen,
            HearingStatus.Published => HearingRefusals.Published,
            _ => null,
        };

    public Refusal? PublishRefusal(DateTimeOffset now) => StatusAt(now) switch
    {
        HearingStatus.Published => HearingRefusals.Published,
        HearingStatus.Closed => null,
        _ => HearingRefusals.NotClosed(Closes),
    };

    public Refusal? CommentRefusal(Guid subject, DateTimeOffset now) =>
        subject == Guid.Empty || !IsSubject(subject) ? HearingRefusals.NotSubject
        : StatusAt(now) == HearingStatus.Published ? HearingRefusals.Published
        : null;

    // The administration's comment on a proposal, written into the note under the committees' remarks.
    public void Comment(Guid subject, string? text, DateTimeOffset now)
    {
        if (CommentRefusal(subject, now) is { } refusal)
        {
            throw refusal.ToException();
        }

        var others = Comments.Where(c => c.Subject != subject);
        Comments = string.IsNullOrWhiteSpace(text) ? others.ToList() : [.. others, new AdministrationComment(subject, text.Trim())];
    }

    public string? CommentOn(Guid subject) => Comments.FirstOrDefault(c => c.Subject == subject)?.Text;

    public void Publish(DateTimeOffset now, string by)
    {
        if (PublishRefusal(now) is { } refusal)
        {
            throw refusal.ToException();
        }

        PublishedAt = now;
        PublishedBy = by;
    }

    // The hearing has opened and its subjects were moved to InHearing (by the use case, ADR 0007).
    public bool SubjectsDue(DateTimeOffset now) => SubjectsOpenedAt is null && StatusAt(now) != HearingStatus.Scheduled;

    public void MarkSubjectsOpened(DateTimeOffset now) => SubjectsOpenedAt ??= now;

    private Refusal? SubjectRefusal(Guid committeeId, Guid subject) =>
        !IsInvited(committeeId) ? HearingRefusals.NotInvited
        : !IsSubject(subject) ? HearingRefusals.NotSubject
        : null;
}

public sealed record HearingContent(
    string Title,
    string? Intro,
    string? CaseNumber,
    string? ContactPerson,
    string? Unit,
    DateOnly Opens,
    DateOnly Closes,
    IReadOnlyList<Guid> Committees,
    IReadOnlyList<Guid> Proposals,
    Guid? Reorganisation);

// Subject: the proposal (savings or reorganisation) the comment is on.
public sealed record AdministrationComment(Guid Subject, string Text);
