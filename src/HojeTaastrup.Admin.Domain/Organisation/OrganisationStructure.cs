using System.Runtime.CompilerServices;
using HojeTaastrup.Admin.Domain.Common;

namespace HojeTaastrup.Admin.Domain.Organisation;

// An immutable picture of the organisation on one day: what the calculations work on, and what
// a reorganisation proposal keeps as its baseline (persisted as JSON). Helpers are methods, not
// properties, so that a JSON snapshot holds the data only.
public sealed record OrganisationStructure(
    IReadOnlyList<DirectorateSnapshot> Directorates,
    IReadOnlyList<CentreSnapshot> Centres,
    IReadOnlyList<UnitSnapshot> Units)
{
    public static OrganisationStructure Empty { get; } = new([], [], []);

    // Lookups go through an index built once per structure: a linear search per lookup made the chart, the
    // planner and the impact grow with centres × units (issue 10).
    public DirectorateSnapshot? FindDirectorate(Guid key) => Index().Directorates.GetValueOrDefault(key);

    public CentreSnapshot? FindCentre(Guid key) => Index().Centres.GetValueOrDefault(key);

    // Codes are compared without regard to case: "øac" finds ØAC.
    public CentreSnapshot? FindCentre(string code) => code is null ? null : Index().CentresByCode.GetValueOrDefault(code.Trim());

    public UnitSnapshot? FindUnit(Guid key) => Index().Units.GetValueOrDefault(key);

    public IEnumerable<CentreSnapshot> CentresOf(Guid directorateKey) => Index().CentresOf.GetValueOrDefault(directorateKey) ?? [];

    public IEnumerable<UnitSnapshot> UnitsOf(Guid centreKey) => Index().UnitsOf.GetValueOrDefault(centreKey) ?? [];

    public decimal FteOfCentre(Guid centreKey) => UnitsOf(centreKey).Sum(u => u.Fte);

    public Money PayrollOfCentre(Guid centreKey) => Money.Sum(UnitsOf(centreKey).Select(u => u.Payroll));

    public decimal FteOfDirectorate(Guid directorateKey) => CentresOf(directorateKey).Sum(c => FteOfCentre(c.Key));

    public Money PayrollOfDirectorate(Guid directorateKey) =>
        Money.Sum(CentresOf(directorateKey).Select(c => PayrollOfCentre(c.Key)));

    public decimal TotalFte() => Units.Sum(u => u.Fte);

    public Money TotalPayroll() => Money.Sum(Units.Select(u => u.Payroll));

    public CentreCounts CountCentres() => CentreCounts.Of(Centres);

    private StructureIndex Index()
    {
        // Kept beside the record rather than in it, so that equality, `with` and the JSON stay the data alone.
        var index = Indexes.GetValue(this, static structure => new StructureIndex(structure));
        if (!index.Fits(this))
        {
            // The lists were changed after the index was built (a caller's own list): build it again.
            index = new StructureIndex(this);
            Indexes.AddOrUpdate(this, index);
        }

        return index;
    }

    private static readonly ConditionalWeakTable<OrganisationStructure, StructureIndex> Indexes = [];

    // The first of each key or code wins, as a search from the start would find it.
    private sealed class StructureIndex
    {
        public StructureIndex(OrganisationStructure structure)
        {
            _counts = (structure.Directorates.Count, structure.Centres.Count, structure.Units.Count);
            foreach (var directorate in structure.Directorates)
            {
                Directorates.TryAdd(directorate.Key, directorate);
            }

            foreach (var centre in structure.Centres)
            {
                Centres.TryAdd(centre.Key, centre);
                CentresByCode.TryAdd(centre.Code, centre);
                Add(CentresOf, centre.DirectorateKey, centre);
            }

            foreach (var unit in structure.Units)
            {
                Units.TryAdd(unit.Key, unit);
                Add(UnitsOf, unit.CentreKey, unit);
            }
        }

        private readonly (int, int, int) _counts;

        public Dictionary<Guid, DirectorateSnapshot> Directorates { get; } = [];

        public Dictionary<Guid, CentreSnapshot> Centres { get; } = [];

        public Dictionary<string, CentreSnapshot> CentresByCode { get; } = new(StringComparer.OrdinalIgnoreCase);

        public Dictionary<Guid, List<CentreSnapshot>> CentresOf { get; } = [];

        public Dictionary<Guid, UnitSnapshot> Units { get; } = [];

        public Dictionary<Guid, List<UnitSnapshot>> UnitsOf { get; } = [];

        public bool Fits(OrganisationStructure structure) =>
            _counts == (structure.Directorates.Count, structure.Centres.Count, structure.Units.Count);

        private static void Add<T>(Dictionary<Guid, List<T>> lists, Guid key, T item)
        {
            if (!lists.TryGetValue(key, out var list))
            {
                lists[key] = list = [];
            }

            list.Add(item);
        }
    }
}
