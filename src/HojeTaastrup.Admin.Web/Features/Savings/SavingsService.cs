using System.Security.Claims;
using FluentValidation;
using FluentValidation.Results;
using HojeTaastrup.Admin.Data;
using HojeTaastrup.Admin.Data.Concurrency;
using HojeTaastrup.Admin.Data.Queries;
using HojeTaastrup.Admin.Domain.Common;
using HojeTaastrup.Admin.Domain.Organisation;
using HojeTaastrup.Admin.Domain.Reorganisation;
using HojeTaastrup.Admin.Domain.Savings;
using HojeTaastrup.Admin.Web.Features.Realisation;
using HojeTaastrup.Admin.Web.Features.Reorganisation;
using HojeTaastrup.Admin.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace HojeTaastrup.Admin.Web.Features.Savings;

// The savings use cases, for the pages and the API alike: load, call the programme or proposal, save (the
// context audits and checks the version). Finance and directors write programmes; directors write proposals
// and move their status; everyone signed in reads what has left Draft (drafts: directors, finance and
// administrators). A draft is "not found" to those who may not read it, never "forbidden".
public sealed class SavingsService(
    IDbContextFactory<AdminDbContext> dbFactory,
    CurrentUser currentUser,
    TimeProvider time,
    IValidator<ProgrammeInput> programmeValidator,
    IValidator<SavingsProposalInput> proposalValidator,
    IValidator<StatusInput> statusValidator,
    IValidator<PhaseInInput> phaseInValidator,
    IValidator<CatalogueQuery> catalogueValidator)
{
    public const string ProgrammeNotFoundMessage = "Besparelsesprogrammet findes ikke.";
    public const string ProposalNotFoundMessage = "Besparelsesforslaget findes ikke.";
    public const string MissingVersionMessage = "Angiv den version, du har læst.";
    public const string ProgrammeForbiddenMessage = "Kun direktionen og økonomi kan ændre besparelsesprogrammer.";
    public const string ProposalForbiddenMessage = "Kun direktionen kan ændre besparelsesforslag.";
    public const string SignInMessage = "Log ind for at se besparelserne.";

    public async Task<IReadOnlyList<ProgrammeSummary>> ListProgrammesAsync(CancellationToken cancellationToken = default)
    {
        await EnsureReaderAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var programmes = await db.SavingsProgrammes.AsNoTracking().ToListAsync(cancellationToken);
        var counts = await (await VisibleAsync(db.SavingsProposals.AsNoTracking()))
            .GroupBy(p => p.ProgrammeId)
            .Select(g => new { ProgrammeId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.ProgrammeId, g => g.Count, cancellationToken);
        return programmes
            .OrderByDescending(p => p.LastYear)
            .ThenBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => SavingsViewMapping.Summary(p, counts.GetValueOrDefault(p.Id)))
            .ToList();
    }

    public async Task<ProgrammeView> GetProgrammeAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await EnsureReaderAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var programme = await FindProgrammeAsync(db.SavingsProgrammes.AsNoTracking(), id, cancellationToken);
        return await ProgrammeViewAsync(db, programme, cancellationToken);
    }

    public async Task<ProgrammeView> CreateProgrammeAsync(ProgrammeInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await EnsureProgrammeEditorAsync();
        await programmeValidator.ValidateAndThrowAsync(input, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var programme = new SavingsProgramme(
            input.Name, input.Description, SavingsYears.First(input)!.Value, SavingsYears.Last(input)!.Value, Targets(input), input.Tracks);
        db.SavingsProgrammes.Add(programme);
        await db.SaveChangesAsync(cancellationToken);
        return await ProgrammeViewAsync(db, programme, cancellationToken);
    }

    // The programme refuses (422) years or tracks that its proposals still use.
    public async Task<ProgrammeView> EditProgrammeAsync(Guid id, ProgrammeInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await EnsureProgrammeEditorAsync();
        await programmeValidator.ValidateAndThrowAsync(input, cancellationToken);
        var version = RequiredVersion(input.Version);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var programme = await FindProgrammeAsync(db.SavingsProgrammes, id, cancellationToken);
        ExpectVersion(db, programme, version);
        var proposals = await db.SavingsProposals.AsNoTracking().Where(p => p.ProgrammeId == id).ToListAsync(cancellationToken);
        programme.Edit(
            input.Name, input.Description, SavingsYears.First(input)!.Value, SavingsYears.Last(input)!.Value, Targets(input), input.Tracks, proposals);
        await db.SaveChangesAsync(cancellationToken);
        return await ProgrammeViewAsync(db, programme, cancellationToken);
    }

    public async Task<ProposalView> GetProposalAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await EnsureReaderAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var proposal = await (await VisibleAsync(db.SavingsProposals.AsNoTracking())).SingleOrDefaultAsync(p => p.Id == id, cancellationToken)
            ?? throw new NotFoundException(ProposalNotFoundMessage);
        return await ProposalViewAsync(db, proposal, cancellationToken);
    }

    public async Task<ProposalView> CreateProposalAsync(Guid programmeId, SavingsProposalInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await EnsureProposalEditorAsync();
        await proposalValidator.ValidateAndThrowAsync(input, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var programme = await FindProgrammeAsync(db.SavingsProgrammes.AsNoTracking(), programmeId, cancellationToken);
        var content = await ContentAsync(db, programme, input, existing: null, cancellationToken);
        var proposal = new SavingsProposal(programme, content);
        db.SavingsProposals.Add(proposal);
        await db.SaveChangesAsync(cancellationToken);
        return await ProposalViewAsync(db, proposal, cancellationToken);
    }

    // Once the proposal has left Draft the earlier version is kept with the reason; without one the domain refuses (422).
    public async Task<ProposalView> EditProposalAsync(Guid id, SavingsProposalInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await EnsureProposalEditorAsync();
        await proposalValidator.ValidateAndThrowAsync(input, cancellationToken);
        var version = RequiredVersion(input.Version);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var proposal = await LoadProposalAsync(db, id, version, cancellationToken);
        var programme = await db.SavingsProgrammes.AsNoTracking().SingleAsync(p => p.Id == proposal.ProgrammeId, cancellationToken);
        var content = await ContentAsync(db, programme, input, proposal, cancellationToken);
        proposal.Edit(programme, content, input.Reason, time.GetUtcNow(), await ActorNameAsync());
        await db.SaveChangesAsync(cancellationToken);
        return await ProposalViewAsync(db, proposal, cancellationToken);
    }

    public async Task<ProposalView> ChangeStatusAsync(Guid id, StatusInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await EnsureProposalEditorAsync();
        await statusValidator.ValidateAndThrowAsync(input, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var proposal = await LoadProposalAsync(db, id, input.Version!.Value, cancellationToken);
        var (at, by) = (time.GetUtcNow(), await ActorNameAsync());
        proposal.ChangeStatus(input.Status!.Value, input.Reason, at, by);
        // Adoption locks the amounts as the realisation baseline, in the same save (issue 13).
        await RealisationBaselines.LockOnAdoptionAsync(db, proposal, at, by, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await ProposalViewAsync(db, proposal, cancellationToken);
    }

    // The amounts a phase-in gives, from the start year to the programme's last year (validated, Danish messages).
    public async Task<IReadOnlyList<AmountInput>> PhaseInAsync(Guid programmeId, PhaseInInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await EnsureReaderAsync();
        await phaseInValidator.ValidateAndThrowAsync(input, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var programme = await FindProgrammeAsync(db.SavingsProgrammes.AsNoTracking(), programmeId, cancellationToken);
        var start = input.StartYear!.Value;
        if (start < programme.FirstYear || start > programme.LastYear)
        {
            throw Invalid(nameof(PhaseInInput.StartYear), SavingsRefusals.YearOutside(start, programme.FirstYear, programme.LastYear).Message);
        }

        return PhaseIn.Amounts(Money.FromKroner(input.FullYearEffect!.Value), start, programme.LastYear, input.Uncertain, input.FullFirstYear ? 1m : 0.5m)
            .Select(a => new AmountInput { Year = a.Year, Amount = a.Amount?.Kroner, Uncertain = a.Uncertain, Alternative = a.Alternative?.Kroner })
            .ToList();
    }

    // Filters that have a column run in SQL; the rest, on the JSON-held amounts and milestones, in memory over the
    // few columns a row needs (SavingsCatalogue). The programme's targets count only when one programme is chosen.
    public async Task<CataloguePage> CatalogueAsync(CatalogueQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await EnsureReaderAsync();
        await catalogueValidator.ValidateAndThrowAsync(query, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var programmes = await db.SavingsProgrammes.AsNoTracking().ToListAsync(cancellationToken);
        var names = programmes.ToDictionary(p => p.Id, p => p.Name);
        var programme = query.Programme is { } chosen ? programmes.FirstOrDefault(p => p.Id == chosen) : null;
        if (query.Programme is not null && programme is null)
        {
            throw new NotFoundException(ProgrammeNotFoundMessage);
        }

        var proposals = (await VisibleAsync(db.SavingsProposals.AsNoTracking())).WhereColumns(query);

        var today = MunicipalClock.Today(time);
        var rows = SavingsCatalogue.Filter(await RowSourcesAsync(proposals, cancellationToken), query, today).ToList();
        var years = programme?.Years.ToList() ?? rows.SelectMany(r => r.Amounts.Select(a => a.Year)).Distinct().Order().ToList();
        var totals = SavingsTotals.Compute(years, programme?.Targets ?? [], rows.Select(r => new ProposalAmounts(r.Status, r.Amounts)));
        var page = SavingsCatalogue.Sort(rows, query.SortBy, query.Descending, names)
            .Skip(query.Page * query.PageSize)
            .Take(query.PageSize)
            .Select(r => SavingsViewMapping.Row(r, names.GetValueOrDefault(r.ProgrammeId, string.Empty), today))
            .ToList();
        return new CataloguePage(page, rows.Count, years, totals.Years.Select(SavingsViewMapping.Total).ToList(), SavingsViewMapping.Total(totals.All), totals.LeftOut);
    }

    // The centres of the organisation in force today, for the owner drop-down.
    public async Task<IReadOnlyList<OwnerCentreOption>> OwnerCentresAsync(CancellationToken cancellationToken = default)
    {
        await EnsureReaderAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var centres = await db.OrganisationVersions.AsNoTracking().CentresInForceOnAsync(MunicipalClock.Today(time), cancellationToken);
        return centres
            .OrderBy(c => c.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("da-DK"), ignoreCase: true))
            .Select(c => new OwnerCentreOption(c.Code, c.Name))
            .ToList();
    }

    // Reorganisation proposals a savings proposal can be linked to (not withdrawn; drafts for those who read them).
    public async Task<IReadOnlyList<ReorganisationLink>> ReorganisationsAsync(CancellationToken cancellationToken = default)
    {
        await EnsureReaderAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var drafts = await currentUser.MayAsync(ReorganisationAccess.Proposals, ReorganisationAccess.ReadDrafts);
        var links = await db.ReorganisationProposals.AsNoTracking().IgnoreAutoIncludes()
            .Where(p => p.Status != ReorganisationStatus.Withdrawn && (drafts || p.Status != ReorganisationStatus.Draft))
            .Select(p => new ReorganisationLink(p.Id, p.Title))
            .ToListAsync(cancellationToken);
        return links.OrderBy(l => l.Title, StringComparer.Ordinal).ToList();
    }

    // The savings proposals that carry a reorganisation's savings (for the reorganisation page).
    public async Task<IReadOnlyList<LinkedSavingsView>> LinkedToReorganisationAsync(Guid reorganisationId, CancellationToken cancellationToken = default)
    {
        await EnsureReaderAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var names = await db.SavingsProgrammes.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        var rows = await RowSourcesAsync(
            (await VisibleAsync(db.SavingsProposals.AsNoTracking())).Where(p => p.ReorganisationProposalId == reorganisationId), cancellationToken);
        return rows
            .OrderBy(r => names.GetValueOrDefault(r.ProgrammeId), StringComparer.Ordinal)
            .ThenBy(r => r.Number, ProposalNumberOrder.Instance)
            .Select(r => new LinkedSavingsView(
                r.Id, r.ProgrammeId, names.GetValueOrDefault(r.ProgrammeId, string.Empty), r.Number, r.Title, r.Status, SavingsViewMapping.Amounts(r.Amounts)))
            .ToList();
    }

    // May the current user create programmes / proposals (the list pages' buttons)?
    public Task<bool> CanEditProgrammesAsync() => currentUser.MayAsync(SavingsAccess.Savings, SavingsAccess.EditProgrammes);

    public Task<bool> CanEditProposalsAsync() => currentUser.MayAsync(SavingsAccess.Savings, SavingsAccess.EditProposals);

    private async Task<ProgrammeView> ProgrammeViewAsync(AdminDbContext db, SavingsProgramme programme, CancellationToken cancellationToken)
    {
        var rows = await RowSourcesAsync(
            (await VisibleAsync(db.SavingsProposals.AsNoTracking())).Where(p => p.ProgrammeId == programme.Id), cancellationToken);
        var totals = SavingsTotals.Compute(programme.Years, programme.Targets, rows.Select(r => new ProposalAmounts(r.Status, r.Amounts)));
        var today = MunicipalClock.Today(time);
        return new ProgrammeView(
            programme.Id,
            programme.Name,
            programme.Description,
            programme.FirstYear,
            programme.LastYear,
            SavingsViewMapping.Targets(programme),
            programme.Tracks,
            programme.Version,
            totals.Years.Select(SavingsViewMapping.Total).ToList(),
            SavingsViewMapping.Total(totals.All),
            totals.LeftOut,
            rows.OrderBy(r => r.Number, ProposalNumberOrder.Instance).Select(r => SavingsViewMapping.Row(r, programme.Name, today)).ToList(),
            await CanEditProgrammesAsync(),
            await CanEditProposalsAsync());
    }

    private async Task<ProposalView> ProposalViewAsync(AdminDbContext db, SavingsProposal proposal, CancellationToken cancellationToken)
    {
        var programme = await db.SavingsProgrammes.AsNoTracking().SingleAsync(p => p.Id == proposal.ProgrammeId, cancellationToken);
        ReorganisationLink? link = null;
        if (proposal.ReorganisationProposalId is { } reorganisationId)
        {
            var drafts = await currentUser.MayAsync(ReorganisationAccess.Proposals, ReorganisationAccess.ReadDrafts);
            link = await db.ReorganisationProposals.AsNoTracking().IgnoreAutoIncludes()
                .Where(p => p.Id == reorganisationId && (drafts || p.Status != ReorganisationStatus.Draft))
                .Select(p => new ReorganisationLink(p.Id, p.Title))
                .SingleOrDefaultAsync(cancellationToken);
        }

        return SavingsViewMapping.Proposal(proposal, programme, link, MunicipalClock.Today(time), await CanEditProposalsAsync());
    }

    private static Task<List<ProposalRowSource>> RowSourcesAsync(IQueryable<SavingsProposal> proposals, CancellationToken cancellationToken) =>
        proposals
            .Select(p => new ProposalRowSource(
                p.Id, p.ProgrammeId, p.Number, p.Title, p.OwnerCentreCode, p.OwnerCentreName, p.Responsible, p.Category, p.Track, p.Status,
                p.Amounts, p.Milestones, p.Version))
            .ToListAsync(cancellationToken);

    // What the input says, checked against what only the database knows; every failure is reported at its field
    // at once. An owner centre or a reorganisation link that the proposal already has is kept even when it has
    // since left today's organisation (or been withdrawn): an edit of the amounts must not fail on history.
    private async Task<ProposalContent> ContentAsync(
        AdminDbContext db, SavingsProgramme programme, SavingsProposalInput input, SavingsProposal? existing, CancellationToken cancellationToken)
    {
        var failures = new List<ValidationFailure>();
        var number = ProposalContent.Key(input.Number);
        var self = existing?.Id ?? Guid.Empty;
        if (await db.SavingsProposals.AnyAsync(p => p.ProgrammeId == programme.Id && p.NumberKey == number && p.Id != self, cancellationToken))
        {
            failures.Add(new(nameof(SavingsProposalInput.Number), $"Nummeret {input.Number.Trim()} er allerede brugt af et andet forslag i programmet."));
        }

        var code = OrganisationRules.NormaliseCode(input.OwnerCentre);
        var centreName = existing?.OwnerCentreCode == code ? existing.OwnerCentreName : null;
        if (centreName is null)
        {
            var centres = await db.OrganisationVersions.AsNoTracking().CentresInForceOnAsync(MunicipalClock.Today(time), cancellationToken);
            centreName = centres.FirstOrDefault(c => c.Code == code)?.Name;
            if (centreName is null)
            {
                failures.Add(new(nameof(SavingsProposalInput.OwnerCentre), $"Centret {code} findes ikke i den organisation, der gælder i dag."));
            }
        }

        for (var i = 0; i < input.Amounts.Count; i++)
        {
            var year = input.Amounts[i].Year!.Value;
            if (year < programme.FirstYear || year > programme.LastYear)
            {
                failures.Add(new(
                    $"{nameof(SavingsProposalInput.Amounts)}[{i}].{nameof(AmountInput.Year)}",
                    SavingsRefusals.YearOutside(year, programme.FirstYear, programme.LastYear).Message));
            }
        }

        string? track = null;
        if (!string.IsNullOrWhiteSpace(input.Track))
        {
            track = programme.FindTrack(input.Track);
            if (track is null)
            {
                failures.Add(new(nameof(SavingsProposalInput.Track), SavingsRefusals.UnknownTrack(input.Track.Trim()).Message));
            }
        }

        if (input.Reorganisation is { } reorganisationId && reorganisationId != existing?.ReorganisationProposalId
            && !await db.ReorganisationProposals.IgnoreAutoIncludes().AnyAsync(p => p.Id == reorganisationId && p.Status != ReorganisationStatus.Withdrawn, cancellationToken))
        {
            failures.Add(new(nameof(SavingsProposalInput.Reorganisation), "Reorganiseringsforslaget findes ikke eller er trukket tilbage."));
        }

        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }

        return new ProposalContent(
            input.Number,
            input.Title,
            input.Description ?? string.Empty,
            code,
            centreName!,
            input.Responsible,
            input.Category!.Value,
            track,
            input.Amounts.Select(a => new YearAmount(
                a.Year!.Value,
                a.Amount is { } kroner ? Money.FromKroner(kroner) : null,
                a.Uncertain,
                a.Alternative is { } alternative ? Money.FromKroner(alternative) : null)).ToList(),
            input.Milestones.Select(m => new Milestone(m.Date!.Value, m.Text, m.Done)).ToList(),
            input.Reorganisation);
    }

    private static async Task<SavingsProgramme> FindProgrammeAsync(IQueryable<SavingsProgramme> programmes, Guid id, CancellationToken cancellationToken) =>
        await programmes.SingleOrDefaultAsync(p => p.Id == id, cancellationToken) ?? throw new NotFoundException(ProgrammeNotFoundMessage);

    private static List<YearTarget> Targets(ProgrammeInput input) =>
        input.Targets.Select(t => new YearTarget(t.Year!.Value, Money.FromKroner(t.Amount!.Value))).ToList();

    private async Task<SavingsProposal> LoadProposalAsync(AdminDbContext db, Guid id, long version, CancellationToken cancellationToken)
    {
        var proposal = await (await VisibleAsync(db.SavingsProposals)).SingleOrDefaultAsync(p => p.Id == id, cancellationToken)
            ?? throw new NotFoundException(ProposalNotFoundMessage);
        ExpectVersion(db, proposal, version);
        return proposal;
    }

    // A version that is already stale is a 409 before any rule is asked (else a proposal someone else just sent to
    // hearing would answer "give a reason" instead of "reload"); one that goes stale while saving, at the save.
    private static void ExpectVersion<TEntity>(AdminDbContext db, TEntity entity, long version)
        where TEntity : class, IVersioned
    {
        if (entity.Version != version)
        {
            throw new DbUpdateConcurrencyException(UseCaseFailure.ConflictMessage);
        }

        db.Entry(entity).ExpectVersion(version);
    }

    private async Task<IQueryable<SavingsProposal>> VisibleAsync(IQueryable<SavingsProposal> proposals) =>
        await currentUser.MayAsync(SavingsAccess.Savings, SavingsAccess.ReadDrafts)
            ? proposals
            : proposals.Where(p => p.Status != SavingsStatus.Draft);

    // Who moved a status or replaced a version, as the proposal's history shows it.
    private async Task<string> ActorNameAsync()
    {
        var user = await currentUser.PrincipalAsync();
        var name = user.FindFirstValue(AdminClaimsPrincipalFactory.DisplayNameClaim);
        return string.IsNullOrWhiteSpace(name) ? user.Identity?.Name ?? "ukendt" : name;
    }

    private Task EnsureReaderAsync() => currentUser.RequireAsync(SavingsAccess.Savings, SavingsAccess.Read, SignInMessage);

    private Task EnsureProgrammeEditorAsync() => currentUser.RequireAsync(SavingsAccess.Savings, SavingsAccess.EditProgrammes, ProgrammeForbiddenMessage);

    private Task EnsureProposalEditorAsync() => currentUser.RequireAsync(SavingsAccess.Savings, SavingsAccess.EditProposals, ProposalForbiddenMessage);

    // A write that edits a programme carries the version it read; without one it is bad input (400 at "version").
    private static long RequiredVersion(long? version) =>
        version ?? throw Invalid(nameof(ProgrammeInput.Version), MissingVersionMessage);

    private static ValidationException Invalid(string field, string message) => new([new ValidationFailure(field, message)]);
}
