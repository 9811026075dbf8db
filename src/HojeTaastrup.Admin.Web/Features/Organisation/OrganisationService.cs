using System.Globalization;
using FluentValidation;
using HojeTaastrup.Admin.Data;
using HojeTaastrup.Admin.Data.Concurrency;
using HojeTaastrup.Admin.Domain.Common;
using HojeTaastrup.Admin.Domain.Organisation;
using HojeTaastrup.Admin.Web.Infrastructure;
using HojeTaastrup.Admin.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace HojeTaastrup.Admin.Web.Features.Organisation;

// The organisation's versions, for pages and API alike: reading (in force on a day, the list of
// versions) and administrators' corrections to one version (master data): add, edit and remove its
// directorates, centres and units through the version's own methods. Each edit carries the version
// number the user read; a missing one is a 400 naming `version`, a stale one a conflict (409 / a page
// message). An edit returns the new version number, for the next edit.
public sealed class OrganisationService(
    IDbContextFactory<AdminDbContext> dbFactory,
    OrganisationSnapshots snapshots,
    CurrentUser currentUser,
    TimeProvider time,
    IValidator<DirectorateInput> directorates,
    IValidator<CentreInput> centres,
    IValidator<UnitInput> units)
{
    public const string NotFoundMessage = "Organisationsversionen findes ikke.";

    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    // "Today" is the municipality's day, not the server's.
    public DateOnly Today => MunicipalClock.Today(time);

    // Null before the first version.
    public async Task<OrganisationVersionView?> InForceOnAsync(DateOnly day, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var history = await OrganisationSnapshots.HistoryAsync(db, cancellationToken);
        var snapshot = await snapshots.InForceOnAsync(db, history, day, cancellationToken);
        return snapshot is null ? null : ToView(snapshot, history);
    }

    // The API's GET: before the first version a NotFoundException that says from when there is one.
    public async Task<OrganisationVersionView> RequireInForceOnAsync(DateOnly day, CancellationToken cancellationToken = default)
    {
        if (await InForceOnAsync(day, cancellationToken) is { } view)
        {
            return view;
        }

        var versions = await VersionsAsync(cancellationToken);
        throw new NotFoundException(versions.Count == 0
            ? "Der er endnu ikke registreret nogen organisation."
            : $"Der er ingen organisation registreret den {Formatting.Day(day, Danish)}. Den første gælder fra {Formatting.Day(versions[0].EffectiveFrom, Danish)}.");
    }

    public async Task<OrganisationVersionView> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var history = await OrganisationSnapshots.HistoryAsync(db, cancellationToken);
        var header = history.Versions.FirstOrDefault(v => v.Id == id) ?? throw new NotFoundException(NotFoundMessage);
        return ToView(await snapshots.ReadAsync(db, header, cancellationToken), history);
    }

    // Oldest first, each with the day it ends (the day before the next one starts).
    public async Task<IReadOnlyList<OrganisationVersionSummaryView>> VersionsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.OrganisationVersions.AsNoTracking()
            .IgnoreAutoIncludes()
            .OrderBy(v => v.EffectiveFrom)
            .Select(v => new { v.Id, v.EffectiveFrom, v.Source, v.Version, Centres = v.Centres.Count, Units = v.Units.Count })
            .ToListAsync(cancellationToken);
        var timeline = new OrganisationTimeline(rows.Select(r => r.EffectiveFrom));
        return rows
            .Select(r => new OrganisationVersionSummaryView(r.Id, r.EffectiveFrom, timeline.LastDayOf(r.EffectiveFrom), r.Source, r.Version, r.Centres, r.Units))
            .ToList();
    }

    public async Task<long> AddDirectorateAsync(Guid versionId, DirectorateInput input, CancellationToken cancellationToken = default)
    {
        await directorates.ValidateAndThrowAsync(input, cancellationToken);
        return await EditAsync(versionId, input.Version!.Value, v => v.AddDirectorate(input.Name, input.DirectorName), cancellationToken);
    }

    public async Task<long> EditDirectorateAsync(Guid versionId, Guid key, DirectorateInput input, CancellationToken cancellationToken = default)
    {
        await directorates.ValidateAndThrowAsync(input, cancellationToken);
        return await EditAsync(versionId, input.Version!.Value, v => v.EditDirectorate(key, input.Name, input.DirectorName), cancellationToken);
    }

    public Task<long> RemoveDirectorateAsync(Guid versionId, Guid key, long version, CancellationToken cancellationToken = default) =>
        EditAsync(versionId, version, v => v.RemoveDirectorate(key), cancellationToken);

    public async Task<long> AddCentreAsync(Guid versionId, CentreInput input, CancellationToken cancellationToken = default)
    {
        await centres.ValidateAndThrowAsync(input, cancellationToken);
        return await EditAsync(versionId, input.Version!.Value, v => v.AddCentre(input.Code, input.Name, input.Kind, input.DirectorateKey!.Value), cancellationToken);
    }

    public async Task<long> EditCentreAsync(Guid versionId, Guid key, CentreInput input, CancellationToken cancellationToken = default)
    {
        await centres.ValidateAndThrowAsync(input, cancellationToken);
        return await EditAsync(versionId, input.Version!.Value, v => v.EditCentre(key, input.Code, input.Name, input.Kind, input.DirectorateKey!.Value), cancellationToken);
    }

    public Task<long> RemoveCentreAsync(Guid versionId, Guid key, long version, CancellationToken cancellationToken = default) =>
        EditAsync(versionId, version, v => v.RemoveCentre(key), cancellationToken);

    public async Task<long> AddUnitAsync(Guid versionId, UnitInput input, CancellationToken cancellationToken = default)
    {
        await units.ValidateAndThrowAsync(input, cancellationToken);
        return await EditAsync(versionId, input.Version!.Value, v => v.AddUnit(input.CentreKey!.Value, input.Name, input.Fte!.Value, Money.FromKroner(input.Payroll!.Value)), cancellationToken);
    }

    public async Task<long> EditUnitAsync(Guid versionId, Guid key, UnitInput input, CancellationToken cancellationToken = default)
    {
        await units.ValidateAndThrowAsync(input, cancellationToken);
        return await EditAsync(versionId, input.Version!.Value, v => v.EditUnit(key, input.CentreKey!.Value, input.Name, input.Fte!.Value, Money.FromKroner(input.Payroll!.Value)), cancellationToken);
    }

    public Task<long> RemoveUnitAsync(Guid versionId, Guid key, long version, CancellationToken cancellationToken = default) =>
        EditAsync(versionId, version, v => v.RemoveUnit(key), cancellationToken);

    // Corrects a mistaken version (a wrong day, a test import) by removing it as a whole: the audit log
    // keeps what it held. The last version cannot go, so that there is always an organisation.
    public async Task RemoveVersionAsync(Guid versionId, long versionRead, CancellationToken cancellationToken = default)
    {
        await EnsureEditorAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.LockOrganisationTimelineAsync(cancellationToken);
        var version = await db.OrganisationVersions.FirstOrDefaultAsync(v => v.Id == versionId, cancellationToken)
            ?? throw new NotFoundException(NotFoundMessage);
        db.Entry(version).ExpectVersion(versionRead);
        if (!await db.OrganisationVersions.AnyAsync(v => v.Id != versionId, cancellationToken))
        {
            throw new DomainException("Den eneste organisationsversion kan ikke fjernes. Importér en ny først.");
        }

        db.OrganisationVersions.Remove(version);
        await db.SaveChangesAsync(cancellationToken);
    }

    // Writes ask the current user, as every use case does; the routes and pages check the same policy first.
    internal Task EnsureEditorAsync() => currentUser.RequireAsync(OrganisationAccess.Organisation, OrganisationAccess.Edit, OrganisationAccess.ForbiddenMessage);

    private async Task<long> EditAsync(Guid versionId, long versionRead, Action<OrganisationVersion> edit, CancellationToken cancellationToken)
    {
        await EnsureEditorAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var version = await db.OrganisationVersions.FirstOrDefaultAsync(v => v.Id == versionId, cancellationToken)
            ?? throw new NotFoundException(NotFoundMessage);
        db.Entry(version).ExpectVersion(versionRead);
        edit(version);
        await db.SaveChangesAsync(cancellationToken);
        return version.Version;
    }

    private static OrganisationVersionView ToView(OrganisationSnapshot snapshot, OrganisationHistory history)
    {
        var header = snapshot.Header;
        return new OrganisationVersionView(header.Id, header.EffectiveFrom, history.Timeline.LastDayOf(header.EffectiveFrom), header.Source, header.Version, snapshot.Structure);
    }
}
