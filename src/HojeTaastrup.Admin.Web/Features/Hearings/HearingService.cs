using System.Security.Claims;
using FluentValidation;
using FluentValidation.Results;
using HojeTaastrup.Admin.Data;
using HojeTaastrup.Admin.Data.Concurrency;
using HojeTaastrup.Admin.Domain.Common;
using HojeTaastrup.Admin.Domain.Hearings;
using HojeTaastrup.Admin.Domain.Reorganisation;
using HojeTaastrup.Admin.Domain.Savings;
using HojeTaastrup.Admin.Web.Features.Savings;
using HojeTaastrup.Admin.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace HojeTaastrup.Admin.Web.Features.Hearings;

// The hearing use cases, for the pages and the API alike. Directors open hearings, register late answers,
// comment and publish; a MED member answers only for his or her own committees (HearingAccess, on the committee);
// readers see a hearing once it is published. When a hearing has opened, its subjects move to InHearing
// (ADR 0007): at creation if it opens today or earlier, else at the first use case that touches it afterwards.
public sealed class HearingService(
    IDbContextFactory<AdminDbContext> dbFactory,
    CurrentUser currentUser,
    TimeProvider time,
    IValidator<HearingInput> hearingValidator,
    IValidator<ResponseInput> responseValidator,
    IValidator<LateResponseInput> lateValidator,
    IValidator<CommentInput> commentValidator,
    IValidator<PublishInput> publishValidator)
{
    public const string Municipality = "Høje-Taastrup Kommune";
    public const string NotFoundMessage = "Høringen findes ikke.";
    public const string CommitteeNotFoundMessage = "Udvalget findes ikke.";
    public const string SignInMessage = "Log ind for at se høringerne.";
    public const string ManageForbiddenMessage = "Kun direktionen kan oprette, kommentere og offentliggøre høringer.";
    public const string RespondForbiddenMessage = "Du kan kun se og afgive høringssvar for de udvalg, du selv er medlem af.";
    public const string NoteForbiddenMessage = "Høringsnotatet kan læses, når direktionen har offentliggjort det.";

    public async Task<IReadOnlyList<HearingSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        await currentUser.RequireAsync(HearingAccess.Hearings, HearingAccess.Read, SignInMessage);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await OpenDueAsync(db, cancellationToken);
        var now = time.GetUtcNow();
        var hearings = await db.Hearings.AsNoTracking().ToListAsync(cancellationToken);
        var answered = await db.HearingResponses.AsNoTracking()
            .Select(r => new { r.HearingId, r.CommitteeId, r.Revisions })
            .ToListAsync(cancellationToken);
        var mine = await MyCommitteesAsync(db, cancellationToken);
        var result = new List<HearingSummary>();
        foreach (var hearing in hearings.OrderByDescending(h => h.Opens).ThenBy(h => h.Title, StringComparer.Ordinal))
        {
            if (!await currentUser.MayAsync(hearing, HearingAccess.Read))
            {
                continue;
            }

            var count = answered.Where(r => r.HearingId == hearing.Id && r.Revisions.Count > 0 && hearing.IsInvited(r.CommitteeId))
                .Select(r => r.CommitteeId).Distinct().Count();
            result.Add(new HearingSummary(
                hearing.Id, hearing.Title, hearing.Opens, hearing.Closes, hearing.StatusAt(now), hearing.DaysLeft(now), hearing.CommitteeIds.Count, count,
                mine.Where(hearing.IsInvited).ToList()));
        }

        return result;
    }

    public async Task<HearingView> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await OpenDueAsync(db, cancellationToken);
        var hearing = await FindReadableAsync(db.Hearings.AsNoTracking(), id, cancellationToken);
        return await ViewAsync(db, hearing, cancellationToken);
    }

    // Subjects a new hearing can be about: savings proposals still in Draft or InHearing, reorganisations likewise.
    public async Task<IReadOnlyList<HearingSubjectView>> SubjectOptionsAsync(CancellationToken cancellationToken = default)
    {
        await RequireManagerAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var reorganisations = await db.ReorganisationProposals.AsNoTracking().IgnoreAutoIncludes()
            .Where(p => p.Status == ReorganisationStatus.Draft || p.Status == ReorganisationStatus.InHearing)
            .Select(p => new HearingSubjectView(p.Id, "reorganisation", null, p.Title, string.Empty, null, 0, null))
            .ToListAsync(cancellationToken);
        var savings = await db.SavingsProposals.AsNoTracking()
            .Where(p => p.Status == SavingsStatus.Draft || p.Status == SavingsStatus.InHearing)
            .Select(p => new { p.Id, p.Number, p.Title, p.Amounts })
            .ToListAsync(cancellationToken);
        return reorganisations.OrderBy(r => r.Title, StringComparer.Ordinal)
            .Concat(savings.OrderBy(p => p.Number, ProposalNumberOrder.Instance)
                .Select(p => new HearingSubjectView(p.Id, "savings", p.Number, p.Title, string.Empty, NoteSubject.AmountsText(p.Amounts), 0, null)))
            .ToList();
    }

    public async Task<HearingView> CreateAsync(HearingInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await RequireManagerAsync();
        await hearingValidator.ValidateAndThrowAsync(input, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await CheckSubjectsAsync(db, input, cancellationToken);
        var hearing = new Hearing(new HearingContent(
            input.Title, input.Intro, input.CaseNumber, input.ContactPerson, input.Unit, input.Opens!.Value, input.Closes!.Value,
            input.Committees, input.Proposals, input.Reorganisation));
        db.Hearings.Add(hearing);
        await db.SaveChangesAsync(cancellationToken);
        await OpenDueAsync(db, cancellationToken);
        return await ViewAsync(db, hearing, cancellationToken);
    }

    // One committee's answers with its drafts, for its own members only (403 for anyone else).
    public async Task<AnswerView> GetAnswerAsync(Guid id, Guid committeeId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await OpenDueAsync(db, cancellationToken);
        var hearing = await FindReadableAsync(db.Hearings.AsNoTracking(), id, cancellationToken);
        var committee = await db.Committees.AsNoTracking().SingleOrDefaultAsync(c => c.Id == committeeId, cancellationToken)
            ?? throw new NotFoundException(CommitteeNotFoundMessage);
        await currentUser.RequireAsync(committee, HearingAccess.Respond, RespondForbiddenMessage);
        return await AnswerViewAsync(db, hearing, committee, cancellationToken);
    }

    // Submits (or with Draft saves) a committee's answer on a proposal or, without one, its general remarks.
    // A second submission revises it while the hearing is open; after the deadline the hearing refuses (422).
    public async Task<AnswerView> RespondAsync(Guid id, ResponseInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await responseValidator.ValidateAndThrowAsync(input, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await OpenDueAsync(db, cancellationToken);
        var hearing = await FindReadableAsync(db.Hearings.AsNoTracking(), id, cancellationToken);
        var committee = await db.Committees.AsNoTracking().SingleOrDefaultAsync(c => c.Id == input.Committee, cancellationToken)
            ?? throw new ValidationException([new ValidationFailure(nameof(ResponseInput.Committee), CommitteeNotFoundMessage)]);
        await currentUser.RequireAsync(committee, HearingAccess.Respond, RespondForbiddenMessage);
        var response = await ResponseAsync(db, hearing, committee.Id, input.Proposal ?? Guid.Empty, cancellationToken);
        var now = time.GetUtcNow();
        if (input.Draft)
        {
            response.SaveDraft(hearing, input.Text ?? string.Empty, now);
        }
        else
        {
            response.Submit(hearing, input.Text, now, await ActorNameAsync());
        }

        await db.SaveChangesAsync(cancellationToken);
        return await AnswerViewAsync(db, hearing, committee, cancellationToken);
    }

    public async Task<HearingView> RegisterLateAsync(Guid id, LateResponseInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await RequireManagerAsync();
        await lateValidator.ValidateAndThrowAsync(input, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var hearing = await FindReadableAsync(db.Hearings.AsNoTracking(), id, cancellationToken);
        if (!await db.Committees.AnyAsync(c => c.Id == input.Committee, cancellationToken))
        {
            throw new ValidationException([new ValidationFailure(nameof(LateResponseInput.Committee), CommitteeNotFoundMessage)]);
        }

        var response = await ResponseAsync(db, hearing, input.Committee!.Value, input.Proposal ?? Guid.Empty, cancellationToken);
        response.RegisterLate(hearing, input.Text, input.Reason, time.GetUtcNow(), await ActorNameAsync());
        await db.SaveChangesAsync(cancellationToken);
        return await ViewAsync(db, hearing, cancellationToken);
    }

    public async Task<HearingView> CommentAsync(Guid id, CommentInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await RequireManagerAsync();
        await commentValidator.ValidateAndThrowAsync(input, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var hearing = await LoadAsync(db, id, input.Version!.Value, cancellationToken);
        hearing.Comment(input.Proposal!.Value, input.Text, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return await ViewAsync(db, hearing, cancellationToken);
    }

    public async Task<HearingView> PublishAsync(Guid id, PublishInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await RequireManagerAsync();
        await publishValidator.ValidateAndThrowAsync(input, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var hearing = await LoadAsync(db, id, input.Version!.Value, cancellationToken);
        hearing.Publish(time.GetUtcNow(), await ActorNameAsync());
        await db.SaveChangesAsync(cancellationToken);
        return await ViewAsync(db, hearing, cancellationToken);
    }

    // The note in seed 001's order: for everyone once published, for the directors before.
    public async Task<HearingNote> NoteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var hearing = await FindReadableAsync(db.Hearings.AsNoTracking(), id, cancellationToken);
        await currentUser.RequireAsync(hearing, HearingAccess.ReadNote, NoteForbiddenMessage);
        var subjects = await SubjectsAsync(db, hearing, cancellationToken);
        var committees = await db.Committees.AsNoTracking().ToListAsync(cancellationToken);
        var responses = await db.HearingResponses.AsNoTracking().Where(r => r.HearingId == id).ToListAsync(cancellationToken);
        var header = new NoteHeader(
            Municipality, hearing.Unit, MunicipalClock.DayOf(hearing.PublishedAt ?? time.GetUtcNow()), hearing.CaseNumber, hearing.ContactPerson);
        return HearingNote.Build(
            hearing,
            header,
            subjects.Select(s => new NoteSubject(s.Id!.Value, s.Number is null ? s.Title : $"{s.Number}. {s.Title}", s.Text, s.Amounts)).ToList(),
            committees,
            responses);
    }

    public async Task<NoteFile> NoteFileAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var note = await NoteAsync(id, cancellationToken);
        return new NoteFile(HearingNoteWriter.Docx(note), HearingNoteWriter.DocxContentType, HearingNoteWriter.FileName(note));
    }

    // Every submitted revision of every answer, in the note's order, for journalising (directors only).
    public async Task<IReadOnlyList<ReceivedResponseView>> ReceivedAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await RequireManagerAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var hearing = await FindReadableAsync(db.Hearings.AsNoTracking(), id, cancellationToken);
        var subjects = (await SubjectsAsync(db, hearing, cancellationToken))
            .Append(new HearingSubjectView(null, "general", null, HearingNote.GeneralHeading, string.Empty, null, 0, null))
            .ToList();
        var committees = HearingViewMapping.Ordered(await db.Committees.AsNoTracking().ToListAsync(cancellationToken)).ToList();
        var responses = await db.HearingResponses.AsNoTracking().Where(r => r.HearingId == id).ToListAsync(cancellationToken);
        return responses
            .OrderBy(r => subjects.FindIndex(s => (s.Id ?? Guid.Empty) == r.Subject))
            .ThenBy(r => committees.FindIndex(c => c.Id == r.CommitteeId))
            .SelectMany(r => r.Revisions.Select((revision, index) => new ReceivedResponseView(
                r.CommitteeId,
                committees.FirstOrDefault(c => c.Id == r.CommitteeId)?.Name ?? string.Empty,
                r.ProposalId,
                subjects.FirstOrDefault(s => (s.Id ?? Guid.Empty) == r.Subject) is { } subject
                    ? (subject.Number is null ? subject.Title : $"{subject.Number}. {subject.Title}")
                    : string.Empty,
                index + 1,
                revision.Text,
                revision.SubmittedAt,
                MunicipalClock.DayOf(revision.SubmittedAt),
                revision.By,
                revision.Late,
                revision.LateReason)))
            .ToList();
    }

    public Task<bool> CanManageAsync() => currentUser.MayAsync(HearingAccess.Hearings, HearingAccess.Manage);

    private async Task<HearingView> ViewAsync(AdminDbContext db, Hearing hearing, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var committees = HearingViewMapping.Ordered(
            await db.Committees.AsNoTracking().Where(c => hearing.CommitteeIds.Contains(c.Id)).ToListAsync(cancellationToken)).ToList();
        var names = committees.ToDictionary(c => c.Id, c => c.Name);
        var responses = (await db.HearingResponses.AsNoTracking().Where(r => r.HearingId == hearing.Id).ToListAsync(cancellationToken))
            .Where(r => r.Current is not null && names.ContainsKey(r.CommitteeId))
            .ToList();
        var mine = await MyCommitteesAsync(db, cancellationToken);
        var subjects = (await SubjectsAsync(db, hearing, cancellationToken))
            .Append(new HearingSubjectView(null, "general", null, HearingNote.GeneralHeading, string.Empty, null, 0, null))
            .Select(s => s with { Responses = responses.Count(r => r.ProposalId == s.Id) })
            .ToList();
        var order = subjects.Select((s, i) => (s.Id, i)).ToDictionary(x => x.Id ?? Guid.Empty, x => x.i);
        return new HearingView(
            hearing.Id,
            hearing.Title,
            hearing.Intro,
            hearing.CaseNumber,
            hearing.ContactPerson,
            hearing.Unit,
            hearing.Opens,
            hearing.Closes,
            hearing.Deadline,
            hearing.StatusAt(now),
            hearing.DaysLeft(now),
            hearing.PublishedAt,
            hearing.Version,
            subjects,
            committees.Select(c => new HearingCommitteeView(
                c.Id,
                c.Name,
                c.Level,
                responses.Any(r => r.CommitteeId == c.Id),
                responses.Any(r => r.CommitteeId == c.Id && r.Current!.Late),
                responses.Count(r => r.CommitteeId == c.Id),
                mine.Contains(c.Id))).ToList(),
            responses
                .OrderBy(r => order.GetValueOrDefault(r.Subject, int.MaxValue))
                .ThenBy(r => committees.FindIndex(c => c.Id == r.CommitteeId))
                .Select(r => HearingViewMapping.Response(r, names[r.CommitteeId]))
                .ToList(),
            await CanManageAsync(),
            await currentUser.MayAsync(hearing, HearingAccess.ReadNote),
            hearing.PublishRefusal(now)?.Message);
    }

    private async Task<AnswerView> AnswerViewAsync(AdminDbContext db, Hearing hearing, Committee committee, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var responses = await db.HearingResponses.AsNoTracking()
            .Where(r => r.HearingId == hearing.Id && r.CommitteeId == committee.Id)
            .ToDictionaryAsync(r => r.Subject, cancellationToken);
        var items = (await SubjectsAsync(db, hearing, cancellationToken))
            .Append(new HearingSubjectView(null, "general", null, HearingNote.GeneralHeading, string.Empty, null, 0, null))
            .Select(s =>
            {
                var response = responses.GetValueOrDefault(s.Id ?? Guid.Empty);
                return new AnswerItemView(
                    s.Id, s.Kind, s.Number, s.Title, s.Text, s.Amounts, response?.Current?.Text, response?.Current?.SubmittedAt,
                    response?.Revisions.Count ?? 0, response?.Current?.Late ?? false, response?.Draft);
            })
            .ToList();
        return new AnswerView(
            hearing.Id, hearing.Title, committee.Id, committee.Name, hearing.Closes, hearing.StatusAt(now), hearing.DaysLeft(now),
            hearing.ResponseRefusal(committee.Id, Guid.Empty, now)?.Message, items);
    }

    // The hearing's subjects in the note's order: the reorganisation first, then the savings proposals by number.
    private static async Task<List<HearingSubjectView>> SubjectsAsync(AdminDbContext db, Hearing hearing, CancellationToken cancellationToken)
    {
        var result = new List<HearingSubjectView>();
        if (hearing.ReorganisationId is { } reorganisationId)
        {
            var reorganisation = await db.ReorganisationProposals.AsNoTracking().IgnoreAutoIncludes()
                .Where(p => p.Id == reorganisationId)
                .Select(p => new { p.Id, p.Title, p.Purpose })
                .SingleOrDefaultAsync(cancellationToken);
            if (reorganisation is not null)
            {
                result.Add(new HearingSubjectView(reorganisation.Id, "reorganisation", null, reorganisation.Title, reorganisation.Purpose, null, 0, hearing.CommentOn(reorganisation.Id)));
            }
        }

        var ids = hearing.ProposalIds.ToList();
        var savings = await db.SavingsProposals.AsNoTracking()
            .Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.Number, p.Title, p.Description, p.Amounts })
            .ToListAsync(cancellationToken);
        result.AddRange(savings.OrderBy(p => p.Number, ProposalNumberOrder.Instance)
            .Select(p => new HearingSubjectView(p.Id, "savings", p.Number, p.Title, p.Description, NoteSubject.AmountsText(p.Amounts), 0, hearing.CommentOn(p.Id))));
        return result;
    }

    private static async Task CheckSubjectsAsync(AdminDbContext db, HearingInput input, CancellationToken cancellationToken)
    {
        var failures = new List<ValidationFailure>();
        var committeeIds = input.Committees.Distinct().ToList();
        var known = await db.Committees.AsNoTracking().Where(c => committeeIds.Contains(c.Id)).Select(c => c.Id).ToListAsync(cancellationToken);
        for (var i = 0; i < input.Committees.Count; i++)
        {
            if (!known.Contains(input.Committees[i]))
            {
                failures.Add(new($"{nameof(HearingInput.Committees)}[{i}]", CommitteeNotFoundMessage));
            }
        }

        var proposalIds = input.Proposals.Distinct().ToList();
        var proposals = await db.SavingsProposals.AsNoTracking().Where(p => proposalIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        for (var i = 0; i < input.Proposals.Count; i++)
        {
            var field = $"{nameof(HearingInput.Proposals)}[{i}]";
            if (!proposals.TryGetValue(input.Proposals[i], out var proposal))
            {
                failures.Add(new(field, SavingsService.ProposalNotFoundMessage));
            }
            else if (proposal.Status == SavingsStatus.Draft && proposal.StatusRefusal(SavingsStatus.InHearing) is { } refusal)
            {
                failures.Add(new(field, $"Forslag {proposal.Number}: {refusal.Message}"));
            }
            else if (proposal.Status is not (SavingsStatus.Draft or SavingsStatus.InHearing))
            {
                failures.Add(new(field, $"Forslag {proposal.Number} er allerede {SavingsText.Status(proposal.Status).ToLowerInvariant()} og kan ikke sendes i høring."));
            }
        }

        if (input.Reorganisation is { } reorganisationId)
        {
            var reorganisation = await db.ReorganisationProposals.AsNoTracking().SingleOrDefaultAsync(p => p.Id == reorganisationId, cancellationToken);
            if (reorganisation is null)
            {
                failures.Add(new(nameof(HearingInput.Reorganisation), "Reorganiseringsforslaget findes ikke."));
            }
            else if (reorganisation.Status == ReorganisationStatus.Draft && reorganisation.HearingRefusal(reorganisation.Evaluate()) is { } refusal)
            {
                failures.Add(new(nameof(HearingInput.Reorganisation), refusal.Message));
            }
            else if (reorganisation.Status is not (ReorganisationStatus.Draft or ReorganisationStatus.InHearing))
            {
                failures.Add(new(nameof(HearingInput.Reorganisation), "Reorganiseringsforslaget er allerede afgjort og kan ikke sendes i høring."));
            }
        }

        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }
    }

    // ADR 0007: a hearing that has opened moves its subjects to InHearing once (a savings proposal still in Draft
    // through its own status rules, the reorganisation through SendToHearing). One that another request moved
    // first is left as it is: the race is harmless, so the concurrency answer is swallowed here.
    private async Task OpenDueAsync(AdminDbContext db, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var today = MunicipalClock.Today(time);
        var due = await db.Hearings.Where(h => h.SubjectsOpenedAt == null && h.Opens <= today).ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return;
        }

        var by = await ActorNameAsync();
        foreach (var hearing in due.Where(h => h.SubjectsDue(now)))
        {
            var ids = hearing.ProposalIds.ToList();
            var drafts = await db.SavingsProposals.Where(p => ids.Contains(p.Id) && p.Status == SavingsStatus.Draft).ToListAsync(cancellationToken);
            foreach (var proposal in drafts.Where(p => p.StatusRefusal(SavingsStatus.InHearing) is null))
            {
                proposal.ChangeStatus(SavingsStatus.InHearing, Truncate($"Høring: {hearing.Title}"), now, by);
            }

            if (hearing.ReorganisationId is { } reorganisationId)
            {
                var reorganisation = await db.ReorganisationProposals.SingleOrDefaultAsync(p => p.Id == reorganisationId, cancellationToken);
                if (reorganisation is { Status: ReorganisationStatus.Draft } && reorganisation.HearingRefusal(reorganisation.Evaluate()) is null)
                {
                    reorganisation.SendToHearing();
                }
            }

            hearing.MarkSubjectsOpened(now);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
        }
    }

    private static string Truncate(string text) => text.Length <= SavingsProposal.MaxReasonLength ? text : text[..SavingsProposal.MaxReasonLength];

    private static async Task<HearingResponse> ResponseAsync(AdminDbContext db, Hearing hearing, Guid committeeId, Guid subject, CancellationToken cancellationToken)
    {
        var response = await db.HearingResponses.SingleOrDefaultAsync(
            r => r.HearingId == hearing.Id && r.CommitteeId == committeeId && r.Subject == subject, cancellationToken);
        if (response is null)
        {
            response = new HearingResponse(hearing, committeeId, subject);
            db.HearingResponses.Add(response);
        }

        return response;
    }

    private async Task<Hearing> FindReadableAsync(IQueryable<Hearing> hearings, Guid id, CancellationToken cancellationToken)
    {
        await currentUser.RequireAsync(HearingAccess.Hearings, HearingAccess.Read, SignInMessage);
        var hearing = await hearings.SingleOrDefaultAsync(h => h.Id == id, cancellationToken);
        // A hearing the user may not read yet (a reader before publication) is "not found", never "forbidden".
        if (hearing is null || !await currentUser.MayAsync(hearing, HearingAccess.Read))
        {
            throw new NotFoundException(NotFoundMessage);
        }

        return hearing;
    }

    private async Task<Hearing> LoadAsync(AdminDbContext db, Guid id, long version, CancellationToken cancellationToken)
    {
        var hearing = await FindReadableAsync(db.Hearings, id, cancellationToken);
        if (hearing.Version != version)
        {
            throw new DbUpdateConcurrencyException(UseCaseFailure.ConflictMessage);
        }

        db.Entry(hearing).ExpectVersion(version);
        return hearing;
    }

    private async Task<List<Guid>> MyCommitteesAsync(AdminDbContext db, CancellationToken cancellationToken)
    {
        var userId = await currentUser.IdAsync();
        if (userId is null || !await currentUser.IsInRoleAsync(Data.Identity.Roles.MedMember))
        {
            return [];
        }

        var committees = await db.Committees.AsNoTracking().ToListAsync(cancellationToken);
        return committees.Where(c => c.IsMember(userId)).Select(c => c.Id).ToList();
    }

    private async Task<string> ActorNameAsync()
    {
        var user = await currentUser.PrincipalAsync();
        var name = user.FindFirstValue(AdminClaimsPrincipalFactory.DisplayNameClaim);
        return string.IsNullOrWhiteSpace(name) ? user.Identity?.Name ?? "ukendt" : name;
    }

    private Task RequireManagerAsync() => currentUser.RequireAsync(HearingAccess.Hearings, HearingAccess.Manage, ManageForbiddenMessage);
}
