using System.Globalization;
using System.Text.Json;

namespace HojeTaastrup.Admin.Benchmarks.Portal;

// An organisation of the demo's shape scaled up: 4 directorates, centres and units scaled together
// (the demo has 20 centres for 46 units, 2.3 units a centre), in the JSON that the import reads.
internal static class GeneratedOrganisation
{
    public const int Directorates = 4;

    public static int CentresFor(int units) => Math.Max(1, (int)Math.Round(units / 2.3));

    public static object ImportBody(int units, string effectiveFrom)
    {
        var centres = CentresFor(units);
        var directorates = Enumerable.Range(1, Directorates).Select(d => new { name = $"Direktørområde {d}", director = $"Direktør {d}" }).ToList();
        var centreRows = Enumerable.Range(0, centres)
            .Select(c => new { code = Code(c), name = $"Center {c}", directorate = directorates[c % Directorates].name, kind = "Centre" })
            .ToList();
        var unitRows = Enumerable.Range(0, units)
            .Select(u => new { name = $"Afdeling {u}", centre = Code(u % centres), fte = 12.5m, payroll = 5_400_000L })
            .ToList();
        return new { effectiveFrom, source = "Benchmark", directorates, centres = centreRows, units = unitRows };
    }

    // The i-th of n MoveUnit changes: unit i mod units, each time it comes round one centre further on, so that no
    // move is without effect (a unit never moves to where it already is) while there are more centres than rounds.
    public static object MoveUnitChange(IReadOnlyList<(Guid Id, int Centre)> units, int centres, int i, long version)
    {
        var (id, centre) = units[i % units.Count];
        var round = i / units.Count;
        var toCentre = Code((centre + round + 1) % centres);
        return new { kind = "MoveUnit", unit = id, toCentre, rationale = $"Benchmark-ændring {i}", version };
    }

    // Each unit's key and the number of its centre (C17 → 17), as GET /api/v1/organisation gives them.
    public static IReadOnlyList<(Guid Id, int Centre)> Units(JsonElement organisation) =>
        organisation.GetProperty("units").EnumerateArray()
            .Select(u => (u.GetProperty("id").GetGuid(), int.Parse(u.GetProperty("centre").GetString()![1..], CultureInfo.InvariantCulture)))
            .ToList();

    private static string Code(int centre) => "C" + centre.ToString(CultureInfo.InvariantCulture);
}
