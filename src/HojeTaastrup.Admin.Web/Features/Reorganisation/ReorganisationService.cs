using System.Security.Claims;
using FluentValidation;
using HojeTaastrup.Admin.Data;
using HojeTaastrup.Admin.Data.Concurrency;
using HojeTaastrup.Admin.Data.Identity;
using HojeTaastrup.Admin.Data.Queries;
using HojeTaastrup.Admin.Domain.Common;
using HojeTaastrup.Admin.Domain.Organisation;
using HojeTaastrup.Admin.Domain.Reorganisation;
using HojeTaastrup.Admin.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HojeTaastrup.Admin.Web.Features.Reorganisation;

// The reorganisation use cases, for the pages and the API alike: load, call the proposal, save (the
// context audits and checks the version). Directors write; drafts are seen by directors and
// administrators only, everything else by all signed-in users.
public sealed class ReorganisationService(
    IDbContextFactory<AdminDbContext> dbFactory,
    TimeProvider time,
    IValidator<ProposalInput> proposalValidator,
    IValidator<ChangeInput> changeValidator,
    IValidator<MoveChangeInput> moveValidator,
    IValidator<ProjectInput> projectValidator,
    IValidator<VersionInput> versionValidator)
{
    public const string NotFoundMessage = "Reorganiseringsforslaget findes ikke.";
    public const string ForbiddenMessage = "Kun direktionen kan ændre reorganiseringsforslag.";

    // Refusals are Danish whatever the UI language, like the domain's own messages.
    private static readonly System.Globalization.CultureInfo Danish = System.Globalization.CultureInfo.GetCultureInfo("da-DK");

    public static bool CanEdit(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInRole(Roles.Director);
    }

    public static bool CanSeeDrafts(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInRole(Roles.Director) || user.IsInRole(Roles.Administrator);
    }

    public async Task<IReadOnlyList<ProposalSummary>> ListAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var proposals = await Visible(db.ReorganisationProposals.AsNoTracking(), user).ToListAsync(cancellationToken);
        return proposals
            .OrderByDescending(p => p.EffectiveDate)
            .ThenBy(p => p.Title, StringComparer.Ordinal)
            .Select(ReorganisationViewMapping.Summary)
            .ToList();
    }

    public async Task<ProposalDetails> GetAsync(ClaimsPrincipal user, Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var proposal = await Visible(db.ReorganisationProposals.AsNoTracking(), user).SingleOrDefaultAsync(p => p.Id == id, cancellationToken)
            ?? throw new NotFoundException(NotFoundMessage);
        return await DetailsAsync(db, proposal, cancellationToken);
    }

    // The baseline is the organisation in force on the day the proposal is created ("today's
    // organisation", ../shared/API.md): what the directors look at when they draft. Adoption refuses
    // when a later version exists, so a stale baseline cannot overwrite newer history.
    public async Task<ProposalDetails> CreateAsync(ClaimsPrincipal user, ProposalInput input, CancellationToken cancellationToken = default)
    {
        EnsureEditor(user);
        await proposalValidator.ValidateAndThrowAsync(input, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var today = Formatting.Today(time);
        var inForce = await db.OrganisationVersions.AsNoTracking().InForceOnAsync(today, cancellationToken)
            ?? throw new DomainException("Der er ingen organisation i kraft i dag, som forslaget kan tage udgangspunkt i.");
        var proposal = new ReorganisationProposal(input.Title, input.Purpose, input.EffectiveDate!.Value, inForce.ToStructure());
        proposal.SetTargets(input.TargetCentreCount, Saving(input));
        db.ReorganisationProposals.Add(proposal);
        await db.SaveChangesAsync(cancellationToken);
        return await DetailsAsync(db, proposal, cancellationToken);
    }

    public async Task<ProposalDetails> EditAsync(ClaimsPrincipal user, Guid id, ProposalInput input, CancellationToken cancellationToken = default)
    {
        await proposalValidator.ValidateAndThrowAsync(input, cancellationToken);
        return await ChangeAsync(user, id, input.Version, proposal =>
        {
            proposal.Edit(input.Title, input.Purpose, input.EffectiveDate!.Value);
            proposal.SetTargets(input.TargetCentreCount, Saving(input));
        }, cancellationToken);
    }

    public async Task<(ProposalDetails Details, Guid ChangeId)> AddChangeAsync(
        ClaimsPrincipal user, Guid id, ChangeInput input, CancellationToken cancellationToken = default)
    {
        await changeValidator.ValidateAndThrowAsync(input, cancellationToken);
        var changeId = Guid.Empty;
        var details = await ChangeAsync(user, id, input.Version, p => changeId = p.AddChange(ChangeMapping.ToDomain(input)).Id, cancellationToken);
        return (details, changeId);
    }

    public async Task<ProposalDetails> ReplaceChangeAsync(
        ClaimsPrincipal user, Guid id, Guid changeId, ChangeInput input, CancellationToken cancellationToken = default)
    {
        await changeValidator.ValidateAndThrowAsync(input, cancellationToken);
        return await ChangeAsync(user, id, input.Version, p => p.ReplaceChange(changeId, ChangeMapping.ToDomain(input)), cancellationToken);
    }

    public async Task<ProposalDetails> MoveChangeAsync(
        ClaimsPrincipal user, Guid id, Guid changeId, MoveChangeInput input, CancellationToken cancellationToken = default)
    {
        await moveValidator.ValidateAndThrowAsync(input, cancellationToken);
        return await ChangeAsync(user, id, input.Version, p => p.MoveChange(changeId, input.Position - 1), cancellationToken);
    }

    public async Task<ProposalDetails> RemoveChangeAsync(
        ClaimsPrincipal user, Guid id, Guid changeId, VersionInput input, CancellationToken cancellationToken = default)
    {
        await versionValidator.ValidateAndThrowAsync(input, cancellationToken);
        return await ChangeAsync(user, id, input.Version!.Value, p => p.RemoveChange(changeId), cancellationToken);
    }

    public async Task<ProposalDetails> SendToHearingAsync(ClaimsPrincipal user, Guid id, VersionInput input, CancellationToken cancellationToken = default)
    {
        await versionValidator.ValidateAndThrowAsync(input, cancellationToken);
        return await ChangeAsync(user, id, input.Version!.Value, p => p.SendToHearing(), cancellationToken);
    }

    public async Task<ProposalDetails> WithdrawAsync(ClaimsPrincipal user, Guid id, VersionInput input, CancellationToken cancellationToken = default)
    {
        await versionValidator.ValidateAndThrowAsync(input, cancellationToken);
        return await ChangeAsync(user, id, input.Version!.Value, p => p.Withdraw(), cancellationToken);
    }

    // The after-state becomes a new organisation version from the effective date, in the same save
    // as the status change. Refused when a version from that day or later exists: history is only
    // ever added at the end, and the proposal was computed on an organisation that such a version
    // would have replaced. Two adoptions at once serialise on the timeline lock: the second gets a 409.
    public async Task<ProposalDetails> AdoptAsync(ClaimsPrincipal user, Guid id, VersionInput input, CancellationToken cancellationToken = default)
    {
        EnsureEditor(user);
        await versionValidator.ValidateAndThrowAsync(input, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var proposal = await LoadAsync(db, user, id, input.Version!.Value, cancellationToken);
        await db.LockOrganisationTimelineAsync(cancellationToken);
        if (HistoryRefusal(await db.OrganisationVersions.TimelineAsync(cancellationToken), proposal.EffectiveDate) is { } refusal)
        {
            throw new DomainException(refusal);
        }

        // The rule the page's adopt button shows (ProposalView.CanAdopt); the proposal refuses its
        // status and problems itself, with their reasons.
        var inForce = await db.OrganisationVersions.AsNoTracking().InForceOnAsync(proposal.EffectiveDate, cancellationToken);
        var view = ReorganisationViewMapping.Details(proposal, inForce).View;
        if (!view.CanAdopt && view.BaselineDrift is { } drift)
        {
            // Adopting would write the old figures back over an administrator's corrections: refused until rebased.
            var differences = drift.Differences.Count == 1 ? "1 forskel" : $"{drift.Differences.Count} forskelle";
            throw new DomainException(
                $"Organisationen er ændret siden forslagets udgangspunkt: {differences} i organisationen med virkning fra "
                + $"{Formatting.Day(drift.EffectiveFrom, Danish)}, som en vedtagelse ville overskrive. Opdatér udgangspunktet først.");
        }

        var after = proposal.Adopt();
        db.OrganisationVersions.Add(OrganisationVersion.FromStructure(proposal.EffectiveDate, $"Omorganisering: {proposal.Title}", after));
        await db.SaveChangesAsync(cancellationToken);
        return await DetailsAsync(db, proposal, cancellationToken);
    }

    // Takes the organisation in force on the effective date as the proposal's new baseline (after an
    // administrator corrected or re-imported it), so that adoption keeps those corrections. The changes
    // stay; problems they now have show as always and block adoption. Nothing is saved when nothing differs.
    public async Task<ProposalDetails> RebaseAsync(ClaimsPrincipal user, Guid id, VersionInput input, CancellationToken cancellationToken = default)
    {
        EnsureEditor(user);
        await versionValidator.ValidateAndThrowAsync(input, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var proposal = await LoadAsync(db, user, id, input.Version!.Value, cancellationToken);
        var inForce = await db.OrganisationVersions.AsNoTracking().InForceOnAsync(proposal.EffectiveDate, cancellationToken)
            ?? throw new DomainException(
                $"Der er ingen organisation i kraft {Formatting.Day(proposal.EffectiveDate, Danish)}, som forslaget kan tage udgangspunkt i.");
        proposal.RebaseOn(inForce.ToStructure());
        await db.SaveChangesAsync(cancellationToken);
        return await DetailsAsync(db, proposal, cancellationToken);
    }

    public async Task<(ProposalDetails Details, Guid ProjectId)> AddProjectAsync(
        ClaimsPrincipal user, Guid id, ProjectInput input, CancellationToken cancellationToken = default)
    {
        await projectValidator.ValidateAndThrowAsync(input, cancellationToken);
        var projectId = Guid.Empty;
        var details = await ChangeAsync(user, id, input.Version, p =>
        {
            var project = p.AddProject(input.Name, input.Owner, input.DueDate);
            if (input.Status != ImplementationProjectStatus.NotStarted)
            {
                p.UpdateProject(project.Id, input.Name, input.Owner, input.DueDate, input.Status);
            }

            projectId = project.Id;
        }, cancellationToken);
        return (details, projectId);
    }

    public async Task<ProposalDetails> UpdateProjectAsync(
        ClaimsPrincipal user, Guid id, Guid projectId, ProjectInput input, CancellationToken cancellationToken = default)
    {
        await projectValidator.ValidateAndThrowAsync(input, cancellationToken);
        return await ChangeAsync(
            user, id, input.Version, p => p.UpdateProject(RequireProject(p, projectId), input.Name, input.Owner, input.DueDate, input.Status), cancellationToken);
    }

    public async Task<ProposalDetails> RemoveProjectAsync(
        ClaimsPrincipal user, Guid id, Guid projectId, VersionInput input, CancellationToken cancellationToken = default)
    {
        await versionValidator.ValidateAndThrowAsync(input, cancellationToken);
        return await ChangeAsync(user, id, input.Version!.Value, p => p.RemoveProject(RequireProject(p, projectId)), cancellationToken);
    }

    private async Task<ProposalDetails> ChangeAsync(
        ClaimsPrincipal user, Guid id, long version, Action<ReorganisationProposal> change, CancellationToken cancellationToken)
    {
        EnsureEditor(user);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var proposal = await LoadAsync(db, user, id, version, cancellationToken);
        change(proposal);
        await db.SaveChangesAsync(cancellationToken);
        return await DetailsAsync(db, proposal, cancellationToken);
    }

    // The page and the API show how the organisation in force on the effective date differs from the
    // baseline; only while the proposal can still be adopted.
    private static async Task<ProposalDetails> DetailsAsync(AdminDbContext db, ReorganisationProposal proposal, CancellationToken cancellationToken)
    {
        var open = proposal.Status is ReorganisationStatus.Draft or ReorganisationStatus.InHearing;
        var inForce = open ? await db.OrganisationVersions.AsNoTracking().InForceOnAsync(proposal.EffectiveDate, cancellationToken) : null;
        var historyRefusal = open ? HistoryRefusal(await db.OrganisationVersions.TimelineAsync(cancellationToken), proposal.EffectiveDate) : null;
        return ReorganisationViewMapping.Details(proposal, inForce, historyRefusal);
    }

    // Adoption only appends to the organisation's history (ADR 0003): no version may start on the
    // effective date or later. Null when adoption may write the new version; else the reason, in Danish.
    private static string? HistoryRefusal(OrganisationTimeline timeline, DateOnly effectiveDate)
    {
        if (timeline.TakenReason(effectiveDate) is { } taken)
        {
            return taken;
        }

        var later = timeline.EffectiveDates.Where(d => d > effectiveDate).Cast<DateOnly?>().LastOrDefault();
        return later is { } day
            ? $"Der findes allerede en organisation med virkning fra {Formatting.Day(day, Danish)}, efter forslagets virkningsdato. "
                + "Forslaget kan ikke vedtages med virkning fra en tidligere dato."
            : null;
    }

    private static async Task<ReorganisationProposal> LoadAsync(
        AdminDbContext db, ClaimsPrincipal user, Guid id, long version, CancellationToken cancellationToken)
    {
        var proposal = await Visible(db.ReorganisationProposals, user).SingleOrDefaultAsync(p => p.Id == id, cancellationToken)
            ?? throw new NotFoundException(NotFoundMessage);
        db.Entry(proposal).ExpectVersion(version);
        return proposal;
    }

    // A project id the proposal does not have is "not found" for the API, like an unknown proposal.
    private static Guid RequireProject(ReorganisationProposal proposal, Guid projectId) =>
        proposal.ImplementationProjects.Any(p => p.Id == projectId)
            ? projectId
            : throw new NotFoundException("Implementeringsprojektet findes ikke.");

    private static IQueryable<ReorganisationProposal> Visible(IQueryable<ReorganisationProposal> proposals, ClaimsPrincipal user) =>
        CanSeeDrafts(user) ? proposals : proposals.Where(p => p.Status != ReorganisationStatus.Draft);

    private static void EnsureEditor(ClaimsPrincipal user)
    {
        if (!CanEdit(user))
        {
            throw new ForbiddenException(ForbiddenMessage);
        }
    }

    private static Money? Saving(ProposalInput input) =>
        input.TargetYearlySaving is { } kroner ? Money.FromKroner(kroner) : null;
}
