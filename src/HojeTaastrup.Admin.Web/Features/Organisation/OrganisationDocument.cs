using HojeTaastrup.Admin.Domain.Organisation;

namespace HojeTaastrup.Admin.Web.Features.Organisation;

// The organisation as the API sends and receives it (../shared/API.md): GET returns it, and an import
// takes the same shape. Centres point at their directorate by name, units at their centre by code;
// a unit's id is its key, stable across versions. Everything is nullable so that missing input gets
// a Danish validation message rather than a JSON error.
public sealed record OrganisationDocument(
    DateOnly? EffectiveFrom,
    string? Source,
    long? Version,
    IReadOnlyList<DirectorateItem>? Directorates,
    IReadOnlyList<CentreItem>? Centres,
    IReadOnlyList<UnitItem>? Units)
{
    public static OrganisationDocument From(OrganisationView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var structure = view.Structure;
        var directorateNames = structure.Directorates.ToDictionary(d => d.Key, d => d.Name);
        var centreCodes = structure.Centres.ToDictionary(c => c.Key, c => c.Code);
        return new OrganisationDocument(
            view.EffectiveFrom,
            view.Source,
            view.Version,
            structure.Directorates.Select(d => new DirectorateItem(d.Name, d.DirectorName)).ToList(),
            structure.Centres.Select(c => new CentreItem(c.Code, c.Name, directorateNames.GetValueOrDefault(c.DirectorateKey), c.Kind.ToString())).ToList(),
            structure.Units.Select(u => new UnitItem(u.Key.ToString(), u.Name, centreCodes.GetValueOrDefault(u.CentreKey), u.Fte, u.Payroll.Kroner)).ToList());
    }
}

public sealed record DirectorateItem(string? Name, string? Director);

// Kind is "Centre", "Unit" or "Staff"; the Danish "center", "enhed" and "stab" are accepted too.
public sealed record CentreItem(string? Code, string? Name, string? Directorate, string? Kind);

// Payroll is whole kroner.
public sealed record UnitItem(string? Id, string? Name, string? Centre, decimal? Fte, long? Payroll);

public static class CentreKindNames
{
    public static CentreKind? Parse(string? text) => text?.Trim().ToUpperInvariant() switch
    {
        "CENTRE" or "CENTER" => CentreKind.Centre,
        "UNIT" or "ENHED" => CentreKind.Unit,
        "STAFF" or "STAB" => CentreKind.Staff,
        _ => null,
    };
}
