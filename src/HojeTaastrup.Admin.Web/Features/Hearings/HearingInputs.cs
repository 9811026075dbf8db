using HojeTaastrup.Admin.Domain.Hearings;

namespace HojeTaastrup.Admin.Web.Features.Hearings;

// What the forms and the API send (../shared/API.md: hearings and committees).

public sealed class CommitteeInput
{
    public string Name { get; set; } = string.Empty;

    public CommitteeLevel? Level { get; set; }

    public List<string> Centres { get; set; } = [];
}

// A user (id or user name) who joins a committee; chair: he or she chairs it from now on.
public sealed class MemberInput
{
    public string User { get; set; } = string.Empty;

    public bool Chair { get; set; }
}

public sealed class HearingInput
{
    public string Title { get; set; } = string.Empty;

    public string? Intro { get; set; }

    public string? CaseNumber { get; set; }

    public string? ContactPerson { get; set; }

    public string? Unit { get; set; }

    public DateOnly? Opens { get; set; }

    // The last day ("til og med").
    public DateOnly? Closes { get; set; }

    public List<Guid> Committees { get; set; } = [];

    public List<Guid> Proposals { get; set; } = [];

    public Guid? Reorganisation { get; set; }
}

// A committee's answer on a proposal (null: general remarks); Draft saves it without submitting.
public sealed class ResponseInput
{
    public Guid? Committee { get; set; }

    public Guid? Proposal { get; set; }

    public string Text { get; set; } = string.Empty;

    public bool Draft { get; set; }
}

// A director registers an answer that came after the deadline, with the reason.
public sealed class LateResponseInput
{
    public Guid? Committee { get; set; }

    public Guid? Proposal { get; set; }

    public string Text { get; set; } = string.Empty;

    public string Reason { get; set; } = string.Empty;
}

// The administration's comment on a proposal in the note (empty: none).
public sealed class CommentInput
{
    public Guid? Proposal { get; set; }

    public string? Text { get; set; }

    public long? Version { get; set; }
}

public sealed class PublishInput
{
    public long? Version { get; set; }
}
