namespace HojeTaastrup.Admin.Domain.Organisation;

// How many centres, staffs and centre-level units (enheder, CentreKind.Unit) an organisation has: "16 centre og
// 4 enheder". Named UnitCentres so that "units" means the afdelinger inside centres everywhere, the API included.
public sealed record CentreCounts(int Centres, int Staffs, int UnitCentres)
{
    public int Total => Centres + Staffs + UnitCentres;

    public static CentreCounts Of(IEnumerable<CentreSnapshot> centres)
    {
        ArgumentNullException.ThrowIfNull(centres);
        var list = centres.ToList();
        return new CentreCounts(
            list.Count(c => c.Kind == CentreKind.Centre),
            list.Count(c => c.Kind == CentreKind.Staff),
            list.Count(c => c.Kind == CentreKind.Unit));
    }

    // Kinds with none are left out: "13 centre", not "13 centre, 0 stabe og 0 enheder".
    public string Describe()
    {
        var parts = new List<string>();
        AddPart(parts, CentreKind.Centre, Centres);
        AddPart(parts, CentreKind.Staff, Staffs);
        AddPart(parts, CentreKind.Unit, UnitCentres);
        return parts.Count switch
        {
            0 => "ingen centre",
            1 => parts[0],
            _ => $"{string.Join(", ", parts[..^1])} og {parts[^1]}",
        };
    }

    private static void AddPart(List<string> parts, CentreKind kind, int count)
    {
        if (count > 0)
        {
            parts.Add(CentreKindText.Count(kind, count));
        }
    }
}
