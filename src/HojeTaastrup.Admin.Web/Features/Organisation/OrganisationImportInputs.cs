using HojeTaastrup.Admin.Domain.Organisation;

namespace HojeTaastrup.Admin.Web.Features.Organisation;

// What an import sends (../shared/API.md): the organisation in the shape GET returns (OrganisationView),
// from JSON, a CSV file (OrganisationCsv) or an upload. Centres point at their directorate by name,
// units at their centre by code. An id, where given, is the part's key, stable across versions: the
// one GET returned. Everything is nullable so that missing input gets a Danish validation message
// rather than a JSON error.
public sealed record OrganisationImportInput(
    DateOnly? EffectiveFrom,
    string? Source,
    long? Version,
    IReadOnlyList<DirectorateImportInput>? Directorates,
    IReadOnlyList<CentreImportInput>? Centres,
    IReadOnlyList<UnitImportInput>? Units);

public sealed record DirectorateImportInput(string? Name, string? Director)
{
    public string? Id { get; init; }
}

// Kind is "Centre", "Unit" or "Staff"; the Danish "center", "enhed" and "stab" are accepted too.
public sealed record CentreImportInput(string? Code, string? Name, string? Directorate, string? Kind)
{
    public string? Id { get; init; }
}

// Payroll is whole kroner.
public sealed record UnitImportInput(string? Id, string? Name, string? Centre, decimal? Fte, long? Payroll);

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
