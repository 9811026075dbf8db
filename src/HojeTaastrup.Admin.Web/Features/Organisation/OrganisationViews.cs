using HojeTaastrup.Admin.Domain.Organisation;

namespace HojeTaastrup.Admin.Web.Features.Organisation;

// One organisation version as the pages and the API read it. LastDay is null while it is the latest.
public sealed record OrganisationVersionView(Guid Id, DateOnly EffectiveFrom, DateOnly? LastDay, string Source, long Version, OrganisationStructure Structure);

public sealed record OrganisationVersionSummaryView(Guid Id, DateOnly EffectiveFrom, DateOnly? LastDay, string Source, long Version, int Centres, int Units);

// The organisation as GET /api/v1/organisation shows it (../shared/API.md); an import takes the same
// shape (OrganisationImportInput). Every part carries the key that writes name it by: a directorate
// and a unit their id, a centre its code (and its id, for the edit routes). Centres point at their
// directorate by name, units at their centre by code.
public sealed record OrganisationView(
    DateOnly EffectiveFrom,
    string Source,
    long Version,
    IReadOnlyList<DirectorateView> Directorates,
    IReadOnlyList<CentreView> Centres,
    IReadOnlyList<UnitView> Units)
{
    public static OrganisationView From(OrganisationVersionView version)
    {
        ArgumentNullException.ThrowIfNull(version);
        var structure = version.Structure;
        var directorateNames = structure.Directorates.ToDictionary(d => d.Key, d => d.Name);
        var centreCodes = structure.Centres.ToDictionary(c => c.Key, c => c.Code);
        return new OrganisationView(
            version.EffectiveFrom,
            version.Source,
            version.Version,
            structure.Directorates.Select(d => new DirectorateView(d.Key, d.Name, d.DirectorName)).ToList(),
            structure.Centres.Select(c => new CentreView(c.Key, c.Code, c.Name, directorateNames.GetValueOrDefault(c.DirectorateKey), c.Kind.ToString())).ToList(),
            structure.Units.Select(u => new UnitView(u.Key.ToString(), u.Name, centreCodes.GetValueOrDefault(u.CentreKey), u.Fte, u.Payroll.Kroner)).ToList());
    }
}

public sealed record DirectorateView(Guid Id, string Name, string Director);

// Kind is "Centre", "Unit" or "Staff".
public sealed record CentreView(Guid Id, string Code, string Name, string? Directorate, string Kind);

// Payroll is whole kroner.
public sealed record UnitView(string Id, string Name, string? Centre, decimal Fte, long Payroll);
