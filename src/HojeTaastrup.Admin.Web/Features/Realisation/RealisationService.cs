using System.Security.Claims;
using FluentValidation;
using FluentValidation.Results;
using HojeTaastrup.Admin.Data;
using HojeTaastrup.Admin.Data.Concurrency;
using HojeTaastrup.Admin.Data.Conventions;
using HojeTaastrup.Admin.Domain.Common;
using HojeTaastrup.Admin.Domain.Realisation;
using HojeTaastrup.Admin.Domain.Savings;
using HojeTaastrup.Admin.Web.Features.Savings;
using HojeTaastrup.Admin.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace HojeTaastrup.Admin.Web.Features.Realisation;

// The realisation use cases, for the pages and the API alike: what each adopted proposal has realised per year
// against its locked plan, the programme's figures (RealisationFigures), cover measures, budget follow-ups and
// investment funds. Finance records; the directors decide cover measures; everyone signed in reads.
public sealed class RealisationService(
    IDbContextFactory<AdminDbContext> dbFactory,
    CurrentUser currentUser,
    TimeProvider time,
    IValidator<RealisationEntryInput> entryValidator,
    IValidator<RebaselineInput> rebaselineValidator,
    IValidator<ForecastInput> forecastValidator,
    IValidator<CoverMeasureInput> coverValidator,
    IValidator<CoverRealisedInput> coverRealisedValidator,
    IValidator<FollowUpInput> followUpValidator,
    IValidator<InvestmentInput> investmentValidator,
    IValidator<DisbursementInput> disbursementValidator,
    IValidator<EntryQuery> entryQueryValidator)
{
    public const string RecordForbiddenMessage = "Kun økonomi kan registrere gevinstrealisering.";
    public const string CoverForbiddenMessage = "Kun direktionen kan beslutte dækningstiltag.";
    public const string SignInMessage = "Log ind for at se gevinstrealiseringen.";
    public const string CoverNotFoundMessage = "Dækningstiltaget findes ikke.";
    public const string FollowUpNotFoundMessage = "Budgetopfølgningen findes ikke.";
    public const string InvestmentNotFoundMessage = "Investeringspuljen findes ikke.";

    public async Task<IReadOnlyList<ProgrammeSummary>> ListProgrammesAsync(CancellationToken cancellationToken = default)
    {
        await EnsureReaderAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var programmes = await db.SavingsProgrammes.AsNoTracking().ToListAsync(cancellationToken);
        return programmes
            .OrderByDescending(p => p.LastYear)
            .ThenBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => SavingsViewMapping.Summary(p, 0))
            .ToList();
    }

    public async Task<ProgrammeRealisationView> GetProgrammeAsync(Guid programmeId, CancellationToken cancellationToken = default)
    {
        await EnsureReaderAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var programme = await FindProgrammeAsync(db, programmeId, cancellationToken);
        var (summary, proposals) = await FiguresAsync(db, programme, cancellationToken);
        var covers = await db.CoverMeasures.AsNoTracking().Where(c => c.ProgrammeId == programmeId).ToListAsync(cancellationToken);
        var coverViews = CoverViews(summary, covers);
        var numbers = proposals.ToDictionary(p => p.Id, p => p.Number);
        var investments = await db.InvestmentFunds.AsNoTracking().Where(f => f.ProgrammeId == programmeId).ToListAsync(cancellationToken);
        var followUps = await FollowUpsAsync(db, programmeId, cancellationToken);
        return new ProgrammeRealisationView(
            programme.Id,
            programme.Name,
            programme.FirstYear,
            programme.LastYear,
            YearViews(summary.Years, coverViews),
            coverViews,
            proposals
                .OrderBy(p => p.Number, ProposalNumberOrder.Instance)
                .Select(p => new ProposalRealisationRow(
                    p.Id, p.Number, p.Title, p.Status, p.Plan is not null,
                    summary.Proposals.Where(f => f.ProposalId == p.Id).Select(f => new ProposalYearView(f.Year, f.Planned, f.Realised, f.Forecast, f.PlannedUnknown)).ToList()))
                .ToList(),
            investments.OrderBy(f => f.Name, StringComparer.Ordinal).Select(f => InvestmentView(f, numbers)).ToList(),
            followUps,
            await CanRecordAsync(),
            await CanDecideCoversAsync());
    }

    public async Task<ProposalRealisationView> GetProposalAsync(Guid proposalId, CancellationToken cancellationToken = default)
    {
        await EnsureReaderAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var proposal = await FindProposalAsync(db.SavingsProposals.AsNoTracking(), proposalId, cancellationToken);
        return await ProposalViewAsync(db, proposal, cancellationToken);
    }

    // A realised saving of the proposal in a budget year. The first entry of an adopted proposal that has no locked
    // plan yet (adopted before this feature) locks it now, in the same save.
    public async Task<EntryView> RecordAsync(Guid proposalId, RealisationEntryInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await EnsureRecorderAsync();
        await entryValidator.ValidateAndThrowAsync(input, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var proposal = await FindProposalAsync(db.SavingsProposals.AsNoTracking(), proposalId, cancellationToken);
        var programme = await db.SavingsProgrammes.AsNoTracking().SingleAsync(p => p.Id == proposal.ProgrammeId, cancellationToken);
        var failures = new List<ValidationFailure>();
        if (YearRefusal(programme, input.Year!.Value) is { } outside)
        {
            failures.Add(new(nameof(RealisationEntryInput.Year), outside));
        }

        if (DayRefusal(input.Date!.Value, input.Year!.Value) is { } badDay)
        {
            failures.Add(new(nameof(RealisationEntryInput.Date), badDay));
        }

        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }

        await EnsurePlanAsync(db, proposal, cancellationToken);
        var now = time.GetUtcNow();
        var entry = new RealisationEntry(
            programme.Id, proposal.Id, input.Year!.Value, Money.FromKroner(input.Amount!.Value), input.Date!.Value, input.Note, RealisationSource.Manual,
            input.Correction, now, await ActorNameAsync());
        db.RealisationEntries.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        return EntryView(entry, proposal.Number, proposal.Title);
    }

    public async Task<ProposalRealisationView> RebaselineAsync(Guid proposalId, RebaselineInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await EnsureRecorderAsync();
        await rebaselineValidator.ValidateAndThrowAsync(input, cancellationToken);
        return await EditPlanAsync(proposalId, input.Year!.Value, input.Version!.Value, nameof(RebaselineInput.Year), async (plan, _) =>
            plan.Rebaseline(input.Year!.Value, input.Amount is { } kroner ? Money.FromKroner(kroner) : null, input.Reason, time.GetUtcNow(), await ActorNameAsync()),
            cancellationToken);
    }

    public async Task<ProposalRealisationView> SetForecastAsync(Guid proposalId, ForecastInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await EnsureRecorderAsync();
        await forecastValidator.ValidateAndThrowAsync(input, cancellationToken);
        return await EditPlanAsync(proposalId, input.Year!.Value, input.Version!.Value, nameof(ForecastInput.Year), (plan, _) =>
            {
                plan.SetForecast(input.Year!.Value, input.Amount is { } kroner ? Money.FromKroner(kroner) : null);
                return Task.CompletedTask;
            },
            cancellationToken);
    }

    // Every entry the filters select, newest day first, one page; the sum is over every selected entry.
    public async Task<EntryPage> EntriesAsync(EntryQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await EnsureReaderAsync();
        await entryQueryValidator.ValidateAndThrowAsync(query, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var entries = db.RealisationEntries.AsNoTracking();
        if (query.Programme is { } programme)
        {
            entries = entries.Where(e => e.ProgrammeId == programme);
        }

        if (query.Proposal is { } proposal)
        {
            entries = entries.Where(e => e.ProposalId == proposal);
        }

        if (query.Year is { } year)
        {
            entries = entries.Where(e => e.Year == year);
        }

        if (query.Source is { } source)
        {
            entries = entries.Where(e => e.Source == source);
        }

        if (query.From is { } from)
        {
            entries = entries.Where(e => e.Day >= from);
        }

        if (query.To is { } to)
        {
            entries = entries.Where(e => e.Day <= to);
        }

        var rows = entries.Join(db.SavingsProposals, e => e.ProposalId, p => p.Id, (e, p) => new { Entry = e, p.Number, p.Title });
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            // Notes and titles in memory would need every row; a LIKE is case-sensitive on PostgreSQL, so both cases are tried.
            var term = query.Search.Trim();
            var lower = term.ToLowerInvariant();
            var upper = term.ToUpperInvariant();
            rows = rows.Where(r => r.Number.Contains(term) || r.Number.Contains(upper) || r.Title.Contains(term) || r.Title.Contains(lower)
                || (r.Entry.Note != null && (r.Entry.Note.Contains(term) || r.Entry.Note.Contains(lower))));
        }

        var total = await rows.CountAsync(cancellationToken);
        var sum = await rows.SumMoneyAsync(r => r.Entry.Amount, cancellationToken);
        var page = await rows
            .OrderByDescending(r => r.Entry.Day).ThenBy(r => r.Number).ThenBy(r => r.Entry.Id)
            .Skip(query.Skip).Take(query.Take)
            .ToListAsync(cancellationToken);
        return new EntryPage(total, sum, page.Select(r => EntryView(r.Entry, r.Number, r.Title)).ToList());
    }

    public async Task<CoverMeasureView> AddCoverMeasureAsync(Guid programmeId, CoverMeasureInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await currentUser.RequireAsync(RealisationAccess.Realisation, RealisationAccess.DecideCovers, CoverForbiddenMessage);
        await coverValidator.ValidateAndThrowAsync(input, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var programme = await FindProgrammeAsync(db, programmeId, cancellationToken);
        if (YearRefusal(programme, input.Year!.Value) is { } outside)
        {
            throw Invalid(nameof(CoverMeasureInput.Year), outside);
        }

        if (input.Proposal is { } linked && !await db.SavingsProposals.AnyAsync(p => p.Id == linked && p.ProgrammeId == programmeId, cancellationToken))
        {
            throw Invalid(nameof(CoverMeasureInput.Proposal), "Forslaget findes ikke i programmet.");
        }

        var measure = new CoverMeasure(
            programmeId, input.Title, input.Year!.Value, Money.FromKroner(input.Amount!.Value), input.Note, input.Proposal, time.GetUtcNow(), await ActorNameAsync());
        db.CoverMeasures.Add(measure);
        await db.SaveChangesAsync(cancellationToken);
        return (await GetProgrammeAsync(programmeId, cancellationToken)).CoverMeasures.Single(c => c.Id == measure.Id);
    }

    public async Task<CoverMeasureView> RecordCoverRealisedAsync(Guid coverId, CoverRealisedInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await EnsureRecorderAsync();
        await coverRealisedValidator.ValidateAndThrowAsync(input, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var measure = await db.CoverMeasures.SingleOrDefaultAsync(c => c.Id == coverId, cancellationToken) ?? throw new NotFoundException(CoverNotFoundMessage);
        ExpectVersion(db, measure, input.Version!.Value);
        measure.RecordRealised(Money.FromKroner(input.Amount!.Value));
        await db.SaveChangesAsync(cancellationToken);
        return (await GetProgrammeAsync(measure.ProgrammeId, cancellationToken)).CoverMeasures.Single(c => c.Id == measure.Id);
    }

    // Freezes every figure of the programme as it is now; the name is unique in the programme (a 409 under a race).
    public async Task<FollowUpSummary> FreezeFollowUpAsync(Guid programmeId, FollowUpInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await EnsureRecorderAsync();
        await followUpValidator.ValidateAndThrowAsync(input, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var programme = await FindProgrammeAsync(db, programmeId, cancellationToken);
        var key = input.Name.Trim().ToUpperInvariant();
        if (await db.BudgetFollowUps.AnyAsync(f => f.ProgrammeId == programmeId && f.NameKey == key, cancellationToken))
        {
            throw Invalid(nameof(FollowUpInput.Name), $"Programmet har allerede en budgetopfølgning med navnet \"{input.Name.Trim()}\".");
        }

        var (summary, _) = await FiguresAsync(db, programme, cancellationToken);
        var followUp = new BudgetFollowUp(programmeId, input.Name, summary, time.GetUtcNow(), await ActorNameAsync());
        db.BudgetFollowUps.Add(followUp);
        await db.SaveChangesAsync(cancellationToken);
        return FollowUpSummary(followUp);
    }

    public async Task<IReadOnlyList<FollowUpSummary>> ListFollowUpsAsync(Guid programmeId, CancellationToken cancellationToken = default)
    {
        await EnsureReaderAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await FindProgrammeAsync(db, programmeId, cancellationToken);
        return await FollowUpsAsync(db, programmeId, cancellationToken);
    }

    // Today's figures against the frozen follow-up: what moved, by how much, and why (re-baselines, entries since).
    public async Task<FollowUpComparisonView> CompareAsync(Guid followUpId, CancellationToken cancellationToken = default)
    {
        await EnsureReaderAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var followUp = await db.BudgetFollowUps.AsNoTracking().SingleOrDefaultAsync(f => f.Id == followUpId, cancellationToken)
            ?? throw new NotFoundException(FollowUpNotFoundMessage);
        var programme = await FindProgrammeAsync(db, followUp.ProgrammeId, cancellationToken);
        var (now, proposals) = await FiguresAsync(db, programme, cancellationToken);
        var frozenAt = followUp.FrozenAt;
        var entries = await db.RealisationEntries.AsNoTracking()
            .Where(e => e.ProgrammeId == programme.Id && e.RecordedAt > frozenAt)
            .Select(e => new EntrySince(e.ProposalId, e.Year, e.Amount, e.Day, e.Note, e.Source, e.RecordedAt))
            .ToListAsync(cancellationToken);
        var rebaselines = proposals.Where(p => p.Plan is not null).SelectMany(p => p.Plan!.Rebaselines.Select(r => new RebaselineSince(p.Id, r)));
        var moves = FollowUpComparison.Compare(followUp.Figures, now, frozenAt, entries, rebaselines);
        var covers = await db.CoverMeasures.AsNoTracking().Where(c => c.ProgrammeId == programme.Id).ToListAsync(cancellationToken);
        return new FollowUpComparisonView(
            FollowUpSummary(followUp),
            programme.Id,
            programme.Name,
            YearViews(followUp.Years, CoverViews(followUp.Figures, [])),
            YearViews(now.Years, CoverViews(now, covers)),
            moves.Select(m => new FigureMoveView(m.Year, m.ProposalId, m.Number, m.Title, m.Figure, m.Before, m.After, m.Change, m.Why)).ToList());
    }

    public async Task<InvestmentView> AddInvestmentAsync(Guid programmeId, InvestmentInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await EnsureRecorderAsync();
        await investmentValidator.ValidateAndThrowAsync(input, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await FindProgrammeAsync(db, programmeId, cancellationToken);
        var fund = new InvestmentFund(programmeId, input.Name, input.Grants.Select(g => new InvestmentGrant(g.Year!.Value, Money.FromKroner(g.Amount!.Value))).ToList());
        db.InvestmentFunds.Add(fund);
        await db.SaveChangesAsync(cancellationToken);
        return InvestmentView(fund, new Dictionary<Guid, string>());
    }

    public async Task<InvestmentView> DisburseAsync(Guid investmentId, DisbursementInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await EnsureRecorderAsync();
        await disbursementValidator.ValidateAndThrowAsync(input, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var fund = await db.InvestmentFunds.SingleOrDefaultAsync(f => f.Id == investmentId, cancellationToken) ?? throw new NotFoundException(InvestmentNotFoundMessage);
        ExpectVersion(db, fund, input.Version!.Value);
        if (input.Proposal is { } linked && !await db.SavingsProposals.AnyAsync(p => p.Id == linked && p.ProgrammeId == fund.ProgrammeId, cancellationToken))
        {
            throw Invalid(nameof(DisbursementInput.Proposal), "Forslaget findes ikke i programmet.");
        }

        fund.Disburse(new Disbursement(input.Title, input.Date!.Value, Money.FromKroner(input.Amount!.Value), Money.FromKroner(input.YearlyEffect!.Value), input.Proposal));
        await db.SaveChangesAsync(cancellationToken);
        var numbers = await db.SavingsProposals.AsNoTracking().Where(p => p.ProgrammeId == fund.ProgrammeId).ToDictionaryAsync(p => p.Id, p => p.Number, cancellationToken);
        return InvestmentView(fund, numbers);
    }

    public Task<bool> CanRecordAsync() => currentUser.MayAsync(RealisationAccess.Realisation, RealisationAccess.Record);

    public Task<bool> CanDecideCoversAsync() => currentUser.MayAsync(RealisationAccess.Realisation, RealisationAccess.DecideCovers);

    // The realisation figures of a programme now: its proposals that may have a plan (adopted or further along), their
    // plans, forecasts and entries summed per proposal and year in SQL, and its cover measures.
    internal static async Task<(RealisationSummary Summary, List<ProposalPlan> Proposals)> FiguresAsync(
        AdminDbContext db, SavingsProgramme programme, CancellationToken cancellationToken)
    {
        var proposals = await db.SavingsProposals.AsNoTracking()
            .Where(p => p.ProgrammeId == programme.Id && p.Status != SavingsStatus.Draft)
            .Select(p => new { p.Id, p.Number, p.Title, p.Status, p.Amounts })
            .ToListAsync(cancellationToken);
        var plans = await db.ProposalRealisations.AsNoTracking().Where(r => r.ProgrammeId == programme.Id).ToDictionaryAsync(r => r.ProposalId, cancellationToken);
        var sums = await db.RealisationEntries.AsNoTracking()
            .Where(e => e.ProgrammeId == programme.Id)
            .GroupBy(e => new { e.ProposalId, e.Year })
            .Select(g => new { g.Key.ProposalId, g.Key.Year, Kroner = g.Sum(e => (long)(object)e.Amount) })
            .ToListAsync(cancellationToken);
        var covers = await db.CoverMeasures.AsNoTracking().Where(c => c.ProgrammeId == programme.Id).ToListAsync(cancellationToken);

        var list = proposals
            .Where(p => ProposalRealisation.IsAdopted(p.Status) || plans.ContainsKey(p.Id) || sums.Any(s => s.ProposalId == p.Id))
            .Select(p => new ProposalPlan(p.Id, p.Number, p.Title, p.Status, p.Amounts, plans.GetValueOrDefault(p.Id)))
            .ToList();
        var sources = list.Select(p => new ProposalRealisationSource(
            p.Id,
            p.Number,
            p.Title,
            // Adopted before the lock existed: its amounts are the plan until the first entry locks them.
            p.Plan?.Planned ?? (ProposalRealisation.IsAdopted(p.Status) ? p.Amounts.Select(a => new PlannedAmount(a.Year, a.Amount)).ToList() : []),
            p.Plan?.Forecasts ?? [],
            sums.Where(s => s.ProposalId == p.Id).ToDictionary(s => s.Year, s => Money.FromKroner(s.Kroner))));
        return (RealisationFigures.Compute(programme.Years, programme.Targets, sources, covers), list);
    }

    private async Task<ProposalRealisationView> EditPlanAsync(
        Guid proposalId, int year, long version, string yearField, Func<ProposalRealisation, SavingsProgramme, Task> edit, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var proposal = await FindProposalAsync(db.SavingsProposals.AsNoTracking(), proposalId, cancellationToken);
        var programme = await db.SavingsProgrammes.AsNoTracking().SingleAsync(p => p.Id == proposal.ProgrammeId, cancellationToken);
        if (YearRefusal(programme, year) is { } outside)
        {
            throw Invalid(yearField, outside);
        }

        var plan = await EnsurePlanAsync(db, proposal, cancellationToken);
        if (db.Entry(plan).State != EntityState.Added)
        {
            ExpectVersion(db, plan, version);
        }

        await edit(plan, programme);
        await db.SaveChangesAsync(cancellationToken);
        return await ProposalViewAsync(db, proposal, cancellationToken);
    }

    // The proposal's locked plan, locked now (in the caller's save) when an adopted proposal has none yet.
    private async Task<ProposalRealisation> EnsurePlanAsync(AdminDbContext db, SavingsProposal proposal, CancellationToken cancellationToken)
    {
        if (await db.ProposalRealisations.SingleOrDefaultAsync(r => r.ProposalId == proposal.Id, cancellationToken) is { } plan)
        {
            return plan;
        }

        var locked = ProposalRealisation.LockBaseline(proposal, time.GetUtcNow(), await ActorNameAsync());
        db.ProposalRealisations.Add(locked);
        return locked;
    }

    private async Task<ProposalRealisationView> ProposalViewAsync(AdminDbContext db, SavingsProposal proposal, CancellationToken cancellationToken)
    {
        var programme = await db.SavingsProgrammes.AsNoTracking().SingleAsync(p => p.Id == proposal.ProgrammeId, cancellationToken);
        var (summary, proposals) = await FiguresAsync(db, programme, cancellationToken);
        var plan = proposals.FirstOrDefault(p => p.Id == proposal.Id)?.Plan;
        var entries = await db.RealisationEntries.AsNoTracking()
            .Where(e => e.ProposalId == proposal.Id)
            .OrderByDescending(e => e.Day).ThenByDescending(e => e.RecordedAt)
            .ToListAsync(cancellationToken);
        return new ProposalRealisationView(
            proposal.Id,
            programme.Id,
            programme.Name,
            proposal.Number,
            proposal.Title,
            proposal.Status,
            programme.FirstYear,
            programme.LastYear,
            plan is not null,
            plan?.BaselinedAt,
            plan?.BaselinedBy,
            plan?.Version ?? 0,
            summary.Proposals.Where(f => f.ProposalId == proposal.Id).Select(f => new ProposalYearView(f.Year, f.Planned, f.Realised, f.Forecast, f.PlannedUnknown)).ToList(),
            (plan?.Rebaselines ?? []).OrderByDescending(r => r.At).Select(r => new RebaselineView(r.Year, r.Before, r.After, r.At, r.By, r.Reason)).ToList(),
            entries.Select(e => EntryView(e, proposal.Number, proposal.Title)).ToList(),
            ProposalRealisation.BaselineRefusal(proposal),
            await CanRecordAsync());
    }

    private static List<CoverMeasureView> CoverViews(RealisationSummary summary, IReadOnlyList<CoverMeasure> measures) =>
        summary.Covers
            .Select(c =>
            {
                var measure = measures.FirstOrDefault(m => m.Id == c.Id);
                return new CoverMeasureView(c.Id, c.Title, c.Year, c.Amount, c.Realised, c.Outstanding, measure?.Note, c.ProposalId, measure?.Version ?? 0);
            })
            .ToList();

    private static List<RealisationYearView> YearViews(IEnumerable<RealisationYear> years, IReadOnlyList<CoverMeasureView> covers) =>
        years.Select(y => new RealisationYearView(
                y.Year, y.Target, y.Planned, y.UnknownPlanned, y.Realised, y.Forecast, y.Gap, y.ForecastGap, y.OverRealised, y.CoverOutstanding, y.Uncovered,
                covers.Where(c => c.Year == y.Year).ToList()))
            .ToList();

    private static InvestmentView InvestmentView(InvestmentFund fund, IReadOnlyDictionary<Guid, string> numbers) =>
        new(
            fund.Id,
            fund.Name,
            fund.Grants.Select(g => new GrantView(g.Year, g.Amount)).ToList(),
            fund.Granted,
            fund.Disbursed,
            fund.Remaining,
            fund.YearlyEffect,
            fund.Disbursements
                .Select(d => new DisbursementView(d.Title, d.Day, d.Amount, d.YearlyEffect, d.ProposalId, d.ProposalId is { } id ? numbers.GetValueOrDefault(id) : null))
                .ToList(),
            fund.Version);

    private static Task<List<FollowUpSummary>> FollowUpsAsync(AdminDbContext db, Guid programmeId, CancellationToken cancellationToken) =>
        db.BudgetFollowUps.AsNoTracking()
            .Where(f => f.ProgrammeId == programmeId)
            .OrderByDescending(f => f.FrozenAt)
            .Select(f => new FollowUpSummary(f.Id, f.Name, f.FrozenAt, f.FrozenBy))
            .ToListAsync(cancellationToken);

    private static FollowUpSummary FollowUpSummary(BudgetFollowUp f) => new(f.Id, f.Name, f.FrozenAt, f.FrozenBy);

    internal static EntryView EntryView(RealisationEntry e, string number, string title) =>
        new(e.Id, e.ProposalId, number, title, e.Year, e.Amount, e.Day, e.Note, e.Source, e.Correction, e.RecordedAt, e.RecordedBy);

    internal static string? YearRefusal(SavingsProgramme programme, int year) =>
        year < programme.FirstYear || year > programme.LastYear
            ? RealisationRefusals.YearOutside(year, programme.FirstYear, programme.LastYear).Message
            : null;

    // A realised saving is booked in its budget year or while that year's accounts close; never in the future.
    internal string? DayRefusal(DateOnly day, int year)
    {
        if (day > MunicipalClock.Today(time))
        {
            return "Datoen ligger i fremtiden. Registrér en gevinst, når den er realiseret.";
        }

        return day.Year < year - 1 || day.Year > year + 1
            ? $"Datoen {Infrastructure.Formatting.Day(day, System.Globalization.CultureInfo.GetCultureInfo("da-DK"))} ligger for langt fra budgetåret {year}; den skal ligge fra {year - 1} til {year + 1}."
            : null;
    }

    private async Task<SavingsProposal> FindProposalAsync(IQueryable<SavingsProposal> proposals, Guid id, CancellationToken cancellationToken)
    {
        var proposal = await proposals.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        // A draft is "not found" to those who may not read drafts, as on the savings pages.
        return proposal is not null && await currentUser.MayAsync(proposal, SavingsAccess.Read)
            ? proposal
            : throw new NotFoundException(SavingsService.ProposalNotFoundMessage);
    }

    private static async Task<SavingsProgramme> FindProgrammeAsync(AdminDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.SavingsProgrammes.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken)
            ?? throw new NotFoundException(SavingsService.ProgrammeNotFoundMessage);

    private static void ExpectVersion<TEntity>(AdminDbContext db, TEntity entity, long version)
        where TEntity : class, IVersioned
    {
        if (entity.Version != version)
        {
            throw new DbUpdateConcurrencyException(UseCaseFailure.ConflictMessage);
        }

        db.Entry(entity).ExpectVersion(version);
    }

    private static ValidationException Invalid(string field, string message) => new([new ValidationFailure(field, message)]);

    internal async Task<string> ActorNameAsync()
    {
        var user = await currentUser.PrincipalAsync();
        var name = user.FindFirstValue(AdminClaimsPrincipalFactory.DisplayNameClaim);
        return string.IsNullOrWhiteSpace(name) ? user.Identity?.Name ?? "ukendt" : name;
    }

    private Task EnsureReaderAsync() => currentUser.RequireAsync(RealisationAccess.Realisation, RealisationAccess.Read, SignInMessage);

    private Task EnsureRecorderAsync() => currentUser.RequireAsync(RealisationAccess.Realisation, RealisationAccess.Record, RecordForbiddenMessage);
}

// A proposal of the programme as the realisation figures read it, with its locked plan (null: none yet).
internal sealed record ProposalPlan(Guid Id, string Number, string Title, SavingsStatus Status, IReadOnlyList<YearAmount> Amounts, ProposalRealisation? Plan);
