using HojeTaastrup.Admin.Domain.Common;
using HojeTaastrup.Admin.Domain.Organisation;

namespace HojeTaastrup.Admin.Web.Features.Organisation;

// One line of the organisation list: a unit with its centre and directorate, or a centre without units.
public sealed record OrganisationRowView(
    string Directorate,
    string Director,
    string CentreCode,
    string CentreName,
    CentreKind Kind,
    string UnitName,
    decimal? Fte,
    Money? Payroll)
{
    public static List<OrganisationRowView> From(OrganisationStructure structure)
    {
        ArgumentNullException.ThrowIfNull(structure);
        var rows = new List<OrganisationRowView>();
        foreach (var centre in structure.Centres)
        {
            var directorate = structure.FindDirectorate(centre.DirectorateKey);
            var units = structure.UnitsOf(centre.Key).ToList();
            if (units.Count == 0)
            {
                rows.Add(new(directorate?.Name ?? "", directorate?.DirectorName ?? "", centre.Code, centre.Name, centre.Kind, "", null, null));
            }

            rows.AddRange(units.Select(u => new OrganisationRowView(
                directorate?.Name ?? "", directorate?.DirectorName ?? "", centre.Code, centre.Name, centre.Kind, u.Name, u.Fte, u.Payroll)));
        }

        return rows
            .OrderBy(r => r.Directorate, StringComparer.OrdinalIgnoreCase)
            .ThenBy(r => r.CentreCode, StringComparer.Ordinal)
            .ThenBy(r => r.UnitName, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    // Every word must be found in the centre code or name, the unit, the directorate or the director.
    public static List<OrganisationRowView> Search(IEnumerable<OrganisationRowView> rows, string? text)
    {
        var words = (text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return rows.Where(r => words.All(w => r.Matches(w))).ToList();
    }

    private bool Matches(string word) =>
        new[] { CentreCode, CentreName, UnitName, Directorate, Director }
            .Any(field => field.Contains(word, StringComparison.CurrentCultureIgnoreCase));
}
