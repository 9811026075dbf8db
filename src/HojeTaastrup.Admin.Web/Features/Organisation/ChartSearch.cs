using HojeTaastrup.Admin.Domain.Organisation;

namespace HojeTaastrup.Admin.Web.Features.Organisation;

// What a search in the organisation chart finds: centres whose code or name has every word, and units whose
// name has every word. The chart shows only those centres and the centres of those units, and opens the latter
// (with their directorates), so a unit is found also when its centre was closed.
public sealed class ChartSearch
{
    private readonly HashSet<Guid> _shown = [];
    private readonly HashSet<Guid> _foundUnits = [];
    private readonly HashSet<Guid> _opened = [];

    private ChartSearch(string text) => Text = text;

    public string Text { get; }

    // Centres shown: found themselves or holding a unit found.
    public int Centres => _shown.Count;

    public int Units => _foundUnits.Count;

    // Directorates and centres to open so that what was found is seen.
    public IEnumerable<Guid> Opened => _opened;

    // Null when there is nothing to search for: the chart shows everything.
    public static ChartSearch? For(OrganisationStructure structure, string? text)
    {
        ArgumentNullException.ThrowIfNull(structure);
        var words = (text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length == 0)
        {
            return null;
        }

        var search = new ChartSearch(text!);
        foreach (var unit in structure.Units.Where(u => HasAll(words, u.Name)))
        {
            search._foundUnits.Add(unit.Key);
            search._shown.Add(unit.CentreKey);
            search._opened.Add(unit.CentreKey);
        }

        foreach (var centre in structure.Centres)
        {
            if (HasAll(words, centre.Code, centre.Name))
            {
                search._shown.Add(centre.Key);
            }

            if (search._shown.Contains(centre.Key))
            {
                search._opened.Add(centre.DirectorateKey);
            }
        }

        return search;
    }

    public bool Shows(Guid centreKey) => _shown.Contains(centreKey);

    public bool Found(Guid unitKey) => _foundUnits.Contains(unitKey);

    private static bool HasAll(string[] words, params string[] fields) =>
        words.All(word => fields.Any(field => field.Contains(word, StringComparison.CurrentCultureIgnoreCase)));
}
