using FluentValidation;
using HojeTaastrup.Admin.Data;
using HojeTaastrup.Admin.Data.Concurrency;
using HojeTaastrup.Admin.Domain.Common;
using HojeTaastrup.Admin.Domain.Organisation;
using Microsoft.EntityFrameworkCore;

namespace HojeTaastrup.Admin.Web.Features.Organisation;

// Administrators' corrections to one organisation version (master data): add, edit and remove its
// directorates, centres and units through the version's own methods. Each call carries the version
// number the user read; a stale one fails with DbUpdateConcurrencyException (409 / a page message).
// Returns the new version number, for the next edit.
public sealed class OrganisationEditor(
    IDbContextFactory<AdminDbContext> dbFactory,
    IValidator<DirectorateForm> directorates,
    IValidator<CentreForm> centres,
    IValidator<UnitForm> units)
{
    public async Task<long> AddDirectorateAsync(Guid versionId, DirectorateForm form, CancellationToken cancellationToken = default)
    {
        await directorates.ValidateAndThrowAsync(form, cancellationToken);
        return await EditAsync(versionId, form.Version, v => v.AddDirectorate(form.Name, form.DirectorName), cancellationToken);
    }

    public async Task<long> EditDirectorateAsync(Guid versionId, Guid key, DirectorateForm form, CancellationToken cancellationToken = default)
    {
        await directorates.ValidateAndThrowAsync(form, cancellationToken);
        return await EditAsync(versionId, form.Version, v => v.EditDirectorate(key, form.Name, form.DirectorName), cancellationToken);
    }

    public Task<long> RemoveDirectorateAsync(Guid versionId, Guid key, long version, CancellationToken cancellationToken = default) =>
        EditAsync(versionId, version, v => v.RemoveDirectorate(key), cancellationToken);

    public async Task<long> AddCentreAsync(Guid versionId, CentreForm form, CancellationToken cancellationToken = default)
    {
        await centres.ValidateAndThrowAsync(form, cancellationToken);
        return await EditAsync(versionId, form.Version, v => v.AddCentre(form.Code, form.Name, form.Kind, form.DirectorateKey!.Value), cancellationToken);
    }

    public async Task<long> EditCentreAsync(Guid versionId, Guid key, CentreForm form, CancellationToken cancellationToken = default)
    {
        await centres.ValidateAndThrowAsync(form, cancellationToken);
        return await EditAsync(versionId, form.Version, v => v.EditCentre(key, form.Code, form.Name, form.Kind, form.DirectorateKey!.Value), cancellationToken);
    }

    public Task<long> RemoveCentreAsync(Guid versionId, Guid key, long version, CancellationToken cancellationToken = default) =>
        EditAsync(versionId, version, v => v.RemoveCentre(key), cancellationToken);

    public async Task<long> AddUnitAsync(Guid versionId, UnitForm form, CancellationToken cancellationToken = default)
    {
        await units.ValidateAndThrowAsync(form, cancellationToken);
        return await EditAsync(versionId, form.Version, v => v.AddUnit(form.CentreKey!.Value, form.Name, form.Fte!.Value, Money.FromKroner(form.Payroll!.Value)), cancellationToken);
    }

    public async Task<long> EditUnitAsync(Guid versionId, Guid key, UnitForm form, CancellationToken cancellationToken = default)
    {
        await units.ValidateAndThrowAsync(form, cancellationToken);
        return await EditAsync(versionId, form.Version, v => v.EditUnit(key, form.CentreKey!.Value, form.Name, form.Fte!.Value, Money.FromKroner(form.Payroll!.Value)), cancellationToken);
    }

    public Task<long> RemoveUnitAsync(Guid versionId, Guid key, long version, CancellationToken cancellationToken = default) =>
        EditAsync(versionId, version, v => v.RemoveUnit(key), cancellationToken);

    // Corrects a mistaken version (a wrong day, a test import) by removing it as a whole: the audit log
    // keeps what it held. The last version cannot go, so that there is always an organisation.
    public async Task RemoveVersionAsync(Guid versionId, long versionRead, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.LockOrganisationTimelineAsync(cancellationToken);
        var version = await db.OrganisationVersions.FirstOrDefaultAsync(v => v.Id == versionId, cancellationToken)
            ?? throw new NotFoundException("Organisationsversionen findes ikke.");
        db.Entry(version).ExpectVersion(versionRead);
        if (!await db.OrganisationVersions.AnyAsync(v => v.Id != versionId, cancellationToken))
        {
            throw new DomainException("Den eneste organisationsversion kan ikke fjernes. Importér en ny først.");
        }

        db.OrganisationVersions.Remove(version);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<long> EditAsync(Guid versionId, long versionRead, Action<OrganisationVersion> edit, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var version = await db.OrganisationVersions.FirstOrDefaultAsync(v => v.Id == versionId, cancellationToken)
            ?? throw new NotFoundException("Organisationsversionen findes ikke.");
        db.Entry(version).ExpectVersion(versionRead);
        edit(version);
        await db.SaveChangesAsync(cancellationToken);
        return version.Version;
    }
}
