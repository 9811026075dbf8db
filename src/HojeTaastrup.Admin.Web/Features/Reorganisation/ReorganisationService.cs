using FluentValidation;
using FluentValidation.Results;
using HojeTaastrup.Admin.Data;
using HojeTaastrup.Admin.Data.Concurrency;
using HojeTaastrup.Admin.Data.Queries;
using HojeTaastrup.Admin.Domain.Common;
using HojeTaastrup.Admin.Domain.Organisation;
using HojeTaastrup.Admin.Domain.Reorganisation;
using HojeTaastrup.Admin.Web.Features.Organisation;
using HojeTaastrup.Admin.Web.Infrastructure;
using HojeTaastrup.Admin.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace HojeTaastrup.Admin.Web.Features.Reorganisation;

// The reorganisation use cases, for the pages and the API alike: load, call the proposal, save (the
// context audits and checks the version). Directors write; drafts are seen by directors and
// administrators only, everything else by all signed-in users.
public sealed class ReorganisationService(
    IDbContextFactory<AdminDbContext> dbFactory,
    OrganisationSnapshots snapshots,
    KeptProposalDetails kept,
    CurrentUser currentUser,
    TimeProvider time,
    IValidator<ProposalInput> proposalValidator,
    IValidator<ChangeInput> changeValidator,
    IValidator<MoveChangeInput> moveValidator,
    IValidator<ProjectInput> projectValidator,
    IValidator<VersionInput> versionValidator)
{
    public const string NotFoundMessage = "Reorganiseringsforslaget findes ikke.";
    public const string MissingVersionMessage = "Angiv den version af forslaget, du har læst.";
    public const string ForbiddenMessage = "Kun direktionen kan ændre reorganiseringsforslag.";

    // Refusals are Danish whatever the UI language, like the domain's own messages.
    private static readonly System.Globalization.CultureInfo Danish = System.Globalization.CultureInfo.GetCultureInfo("da-DK");

    public async Task<IReadOnlyList<ProposalSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var proposals = await (await VisibleAsync(db.ReorganisationProposals.AsNoTracking())).ToListAsync(cancellationToken);
        return proposals
            .OrderByDescending(p => p.EffectiveDate)
            .ThenBy(p => p.Title, StringComparer.Ordinal)
            .Select(ReorganisationViewMapping.Summary)
            .ToList();
    }

    public async Task<ProposalDetails> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var proposal = await (await VisibleAsync(db.ReorganisationProposals.AsNoTracking())).SingleOrDefaultAsync(p => p.Id == id, cancellationToken)
            ?? throw new NotFoundException(NotFoundMessage);
        return await DetailsAsync(db, proposal, cancellationToken);
    }

    // What a proposal's view depends on, read without the proposal's parts (two commands): its Version and,
    // while it can still be adopted, the header of every organisation version (the one in force on its effective
    // date, and the timeline that adoption checks). Equal stamps, equal views (KeptJson).
    public async Task<object> ViewStampAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var proposal = await (await VisibleAsync(db.ReorganisationProposals.AsNoTracking()))
            .Where(p => p.Id == id)
            .Select(p => new { p.Version, p.Status })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(NotFoundMessage);
        if (proposal.Status is not (ReorganisationStatus.Draft or ReorganisationStatus.InHearing))
        {
            return new ProposalViewStamp(proposal.Version, "");
        }

        var history = await OrganisationSnapshots.HistoryAsync(db, cancellationToken);
        return new ProposalViewStamp(proposal.Version, OrganisationStamp(history));
    }

    private static string OrganisationStamp(OrganisationHistory history) =>
        string.Join(';', history.Versions.Select(v => FormattableString.Invariant($"{v.Id:N}:{v.Version}:{v.EffectiveFrom:yyyy-MM-dd}")));

    // The baseline is the organisation in force on the day the proposal is created ("today's
    // organisation", ../shared/API.md): what the directors look at when they draft. Adoption refuses
    // when a later version exists, so a stale baseline cannot overwrite newer history.
    public async Task<ProposalDetails> CreateAsync(ProposalInput input, CancellationToken cancellationToken = default)
    {
        await EnsureEditorAsync();
        await proposalValidator.ValidateAndThrowAsync(input, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var today = MunicipalClock.Today(time);
        var inForce = await db.OrganisationVersions.AsNoTracking().InForceOnAsync(today, cancellationToken)
            ?? throw new DomainException("Der er ingen organisation i kraft i dag, som forslaget kan tage udgangspunkt i.");
        var proposal = new ReorganisationProposal(input.Title, input.Purpose, input.EffectiveDate!.Value, inForce.ToStructure());
        proposal.SetTargets(input.TargetCentreCount, Saving(input));
        db.ReorganisationProposals.Add(proposal);
        await db.SaveChangesAsync(cancellationToken);
        return await DetailsAsync(db, proposal, cancellationToken);
    }

    public async Task<ProposalDetails> EditAsync(Guid id, ProposalInput input, CancellationToken cancellationToken = default)
    {
        await proposalValidator.ValidateAndThrowAsync(input, cancellationToken);
        return await ChangeAsync(id, RequiredVersion(input.Version), proposal =>
        {
            proposal.Edit(input.Title, input.Purpose, input.EffectiveDate!.Value);
            proposal.SetTargets(input.TargetCentreCount, Saving(input));
        }, cancellationToken);
    }

    public async Task<(ProposalDetails Details, Guid ChangeId)> AddChangeAsync(
        Guid id, ChangeInput input, CancellationToken cancellationToken = default)
    {
        await changeValidator.ValidateAndThrowAsync(input, cancellationToken);
        var changeId = Guid.Empty;
        var details = await ChangeAsync(id, RequiredVersion(input.Version), p => changeId = p.AddChange(ChangeMapping.ToDomain(input, p.Baseline)).Id, cancellationToken);
        return (details, changeId);
    }

    public async Task<ProposalDetails> ReplaceChangeAsync(
        Guid id, Guid changeId, ChangeInput input, CancellationToken cancellationToken = default)
    {
        await changeValidator.ValidateAndThrowAsync(input, cancellationToken);
        return await ChangeAsync(id, RequiredVersion(input.Version), p => p.ReplaceChange(changeId, ChangeMapping.ToDomain(input, p.Baseline)), cancellationToken);
    }

    public async Task<ProposalDetails> MoveChangeAsync(
        Guid id, Guid changeId, MoveChangeInput input, CancellationToken cancellationToken = default)
    {
        await moveValidator.ValidateAndThrowAsync(input, cancellationToken);
        return await ChangeAsync(id, RequiredVersion(input.Version), p => p.MoveChange(changeId, input.Position - 1), cancellationToken);
    }

    public async Task<ProposalDetails> RemoveChangeAsync(
        Guid id, Guid changeId, VersionInput input, CancellationToken cancellationToken = default)
    {
        await versionValidator.ValidateAndThrowAsync(input, cancellationToken);
        return await ChangeAsync(id, input.Version!.Value, p => p.RemoveChange(changeId), cancellationToken);
    }

    public async Task<ProposalDetails> SendToHearingAsync(Guid id, VersionInput input, CancellationToken cancellationToken = default)
    {
        await versionValidator.ValidateAndThrowAsync(input, cancellationToken);
        return await ChangeAsync(id, input.Version!.Value, p => p.SendToHearing(), cancellationToken);
    }

    public async Task<ProposalDetails> WithdrawAsync(Guid id, VersionInput input, CancellationToken cancellationToken = default)
    {
        await versionValidator.ValidateAndThrowAsync(input, cancellationToken);
        return await ChangeAsync(id, input.Version!.Value, p => p.Withdraw(), cancellationToken);
    }

    // The after-state becomes a new organisation version from the effective date, in the same save
    // as the status change. Refused when a version from that day or later exists: history is only
    // ever added at the end, and the proposal was computed on an organisation that such a version
    // would have replaced. Two adoptions at once serialise on the timeline lock: the second gets a 409.
    public async Task<ProposalDetails> AdoptAsync(Guid id, VersionInput input, CancellationToken cancellationToken = default)
    {
        await EnsureEditorAsync();
        await versionValidator.ValidateAndThrowAsync(input, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var proposal = await LoadAsync(db, id, input.Version!.Value, cancellationToken);
        await db.LockOrganisationTimelineAsync(cancellationToken);
        var inForce = await db.OrganisationVersions.AsNoTracking().InForceOnAsync(proposal.EffectiveDate, cancellationToken);
        var after = proposal.Adopt(await db.OrganisationVersions.TimelineAsync(cancellationToken), InForce(inForce));
        db.OrganisationVersions.Add(OrganisationVersion.FromStructure(proposal.EffectiveDate, $"Omorganisering: {proposal.Title}", after));
        await db.SaveChangesAsync(cancellationToken);
        return await DetailsAsync(db, proposal, cancellationToken);
    }

    // Takes the organisation in force on the effective date as the proposal's new baseline (after an
    // administrator corrected or re-imported it), so that adoption keeps those corrections. The changes
    // stay; problems they now have show as always and block adoption. Nothing is saved when nothing differs.
    public async Task<ProposalDetails> RebaseAsync(Guid id, VersionInput input, CancellationToken cancellationToken = default)
    {
        await EnsureEditorAsync();
        await versionValidator.ValidateAndThrowAsync(input, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var proposal = await LoadAsync(db, id, input.Version!.Value, cancellationToken);
        var inForce = await db.OrganisationVersions.AsNoTracking().InForceOnAsync(proposal.EffectiveDate, cancellationToken)
            ?? throw new DomainException(
                $"Der er ingen organisation i kraft {Formatting.Day(proposal.EffectiveDate, Danish)}, som forslaget kan tage udgangspunkt i.");
        proposal.RebaseOn(inForce.ToStructure());
        await db.SaveChangesAsync(cancellationToken);
        return await DetailsAsync(db, proposal, cancellationToken);
    }

    public async Task<(ProposalDetails Details, Guid ProjectId)> AddProjectAsync(
        Guid id, ProjectInput input, CancellationToken cancellationToken = default)
    {
        await projectValidator.ValidateAndThrowAsync(input, cancellationToken);
        var projectId = Guid.Empty;
        var details = await ChangeAsync(id, RequiredVersion(input.Version), p =>
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
        Guid id, Guid projectId, ProjectInput input, CancellationToken cancellationToken = default)
    {
        await projectValidator.ValidateAndThrowAsync(input, cancellationToken);
        return await ChangeAsync(
            id, RequiredVersion(input.Version), p => p.UpdateProject(RequireProject(p, projectId), input.Name, input.Owner, input.DueDate, input.Status), cancellationToken);
    }

    public async Task<ProposalDetails> RemoveProjectAsync(
        Guid id, Guid projectId, VersionInput input, CancellationToken cancellationToken = default)
    {
        await versionValidator.ValidateAndThrowAsync(input, cancellationToken);
        return await ChangeAsync(id, input.Version!.Value, p => p.RemoveProject(RequireProject(p, projectId)), cancellationToken);
    }

    private async Task<ProposalDetails> ChangeAsync(
        Guid id, long version, Action<ReorganisationProposal> change, CancellationToken cancellationToken)
    {
        await EnsureEditorAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var proposal = await LoadAsync(db, id, version, cancellationToken);
        change(proposal);
        await db.SaveChangesAsync(cancellationToken);
        return await DetailsAsync(db, proposal, cancellationToken);
    }

    // The page and the API show how the organisation in force on the effective date differs from the
    // baseline, and what the proposal refuses now; the organisation is read only while it can still be adopted.
    private async Task<ProposalDetails> DetailsAsync(AdminDbContext db, ReorganisationProposal proposal, CancellationToken cancellationToken)
    {
        // Shared by every circuit and request with the same stamp (KeptProposalDetails): the stamp is that of
        // ViewStampAsync, taken from what was read here.
        if (proposal.Status is not (ReorganisationStatus.Draft or ReorganisationStatus.InHearing))
        {
            return kept.Of(proposal.Id, new ProposalViewStamp(proposal.Version, ""), () => ReorganisationViewMapping.Details(proposal, null, new OrganisationTimeline([])));
        }

        var history = await OrganisationSnapshots.HistoryAsync(db, cancellationToken);
        var inForce = await snapshots.InForceOnAsync(db, history, proposal.EffectiveDate, cancellationToken);
        return kept.Of(proposal.Id, new ProposalViewStamp(proposal.Version, OrganisationStamp(history)), () => ReorganisationViewMapping.Details(proposal, inForce, history.Timeline));
    }

    private static InForceOrganisation? InForce(OrganisationVersion? version) =>
        version is null ? null : new InForceOrganisation(version.EffectiveFrom, version.ToStructure());

    private async Task<ReorganisationProposal> LoadAsync(
        AdminDbContext db, Guid id, long version, CancellationToken cancellationToken)
    {
        var proposal = await (await VisibleAsync(db.ReorganisationProposals)).SingleOrDefaultAsync(p => p.Id == id, cancellationToken)
            ?? throw new NotFoundException(NotFoundMessage);
        db.Entry(proposal).ExpectVersion(version);
        return proposal;
    }

    // A project id the proposal does not have is "not found" for the API, like an unknown proposal.
    private static Guid RequireProject(ReorganisationProposal proposal, Guid projectId) =>
        proposal.ImplementationProjects.Any(p => p.Id == projectId)
            ? projectId
            : throw new NotFoundException("Implementeringsprojektet findes ikke.");

    // Drafts are left out in the query for those who may not read them (ReorganisationAccess), so a draft is
    // "not found" to them, never "forbidden".
    private async Task<IQueryable<ReorganisationProposal>> VisibleAsync(IQueryable<ReorganisationProposal> proposals) =>
        await currentUser.MayAsync(ReorganisationAccess.Proposals, ReorganisationAccess.ReadDrafts)
            ? proposals
            : proposals.Where(p => p.Status != ReorganisationStatus.Draft);

    private Task EnsureEditorAsync() => currentUser.RequireAsync(ReorganisationAccess.Proposals, ReorganisationAccess.Edit, ForbiddenMessage);

    // A write that edits a proposal carries the version it read; without one it is bad input (400 at "version"),
    // not a conflict with someone else's change.
    private static long RequiredVersion(long? version) =>
        version ?? throw new ValidationException([new ValidationFailure(nameof(VersionInput.Version), MissingVersionMessage)]);

    private static Money? Saving(ProposalInput input) =>
        input.TargetYearlySaving is { } kroner ? Money.FromKroner(kroner) : null;
}

// A proposal's Version and the organisation versions' headers it was compared with (ViewStampAsync).
public sealed record ProposalViewStamp(long Version, string Organisation);
