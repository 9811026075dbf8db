using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace HojeTaastrup.Admin.Benchmarks.Portal;

// The portal measured from outside, as issue 10 asks: for each organisation size a fresh portal (Release
// build, SQLite in a temp folder, its own port), an imported organisation and proposals of 100 and 300 changes,
// then request times, throughput against /health/live, SQL commands per request, prerendered HTML bytes,
// the managed heap per browser circuit and the first visit's bytes. Run it through benchmarks/run.sh, which
// publishes the portal first; `--help` lists the options.
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        var options = BenchmarkOptions.Parse(args);
        if (options is null)
        {
            Console.WriteLine(BenchmarkOptions.Usage);
            return 2;
        }

        var results = new List<SizeResult>();
        IReadOnlyList<Download>? firstVisit = null;
        await using var browsers = options.Browsers && Browsers.Available ? await Browsers.StartAsync() : null;
        if (browsers is null)
        {
            Console.WriteLine("No Chromium at /usr/bin/chromium (or --no-browsers): circuits and first-visit bytes are skipped.");
        }

        foreach (var units in options.Sizes)
        {
            Console.WriteLine($"== {units} units");
            await using var portal = await PortalProcess.StartAsync(options.App);
            var run = new SizeRun(portal.Address, units, options, browsers);
            results.Add(await run.RunAsync());
            if (browsers is not null && firstVisit is null)
            {
                firstVisit = await browsers.FirstVisitAsync(portal.Address, "/account/login");
            }
        }

        Report.Print(options, results, firstVisit);
        return 0;
    }
}

// Everything measured at one size.
internal sealed record SizeResult(
    int Units,
    int Centres,
    double ImportSeconds,
    Timed ApiOrganisation,
    Timed Page,
    IReadOnlyList<(int Changes, double BuildMsPerAdd, Timed Get)> Proposals,
    Timed AddChange,
    IReadOnlyDictionary<string, Throughput> Load,
    IReadOnlyList<(int Circuits, long HeapBytes)> Circuits);

internal sealed class SizeRun(Uri address, int units, BenchmarkOptions options, Browsers? browsers)
{
    public async Task<SizeResult> RunAsync()
    {
        using var anonymous = PortalClients.Plain(address);
        using var admin = await PortalClients.ApiAsync(address, PortalProcess.AdminUser);
        await PortalClients.CreateDirectorAsync(admin);
        using var director = await PortalClients.ApiAsync(address, PortalClients.DirectorUser);

        var watch = Stopwatch.StartNew();
        await PortalClients.EnsureAsync(await admin.PostAsJsonAsync("/api/v1/organisation/import", GeneratedOrganisation.ImportBody(units, "2020-01-01")));
        var importSeconds = watch.Elapsed.TotalSeconds;
        var organisation = await PortalClients.EnsureAsync(await admin.GetAsync("/api/v1/organisation"));
        var unitRows = GeneratedOrganisation.Units(organisation);
        var centres = GeneratedOrganisation.CentresFor(units);

        var proposals = new List<(int Changes, Guid Id, double BuildMsPerAdd)>();
        foreach (var changes in options.Changes)
        {
            proposals.Add(await BuildProposalAsync(director, unitRows, centres, changes));
        }

        var (browser, cookies) = await PortalClients.SignedInBrowserAsync(address);
        using (browser)
        {
            var apiOrganisation = await Measurements.MedianOf3Async(anonymous, () => admin.GetAsync("/api/v1/organisation"));
            Console.WriteLine($"   GET /api/v1/organisation {apiOrganisation}");
            var page = await Measurements.MedianOf3Async(anonymous, () => browser.GetAsync("/organisation"));
            Console.WriteLine($"   GET /organisation {page}");
            var proposalReads = new List<(int, double, Timed)>();
            foreach (var (changes, id, buildMs) in proposals)
            {
                var read = await Measurements.MedianOf3Async(anonymous, () => director.GetAsync($"/api/v1/reorganisations/{id}"));
                Console.WriteLine($"   GET proposal with {changes} changes {read}");
                proposalReads.Add((changes, buildMs, read));
            }

            var largest = proposals[^1];
            var version = (await PortalClients.EnsureAsync(await director.GetAsync($"/api/v1/reorganisations/{largest.Id}"))).GetProperty("version").GetInt64();
            var added = largest.Changes;
            var addChange = await Measurements.MedianOf3Async(
                anonymous,
                () => director.PostAsJsonAsync($"/api/v1/reorganisations/{largest.Id}/changes", GeneratedOrganisation.MoveUnitChange(unitRows, centres, added++, version)),
                onBody: body => version = JsonDocument.Parse(body).RootElement.GetProperty("version").GetInt64());
            Console.WriteLine($"   POST a change to the proposal with {largest.Changes} {addChange}");

            var load = new Dictionary<string, Throughput>();
            if (options.Seconds > 0)
            {
                var duration = TimeSpan.FromSeconds(options.Seconds);
                foreach (var (name, client, path) in new[]
                {
                    ("health", anonymous, "/health/live"),
                    ("api", admin, "/api/v1/organisation"),
                    ("page", browser, "/organisation"),
                    ("proposal", director, $"/api/v1/reorganisations/{largest.Id}"),
                })
                {
                    load[name] = await Measurements.LoadAsync(client, path, options.Connections, duration);
                    Console.WriteLine($"   load {path}: {load[name]}");
                }
            }

            IReadOnlyList<(int, long)> circuits = [];
            if (browsers is not null && options.CircuitSizes.Contains(units))
            {
                circuits = await browsers.CircuitHeapAsync(address, cookies, "/organisation", options.Circuits, anonymous);
                Console.WriteLine("   heap: " + string.Join(", ", circuits.Select(c => $"{c.Item1} circuits {c.Item2 / 1048576.0:0.0} MB")));
            }

            return new SizeResult(units, centres, importSeconds, apiOrganisation, page, proposalReads, addChange, load, circuits);
        }
    }

    private static async Task<(int, Guid, double)> BuildProposalAsync(HttpClient director, IReadOnlyList<(Guid Id, int Centre)> units, int centres, int changes)
    {
        var created = await PortalClients.EnsureAsync(await director.PostAsJsonAsync("/api/v1/reorganisations", new
        {
            title = $"Benchmark med {changes} ændringer",
            purpose = "Måling",
            effectiveDate = "2030-01-01",
        }));
        var id = created.GetProperty("id").GetGuid();
        var version = created.GetProperty("version").GetInt64();
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < changes; i++)
        {
            var view = await PortalClients.EnsureAsync(await director.PostAsJsonAsync($"/api/v1/reorganisations/{id}/changes", GeneratedOrganisation.MoveUnitChange(units, centres, i, version)));
            version = view.GetProperty("version").GetInt64();
        }

        var msPerAdd = watch.Elapsed.TotalMilliseconds / Math.Max(1, changes);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"   proposal with {changes} changes built, {msPerAdd:0} ms per change"));
        return (changes, id, msPerAdd);
    }
}
