using HojeTaastrup.Admin.Domain.Hearings;

namespace HojeTaastrup.Admin.Web.Features.Hearings;

// What the pages show and the API answers. Responses are always their current (last submitted) revision;
// drafts appear only in AnswerView, for the committee's own members.

public sealed record MemberView(string Id, string UserName, string DisplayName, bool Chair);

public sealed record CommitteeView(Guid Id, string Name, CommitteeLevel Level, IReadOnlyList<string> Centres, IReadOnlyList<MemberView> Members, long Version);

public sealed record UserOption(string Id, string UserName, string DisplayName);

public sealed record HearingSummary(
    Guid Id, string Title, DateOnly Opens, DateOnly Closes, HearingStatus Status, int DaysLeft, int Committees, int Answered, IReadOnlyList<Guid> MyCommittees);

// Kind: "reorganisation", "savings" or "general" (Id null).
public sealed record HearingSubjectView(Guid? Id, string Kind, string? Number, string Title, string Text, string? Amounts, int Responses, string? Comment);

public sealed record HearingCommitteeView(Guid Id, string Name, CommitteeLevel Level, bool Answered, bool Late, int Responses, bool Mine);

public sealed record ResponseView(
    Guid Committee, string CommitteeName, Guid? Proposal, string Text, DateTimeOffset SubmittedAt, bool Late, string? LateReason, int Revision);

public sealed record HearingView(
    Guid Id,
    string Title,
    string Intro,
    string? CaseNumber,
    string? ContactPerson,
    string? Unit,
    DateOnly Opens,
    DateOnly Closes,
    DateTimeOffset Deadline,
    HearingStatus Status,
    int DaysLeft,
    DateTimeOffset? PublishedAt,
    long Version,
    IReadOnlyList<HearingSubjectView> Subjects,
    IReadOnlyList<HearingCommitteeView> Committees,
    IReadOnlyList<ResponseView> Responses,
    bool CanManage,
    bool CanReadNote,
    string? PublishRefusal);

public sealed record AnswerItemView(
    Guid? Proposal, string Kind, string? Number, string Title, string Text, string? Amounts, string? Current, DateTimeOffset? SubmittedAt, int Revisions, bool Late, string? Draft);

// One committee's answers in one hearing, for its own members: current texts and drafts; Refusal says why it cannot answer now.
public sealed record AnswerView(
    Guid Hearing, string HearingTitle, Guid Committee, string CommitteeName, DateOnly Closes, HearingStatus Status, int DaysLeft, string? Refusal,
    IReadOnlyList<AnswerItemView> Items);

public sealed record NoteFile(byte[] Content, string ContentType, string FileName);

// One received document for the case-management system (offentlighedsloven): every submitted revision, never a draft,
// with the day it was received and its subject.
public sealed record ReceivedResponseView(
    Guid Committee, string CommitteeName, Guid? Proposal, string Subject, int Revision, string Text, DateTimeOffset ReceivedAt, DateOnly ReceivedDay,
    string By, bool Late, string? LateReason);
