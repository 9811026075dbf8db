using HojeTaastrup.Admin.Domain.Common;
using HojeTaastrup.Admin.Domain.Organisation;

namespace HojeTaastrup.Admin.Domain.Reorganisation;

// The organisation while the planner applies changes one by one. It remembers what earlier changes
// removed, so that a later reference can say why a centre or unit is gone.
internal sealed class WorkingOrganisation
{
    private readonly IReadOnlyList<DirectorateSnapshot> _directorates;
    private readonly List<CentreSnapshot> _centres;
    private readonly List<UnitSnapshot> _units;
    private readonly Dictionary<string, string> _departedCodes = new(StringComparer.Ordinal);
    private readonly Dictionary<Guid, string> _departedUnits = [];

    // Units per centre key, kept up to date by every change to _units: which centres are empty is asked
    // twice per change, and counting the units each time grew with centres × units × changes.
    private readonly Dictionary<Guid, int> _unitCounts = [];

    public WorkingOrganisation(OrganisationStructure baseline)
    {
        _directorates = baseline.Directorates;
        _centres = [.. baseline.Centres];
        _units = [.. baseline.Units];
        foreach (var unit in _units)
        {
            Count(unit.CentreKey, +1);
        }
    }

    public IReadOnlyList<CentreSnapshot> Centres => _centres;

    public DirectorateSnapshot? FindDirectorate(Guid key) => _directorates.FirstOrDefault(d => d.Key == key);

    // Codes are normalised (upper case) before they get here.
    public CentreSnapshot? FindCentre(string code) => _centres.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.Ordinal));

    public string? WhyCodeGone(string code) => _departedCodes.GetValueOrDefault(code);

    public UnitSnapshot? FindUnit(Guid key) => _units.FirstOrDefault(u => u.Key == key);

    public string? WhyUnitGone(Guid key) => _departedUnits.GetValueOrDefault(key);

    public List<UnitSnapshot> UnitsOf(Guid centreKey) => _units.Where(u => u.CentreKey == centreKey).ToList();

    public HashSet<Guid> EmptyCentreKeys() => _centres.Where(c => _unitCounts.GetValueOrDefault(c.Key) == 0).Select(c => c.Key).ToHashSet();

    public void AddCentre(CentreSnapshot centre) => _centres.Add(centre);

    // whyOldCodeGone explains the old code to later changes when the code changes ("omdøbt til …").
    public void ReplaceCentre(CentreSnapshot centre, string whyOldCodeGone)
    {
        var index = _centres.FindIndex(c => c.Key == centre.Key);
        var oldCode = _centres[index].Code;
        if (!string.Equals(oldCode, centre.Code, StringComparison.Ordinal))
        {
            _departedCodes[oldCode] = whyOldCodeGone;
        }

        _centres[index] = centre;
    }

    public void RemoveCentre(CentreSnapshot centre, string why)
    {
        _centres.RemoveAll(c => c.Key == centre.Key);
        _departedCodes[centre.Code] = why;
    }

    public void AddUnit(UnitSnapshot unit)
    {
        _units.Add(unit);
        Count(unit.CentreKey, +1);
    }

    public void ReplaceUnit(UnitSnapshot unit)
    {
        var index = _units.FindIndex(u => u.Key == unit.Key);
        Count(_units[index].CentreKey, -1);
        _units[index] = unit;
        Count(unit.CentreKey, +1);
    }

    // A unit left with no FTE and no payroll has been used up and ceases to exist.
    public void TakeFromUnit(UnitSnapshot unit, decimal fte, Money payroll, string whyGoneWhenEmpty)
    {
        var rest = unit with { Fte = unit.Fte - fte, Payroll = unit.Payroll - payroll };
        if (rest.Fte == 0 && rest.Payroll.IsZero)
        {
            foreach (var removed in _units.Where(u => u.Key == unit.Key))
            {
                Count(removed.CentreKey, -1);
            }

            _units.RemoveAll(u => u.Key == unit.Key);
            _departedUnits[unit.Key] = whyGoneWhenEmpty;
        }
        else
        {
            ReplaceUnit(rest);
        }
    }

    public OrganisationStructure ToStructure() => new(_directorates, _centres.ToList(), _units.ToList());

    private void Count(Guid centreKey, int delta) => _unitCounts[centreKey] = _unitCounts.GetValueOrDefault(centreKey) + delta;
}
