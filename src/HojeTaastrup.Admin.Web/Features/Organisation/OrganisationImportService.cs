using System.Globalization;
using FluentValidation;
using FluentValidation.Results;
using HojeTaastrup.Admin.Data;
using HojeTaastrup.Admin.Data.Concurrency;
using HojeTaastrup.Admin.Data.Queries;
using HojeTaastrup.Admin.Domain.Common;
using HojeTaastrup.Admin.Domain.Organisation;
using HojeTaastrup.Admin.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HojeTaastrup.Admin.Web.Features.Organisation;

// Loads a whole organisation effective from a day (API and upload page alike).
// A day without a version gets a new one (Created). A day that has one is replaced as a whole only
// when the input carries that version's `version` (as GET returned it): a stale one is a
// concurrency conflict, none at all is a 400 naming `version`, so that nobody overwrites history by accident.
// Keys are kept where the input lets us find them (the id GET gave; else centre code, directorate name
// and unit name in the version in force), so that a reorganisation's before/after still recognises them.
public sealed class OrganisationImportService(
    IDbContextFactory<AdminDbContext> dbFactory,
    IValidator<OrganisationImportInput> validator,
    OrganisationService organisation)
{
    public const string DefaultSource = "Import";

    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    public async Task<ImportPreviewView> PreviewAsync(OrganisationImportInput input, CancellationToken cancellationToken = default)
    {
        await organisation.EnsureEditorAsync();
        await validator.ValidateAndThrowAsync(input, cancellationToken);
        var day = input.EffectiveFrom!.Value;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var (existing, built) = await BuildAsync(db, input, cancellationToken);

        // Made into a version as the import would, so that the entity's own rules refuse here already.
        var structure = OrganisationVersion.FromStructure(day, SourceOf(input), built).ToStructure();
        var replaces = existing is null
            ? null
            : (await organisation.VersionsAsync(cancellationToken)).Single(v => v.Id == existing.Id);
        return new ImportPreviewView(day, structure.CountCentres(), structure.Directorates.Count, structure.Units.Count, structure.TotalFte(), structure.TotalPayroll(), replaces);
    }

    public async Task<ImportOutcomeView> ImportAsync(OrganisationImportInput input, CancellationToken cancellationToken = default)
    {
        await organisation.EnsureEditorAsync();
        await validator.ValidateAndThrowAsync(input, cancellationToken);
        var day = input.EffectiveFrom!.Value;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.LockOrganisationTimelineAsync(cancellationToken);
        var (existing, structure) = await BuildAsync(db, input, cancellationToken);

        Guid id;
        if (existing is null)
        {
            var version = OrganisationVersion.FromStructure(day, SourceOf(input), structure);
            db.OrganisationVersions.Add(version);
            id = version.Id;
        }
        else
        {
            if (input.Version is not { } read)
            {
                // Missing input, like every write's missing version: a 400 at the field, not a refusal.
                throw new ValidationException([new ValidationFailure(nameof(input.Version),
                    $"Der findes allerede en organisation med virkning fra {Formatting.Day(day, Danish)}. "
                    + $"Send dens version ({existing.Version}) med for at erstatte den, eller vælg en anden dato.")]);
            }

            db.Entry(existing).ExpectVersion(read);
            existing.ReplaceStructure(SourceOf(input), structure);
            id = existing.Id;
        }

        await db.SaveChangesAsync(cancellationToken);
        return new ImportOutcomeView(existing is null, await organisation.GetAsync(id, cancellationToken));
    }

    // The version of the input's day, if any (tracked: the import replaces it), and the structure
    // the input describes, with the keys of that version or else of the one in force before.
    private static async Task<(OrganisationVersion? Existing, OrganisationStructure Structure)> BuildAsync(
        AdminDbContext db, OrganisationImportInput input, CancellationToken cancellationToken)
    {
        var day = input.EffectiveFrom!.Value;
        var existing = await db.OrganisationVersions.FirstOrDefaultAsync(v => v.EffectiveFrom == day, cancellationToken);
        var previous = existing ?? await db.OrganisationVersions.AsNoTracking().InForceOnAsync(day, cancellationToken);
        return (existing, Build(input, previous?.ToStructure(), cancellationToken));
    }

    private static string SourceOf(OrganisationImportInput input) =>
        string.IsNullOrWhiteSpace(input.Source) ? DefaultSource : input.Source.Trim();

    // The input has passed the validator: every reference resolves.
    internal static OrganisationStructure Build(OrganisationImportInput input, OrganisationStructure? previous, CancellationToken cancellationToken = default)
    {
        previous ??= OrganisationStructure.Empty;
        var directorates = input.Directorates!
            .Select(d => new DirectorateSnapshot(
                KeyOf(d.Id) ?? previous.Directorates.FirstOrDefault(p => OrganisationNames.SameName(p.Name, d.Name))?.Key ?? Guid.NewGuid(),
                OrganisationRules.NormaliseName(d.Name),
                OrganisationRules.NormaliseName(d.Director)))
            .ToList();
        var centres = input.Centres!
            .Select(c => new CentreSnapshot(
                KeyOf(c.Id) ?? previous.FindCentre(OrganisationRules.NormaliseCode(c.Code))?.Key ?? Guid.NewGuid(),
                OrganisationRules.NormaliseCode(c.Code),
                OrganisationRules.NormaliseName(c.Name),
                CentreKindNames.Parse(c.Kind)!.Value,
                directorates.First(d => OrganisationNames.SameName(d.Name, c.Directorate)).Key))
            .ToList();

        var units = input.Units ?? [];
        var centreByCode = centres.ToDictionary(c => c.Code, StringComparer.Ordinal);
        var previousUnits = previous.Units.ToLookup(u => u.CentreKey);
        var given = units.Select(u => KeyOf(u.Id)).ToList();
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

    private static Guid? KeyOf(string? id) => Guid.TryParse(id, out var key) ? key : null;

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
