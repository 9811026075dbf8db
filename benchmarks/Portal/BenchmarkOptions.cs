using System.Globalization;

namespace HojeTaastrup.Admin.Benchmarks.Portal;

internal sealed record BenchmarkOptions(
    string App,
    IReadOnlyList<int> Sizes,
    IReadOnlyList<int> Changes,
    double Seconds,
    int Connections,
    IReadOnlyList<int> Circuits,
    IReadOnlyList<int> CircuitSizes,
    IReadOnlyList<string> CircuitPages,
    IReadOnlyList<int> TabSizes,
    int TabRounds,
    bool Demo,
    bool Lighthouse,
    bool Browsers,
    bool Compression = true)
{
    public const string Usage = """
        Usage: dotnet run -c Release --project benchmarks/Portal -- --app <published HojeTaastrup.Admin.Web.dll> [options]
          --sizes 46,500,2000,5000     units in the organisation (4 directorates, 2.3 units a centre)
          --changes 100,300            changes in the proposals; the last one is also added to
          --seconds 5                  length of each throughput run (0: none)
          --connections 16             concurrent clients in the throughput runs
          --circuits 10,50,100         browser circuits per page, opened step by step
          --circuit-sizes 46,500       the sizes at which circuits are measured
          --circuit-pages organisation,before-after,catalogue
                                       pages that hold the circuits: /organisation, the largest proposal's
                                       Før/efter tab (the seed proposal's in the demo run), /besparelser/katalog
                                       (demo run only: it needs the demo's savings)
          --tab-sizes 46,5000          sizes at which tab switching is timed on each proposal
          --tab-rounds 10              rounds of the five proposal tabs per proposal
          --no-demo                    skip the demo run (demo data: the seed proposal's tabs, the catalogue)
          --lighthouse                 Lighthouse on the sign-in page, mobile and desktop (skipped with a
                                       line when `lighthouse` is not on the PATH: npm i -g lighthouse)
          --no-browsers                skip circuits, tab switching and first-visit bytes
          --no-compression             the API clients do not accept gzip (plain JSON)
        benchmarks/run.sh publishes the portal and passes --app.
        """;

    public static BenchmarkOptions? Parse(string[] args)
    {
        var options = new BenchmarkOptions(
            "", [46, 500, 2_000, 5_000], [100, 300], 5, 16, [10, 50, 100], [46, 500], ["organisation", "before-after", "catalogue"],
            [46, 5_000], 10, true, false, true);
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--app" => options with { App = Next() },
                "--sizes" => options with { Sizes = Numbers(Next()) },
                "--changes" => options with { Changes = Numbers(Next()) },
                "--seconds" => options with { Seconds = double.Parse(Next(), CultureInfo.InvariantCulture) },
                "--connections" => options with { Connections = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--circuits" => options with { Circuits = Numbers(Next()) },
                "--circuit-sizes" => options with { CircuitSizes = Numbers(Next()) },
                "--circuit-pages" => options with { CircuitPages = Next().Split(',', StringSplitOptions.RemoveEmptyEntries) },
                "--tab-sizes" => options with { TabSizes = Numbers(Next()) },
                "--tab-rounds" => options with { TabRounds = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--no-demo" => options with { Demo = false },
                "--lighthouse" => options with { Lighthouse = true },
                "--no-browsers" => options with { Browsers = false },
                "--no-compression" => options with { Compression = false },
                _ => null,
            };
            if (options is null)
            {
                return null;
            }
        }

        return options.App.Length == 0 || !File.Exists(options.App) || options.Changes.Count == 0
            || options.CircuitPages.Except(KnownPages).Any() ? null : options;
    }

    private static readonly string[] KnownPages = ["organisation", "before-after", "catalogue"];

    private static List<int> Numbers(string list) =>
        list.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(n => int.Parse(n, CultureInfo.InvariantCulture)).ToList();
}
