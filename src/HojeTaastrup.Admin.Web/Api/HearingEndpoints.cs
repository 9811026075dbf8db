using System.Text.Json;
using HojeTaastrup.Admin.Domain.Hearings;
using HojeTaastrup.Admin.Web.Features.Hearings;
using HojeTaastrup.Admin.Web.Security;

namespace HojeTaastrup.Admin.Web.Api;

// ../shared/API.md: MED committees and hearings. Every route calls CommitteeService or HearingService, which check
// the user again (a MED member answers only for his or her own committees: HearingAccess); the policies here
// make a wrong role's write a 403 before the body is read.
public static class HearingEndpoints
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        MapCommittees(api.MapGroup("/committees").RequireAuthorization(Policies.ViewHearings).WithTags("Hearings"));
        MapHearings(api.MapGroup("/hearings").RequireAuthorization(Policies.ViewHearings).WithTags("Hearings"));
    }

    // The note page's download link: the browser's cookie, not a token, so outside /api.
    public static IEndpointRouteBuilder MapHearingDownloads(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/hoeringer/{id:guid}/notat.docx", async (Guid id, HearingService service, CancellationToken ct) =>
            {
                var file = await service.NoteFileAsync(id, ct);
                return TypedResults.File(file.Content, file.ContentType, file.FileName);
            })
            .RequireAuthorization(Policies.ViewHearings)
            .AddEndpointFilter<ApiExceptionFilter>()
            .AddEndpointFilter<RequestUserFilter>()
            .ExcludeFromDescription();
        app.MapGet("/hoeringer/{id:guid}/hoeringssvar.json", async (Guid id, HearingService service, CancellationToken ct) =>
                TypedResults.File(JsonSerializer.SerializeToUtf8Bytes(await service.ReceivedAsync(id, ct), Json), "application/json", "hoeringssvar.json"))
            .RequireAuthorization(Policies.EditHearings)
            .AddEndpointFilter<ApiExceptionFilter>()
            .AddEndpointFilter<RequestUserFilter>()
            .ExcludeFromDescription();
        return app;
    }

    private static void MapCommittees(RouteGroupBuilder group)
    {
        group.MapGet("/", (CommitteeService service, CancellationToken ct) => service.ListAsync(ct))
            .WithSummary("The MED committees (HovedMED, SektorMED, LokalMED) by level and name, with their members, chair and centres.");

        var write = group.MapGroup("/").RequireAuthorization(Policies.Administer);
        write.MapPost("/", async (CommitteeInput input, CommitteeService service, CancellationToken ct) =>
            {
                var committee = await service.CreateAsync(input, ct);
                return TypedResults.Created($"/api/v1/committees/{committee.Id}", committee);
            })
            .WithSummary("Creates a committee: { name, level: Hoved | Sektor | Lokal, centres: [codes] }; the name is unique.")
            .ProducesWriteProblems();
        write.MapPost("/{id:guid}/members", (Guid id, MemberInput input, CommitteeService service, CancellationToken ct) =>
                service.AddMemberAsync(id, input, ct))
            .WithSummary("Adds a member: { user: id or user name, chair }; adding a member again keeps one.")
            .ProducesWriteProblems();
        write.MapDelete("/{id:guid}/members/{userId}", (Guid id, string userId, CommitteeService service, CancellationToken ct) =>
                service.RemoveMemberAsync(id, userId, ct))
            .WithSummary("Removes a member (and the chair, if he or she chaired it).")
            .ProducesWriteProblems();
    }

    private static void MapHearings(RouteGroupBuilder group)
    {
        group.MapGet("/", (HearingService service, CancellationToken ct) => service.ListAsync(ct))
            .WithSummary("The hearings the user may see (readers: the published ones) with status, days left and how many invited committees answered.");
        group.MapGet("/{id:guid}", (Guid id, HearingService service, CancellationToken ct) => service.GetAsync(id, ct))
            .WithSummary("One hearing: status (Scheduled, Open, Closed, Published, from the Copenhagen clock), its subjects, committees [{ id, name, answered, late }] and responses [{ committee, proposal, text, submittedAt, late }] (current revisions only, never drafts).")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id:guid}/committees/{committee:guid}/answer", (Guid id, Guid committee, HearingService service, CancellationToken ct) =>
                service.GetAnswerAsync(id, committee, ct))
            .WithSummary("A committee's answers in the hearing with its drafts: for the committee's own members only (403 for others).")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id:guid}/note", NoteAsync)
            .WithSummary("The hearing note in seed 001's order: Accept text/html (a printable page), the DOCX type (Word with headings) or application/json (the note's model). Everyone signed in once published; the directors always.")
            .Produces<HearingNote>(StatusCodes.Status200OK, "application/json", "text/html", HearingNoteWriter.DocxContentType)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{id:guid}/responses", (Guid id, ResponseInput input, HearingService service, CancellationToken ct) =>
                service.RespondAsync(id, input, ct))
            .RequireAuthorization(Policies.RespondHearings)
            .WithSummary("A MED member answers for one of his or her committees: { committee, proposal: id | null (general remarks), text, draft }. A second post revises it while the hearing is open (every revision kept); draft: true saves without submitting. After the deadline: 422 (hearing.deadline-passed).")
            .ProducesWriteProblems()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        var write = group.MapGroup("/").RequireAuthorization(Policies.EditHearings);
        write.MapPost("/", async (HearingInput input, HearingService service, CancellationToken ct) =>
            {
                var hearing = await service.CreateAsync(input, ct);
                return TypedResults.Created($"/api/v1/hearings/{hearing.Id}", hearing);
            })
            .WithSummary("Opens a hearing: { title, intro, caseNumber, contactPerson, unit, opens, closes (the last day, til og med), committees: [ids], proposals: [ids], reorganisation: id? }. Its proposals move to InHearing when it opens (ADR 0007).")
            .ProducesWriteProblems();
        write.MapGet("/{id:guid}/responses", (Guid id, HearingService service, CancellationToken ct) => service.ReceivedAsync(id, ct))
            .WithSummary("The received answers for the case-management system: every submitted revision (never a draft) with committee, subject, receivedAt, receivedDay (Copenhagen), by, late and lateReason. Directors only.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        write.MapPost("/{id:guid}/late-responses", (Guid id, LateResponseInput input, HearingService service, CancellationToken ct) =>
                service.RegisterLateAsync(id, input, ct))
            .WithSummary("A director registers an answer received after the deadline: { committee, proposal, text, reason }; it is marked late.")
            .ProducesWriteProblems();
        write.MapPost("/{id:guid}/comments", (Guid id, CommentInput input, HearingService service, CancellationToken ct) =>
                service.CommentAsync(id, input, ct))
            .WithSummary("The administration's comment on a proposal in the note: { proposal, text, version }; empty text removes it.")
            .ProducesWriteProblems();
        write.MapPost("/{id:guid}/publish", (Guid id, PublishInput? input, HearingService service, CancellationToken ct) =>
                service.PublishAsync(id, input ?? new PublishInput(), ct))
            .WithSummary("Publishes the note once the hearing has closed: { version }; readers see it from then on.")
            .ProducesWriteProblems();
    }

    private static async Task<IResult> NoteAsync(Guid id, HttpRequest request, HearingService service, CancellationToken ct)
    {
        var accept = request.Headers.Accept.ToString();
        if (accept.Contains(HearingNoteWriter.DocxContentType, StringComparison.OrdinalIgnoreCase))
        {
            var file = await service.NoteFileAsync(id, ct);
            return TypedResults.File(file.Content, file.ContentType, file.FileName);
        }

        var note = await service.NoteAsync(id, ct);
        return accept.Contains("application/json", StringComparison.OrdinalIgnoreCase) && !accept.Contains("text/html", StringComparison.OrdinalIgnoreCase)
            ? TypedResults.Ok(note)
            : TypedResults.Content(HearingNoteWriter.Html(note), "text/html; charset=utf-8");
    }
}
