using HojeTaastrup.Admin.Domain.Common;

namespace HojeTaastrup.Admin.Domain.Hearings;

// One committee's answer in one hearing on one subject (a proposal, or Guid.Empty for general remarks). Every
// submission is a revision kept for the record (offentlighedsloven: received documents are never changed); the
// last counts. A draft is the committee's own and never appears in the note. After the deadline nobody changes
// it; a director may register a late answer with the reason, marked late.
public sealed class HearingResponse : Entity, IAudited, IVersioned
{
    public const int MaxTextLength = 20_000;
    public const int MaxReasonLength = 1000;

    private HearingResponse()
    {
    }

    public HearingResponse(Hearing hearing, Guid committeeId, Guid subject)
    {
        ArgumentNullException.ThrowIfNull(hearing);
        HearingId = hearing.Id;
        CommitteeId = committeeId;
        Subject = subject;
    }

    public Guid HearingId { get; private set; }

    public Guid CommitteeId { get; private set; }

    // The proposal answered, or Guid.Empty for the general remarks (a key column, so it is never null).
    public Guid Subject { get; private set; }

    public Guid? ProposalId => Subject == Guid.Empty ? null : Subject;

    public string? Draft { get; private set; }

    public DateTimeOffset? DraftSavedAt { get; private set; }

    public IReadOnlyList<ResponseRevision> Revisions { get; private set; } = [];

    public long Version { get; private set; }

    public ResponseRevision? Current => Revisions.Count == 0 ? null : Revisions[^1];

    // The day the municipality received the answer in force (for journalising).
    public DateTimeOffset? ReceivedAt => Current?.SubmittedAt;

    public void SaveDraft(Hearing hearing, string text, DateTimeOffset now)
    {
        Guard(hearing, now);
        Draft = text;
        DraftSavedAt = now;
    }

    public void Submit(Hearing hearing, string text, DateTimeOffset now, string by)
    {
        Guard(hearing, now);
        Revisions = [.. Revisions, new ResponseRevision(Clean(text), now, by, Late: false, LateReason: null)];
        Draft = null;
        DraftSavedAt = null;
    }

    public void RegisterLate(Hearing hearing, string text, string reason, DateTimeOffset now, string by)
    {
        ArgumentNullException.ThrowIfNull(hearing);
        if (hearing.LateResponseRefusal(CommitteeId, Subject, now) is { } refusal)
        {
            throw refusal.ToException();
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("Skriv, hvorfor svaret registreres efter fristen.");
        }

        Revisions = [.. Revisions, new ResponseRevision(Clean(text), now, by, Late: true, LateReason: reason.Trim())];
    }

    private void Guard(Hearing hearing, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(hearing);
        if (hearing.Id != HearingId)
        {
            throw new ArgumentException("The response belongs to another hearing.", nameof(hearing));
        }

        if (hearing.ResponseRefusal(CommitteeId, Subject, now) is { } refusal)
        {
            throw refusal.ToException();
        }
    }

    private static string Clean(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DomainException("Et høringssvar kan ikke være tomt.");
        }

        return text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
    }
}

public sealed record ResponseRevision(string Text, DateTimeOffset SubmittedAt, string By, bool Late, string? LateReason);
