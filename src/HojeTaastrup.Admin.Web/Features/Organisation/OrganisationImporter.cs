using System.Globalization;
using FluentValidation;
using HojeTaastrup.Admin.Data;
using HojeTaastrup.Admin.Data.Concurrency;
using HojeTaastrup.Admin.Data.Queries;
using HojeTaastrup.Admin.Domain.Common;
using HojeTaastrup.Admin.Domain.Organisation;
using HojeTaastrup.Admin.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HojeTaastrup.Admin.Web.Features.Organisation;

// What an import would do, shown before the user confirms. Replaces is the version of the same day
// that the import would overwrite (null: a new version is added).
public sealed record ImportPreview(
    DateOnly EffectiveFrom,
    CentreCounts Counts,
    int Directorates,
    int Units,
    decimal Fte,
    Money Payroll,
    OrganisationVersionSummary? Replaces);

public sealed record ImportOutcome(bool Created, OrganisationView Organisation);

// Loads a whole organisation effective from a day (API and upload page alike).
// A day without a version gets a new one (Created). A day that has one is replaced as a whole only
// when the document carries that version's `version` (as GET returned it): a stale one is a
// concurrency conflict, none at all is refused, so that nobody overwrites history by accident.
// Keys are kept where the document lets us find them (unit id; centre code and directorate name in
// the version in force), so that a reorganisation's before/after still recognises them.
public sealed class OrganisationImporter(
    IDbContextFactory<AdminDbContext> dbFactory,
    IValidator<OrganisationDocument> validator,
    OrganisationReader reader)
{
    public const string DefaultSource = "Import";

    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    public async Task<ImportPreview> PreviewAsync(OrganisationDocument document, CancellationToken cancellationToken = default)
    {
        await validator.ValidateAndThrowAsync(document, cancellationToken);
        var day = document.EffectiveFrom!.Value;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var (existing, built) = await BuildAsync(db, document, cancellationToken);

        // Made into a version as the import would, so that the entity's own rules refuse here already.
        var structure = OrganisationVersion.FromStructure(day, SourceOf(document), built).ToStructure();
        var replaces = existing is null
            ? null
            : (await reader.VersionsAsync(cancellationToken)).Single(v => v.Id == existing.Id);
        return new ImportPreview(day, structure.CountCentres(), structure.Directorates.Count, structure.Units.Count, structure.TotalFte(), structure.TotalPayroll(), replaces);
    }

    public async Task<ImportOutcome> ImportAsync(OrganisationDocument document, CancellationToken cancellationToken = default)
    {
        await validator.ValidateAndThrowAsync(document, cancellationToken);
        var day = document.EffectiveFrom!.Value;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.LockOrganisationTimelineAsync(cancellationToken);
        var (existing, structure) = await BuildAsync(db, document, cancellationToken);

        Guid id;
        if (existing is null)
        {
            var version = OrganisationVersion.FromStructure(day, SourceOf(document), structure);
            db.OrganisationVersions.Add(version);
            id = version.Id;
        }
        else
        {
            if (document.Version is not { } read)
            {
                throw new DomainException(
                    $"Der findes allerede en organisation med virkning fra {Formatting.Day(day, Danish)}. "
                    + $"Send dens version ({existing.Version}) med for at erstatte den, eller vælg en anden dato.");
            }

            db.Entry(existing).ExpectVersion(read);
            existing.ReplaceStructure(SourceOf(document), structure);
            id = existing.Id;
        }

        await db.SaveChangesAsync(cancellationToken);
        return new ImportOutcome(existing is null, await reader.GetAsync(id, cancellationToken));
    }

    // The version of the document's day, if any (tracked: the import replaces it), and the structure
    // the document describes, with the keys of that version or else of the one in force before.
    private static async Task<(OrganisationVersion? Existing, OrganisationStructure Structure)> BuildAsync(
        AdminDbContext db, OrganisationDocument document, CancellationToken cancellationToken)
    {
        var day = document.EffectiveFrom!.Value;
        var existing = await db.OrganisationVersions.FirstOrDefaultAsync(v => v.EffectiveFrom == day, cancellationToken);
        var previous = existing ?? await db.OrganisationVersions.AsNoTracking().InForceOnAsync(day, cancellationToken);
        return (existing, Build(document, previous?.ToStructure(), cancellationToken));
    }

    private static string SourceOf(OrganisationDocument document) =>
        string.IsNullOrWhiteSpace(document.Source) ? DefaultSource : document.Source.Trim();

    // The document has passed the validator: every reference resolves.
    internal static OrganisationStructure Build(OrganisationDocument document, OrganisationStructure? previous, CancellationToken cancellationToken = default)
    {
        previous ??= OrganisationStructure.Empty;
        var directorates = document.Directorates!
            .Select(d => new DirectorateSnapshot(
                previous.Directorates.FirstOrDefault(p => OrganisationNames.SameName(p.Name, d.Name))?.Key ?? Guid.NewGuid(),
                OrganisationRules.NormaliseName(d.Name),
                OrganisationRules.NormaliseName(d.Director)))
            .ToList();
        var centres = document.Centres!
            .Select(c => new CentreSnapshot(
                previous.FindCentre(OrganisationRules.NormaliseCode(c.Code))?.Key ?? Guid.NewGuid(),
                OrganisationRules.NormaliseCode(c.Code),
                OrganisationRules.NormaliseName(c.Name),
                CentreKindNames.Parse(c.Kind)!.Value,
                directorates.First(d => OrganisationNames.SameName(d.Name, c.Directorate)).Key))
            .ToList();

        var units = document.Units ?? [];
        var centreByCode = centres.ToDictionary(c => c.Code, StringComparer.Ordinal);
        var previousUnits = previous.Units.ToLookup(u => u.CentreKey);
        var given = units.Select(u => Guid.TryParse(u.Id, out var key) ? key : (Guid?)null).ToList();
        var used = given.OfType<Guid>().ToHashSet();
        var result = new List<UnitSnapshot>(units.Count);
        for (var i = 0; i < units.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var unit = units[i];
            var centre = centreByCode[OrganisationRules.NormaliseCode(unit.Centre)];
            var key = given[i] ?? KeyOfSameUnit(previous, previousUnits, centre.Code, unit.Name, used) ?? Guid.NewGuid();
            result.Add(new UnitSnapshot(key, OrganisationRules.NormaliseName(unit.Name), centre.Key, unit.Fte!.Value, Money.FromKroner(unit.Payroll!.Value)));
        }

        return new OrganisationStructure(directorates, centres, result);
    }

    // A unit without an id is taken to be the one of the same name in the same centre before.
    private static Guid? KeyOfSameUnit(
        OrganisationStructure previous, ILookup<Guid, UnitSnapshot> previousUnits, string centreCode, string? name, HashSet<Guid> used)
    {
        var centre = previous.FindCentre(centreCode);
        var match = centre is null
            ? null
            : previousUnits[centre.Key].FirstOrDefault(u => OrganisationNames.SameName(u.Name, name) && !used.Contains(u.Key));
        if (match is null)
        {
            return null;
        }

        used.Add(match.Key);
        return match.Key;
    }
}
