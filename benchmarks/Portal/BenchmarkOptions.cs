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
    bool Browsers)
{
    public const string Usage = """
        Usage: dotnet run -c Release --project benchmarks/Portal -- --app <published HojeTaastrup.Admin.Web.dll> [options]
          --sizes 46,500,2000,5000     units in the organisation (4 directorates, 2.3 units a centre)
          --changes 100,300            changes in the proposals; the last one is also added to
          --seconds 5                  length of each throughput run (0: none)
          --connections 16             concurrent clients in the throughput runs
          --circuits 10,25,50          browser circuits on /organisation, opened step by step
          --circuit-sizes 46,500       the sizes at which circuits are measured
          --no-browsers                skip circuits and first-visit bytes
        benchmarks/run.sh publishes the portal and passes --app.
        """;

    public static BenchmarkOptions? Parse(string[] args)
    {
        var options = new BenchmarkOptions("", [46, 500, 2_000, 5_000], [100, 300], 5, 16, [10, 25, 50], [46, 500], true);
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
                "--no-browsers" => options with { Browsers = false },
                _ => null,
            };
            if (options is null)
            {
                return null;
            }
        }

        return options.App.Length == 0 || !File.Exists(options.App) || options.Changes.Count == 0 ? null : options;
    }

    private static List<int> Numbers(string list) =>
        list.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(n => int.Parse(n, CultureInfo.InvariantCulture)).ToList();
}
