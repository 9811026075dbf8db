using System.Diagnostics;
using System.Globalization;
using System.Net;
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

        PortalClients.AcceptCompression = options.Compression;
        var results = new List<SizeResult>();
        IReadOnlyList<Download>? firstVisit = null;
        await using var browsers = options.Browsers && Browsers.Available ? await Browsers.StartAsync() : null;
        if (browsers is null)
        {
            Console.WriteLine("No Chromium at /usr/bin/chromium (or --no-browsers): circuits, tab switching and first-visit bytes are skipped.");
        }

        foreach (var units in options.Sizes)
        {
            Console.WriteLine($"== {units} units");
            await using var portal = await PortalProcess.StartAsync(options.App);
            var run = new SizeRun(portal.Address, units, options, browsers, portal.CpuTime);
            results.Add(await run.RunAsync());
            if (browsers is not null && firstVisit is null)
            {
                firstVisit = await browsers.FirstVisitAsync(portal.Address, "/account/login");
            }
        }

        BrowserResult? demo = null;
        if (browsers is not null && options.Demo)
        {
            Console.WriteLine("== demo data");
            await using var portal = await PortalProcess.StartAsync(options.App, demoData: true);
            demo = await DemoRun.RunAsync(portal.Address, options, browsers);
        }

        var lighthouse = new List<LighthouseResult>();
        if (options.Lighthouse)
        {
            if (Lighthouse.Executable is not { } executable)
            {
                Console.WriteLine("Lighthouse skipped: `lighthouse` is not on the PATH (npm i -g lighthouse, or LIGHTHOUSE=<path>).");
            }
            else
            {
                Console.WriteLine("== Lighthouse on /account/login");
                await using var portal = await PortalProcess.StartAsync(options.App);
                foreach (var preset in new[] { "mobile", "desktop" })
                {
                    lighthouse.Add(await Lighthouse.RunAsync(executable, new Uri(portal.Address, "/account/login"), preset));
                    Console.WriteLine("   " + lighthouse[^1]);
                }
            }
        }

        Report.Print(options, results, demo, firstVisit, lighthouse);
        return 0;
    }
}

// What the browsers measured on one portal: heap per circuit by page, and tab switching by proposal.
internal sealed record BrowserResult(
    string Organisation,
    IReadOnlyList<(string Page, IReadOnlyList<(int Circuits, long HeapBytes)> Steps)> Circuits,
    IReadOnlyList<(string Proposal, IReadOnlyList<(string Tab, double Ms)> Samples)> Tabs)
{
    public static async Task<BrowserResult> MeasureAsync(
        string organisation, Uri address, CookieContainer cookies, HttpClient diagnostics, BenchmarkOptions options, Browsers browsers,
        IReadOnlyList<CircuitPage> circuitPages, IReadOnlyList<(string Label, string Path)> tabProposals)
    {
        var tabs = new List<(string, IReadOnlyList<(string, double)>)>();
        foreach (var (label, path) in tabProposals)
        {
            var samples = await browsers.TabSwitchingAsync(address, cookies, path, options.TabRounds);
            tabs.Add((label, samples));
            Console.WriteLine($"   tabs on {label}: {Report.TabSummary(samples)}");
        }

        var circuits = new List<(string, IReadOnlyList<(int, long)>)>();
        foreach (var page in circuitPages.Where(p => options.CircuitPages.Contains(p.Name)))
        {
            var steps = await browsers.CircuitHeapAsync(address, cookies, page, options.Circuits, diagnostics);
            circuits.Add((page.Name, steps));
            Console.WriteLine($"   heap on {page.Name}: " + string.Join(", ", steps.Select(c => $"{c.Item1} circuits {c.Item2 / 1048576.0:0.0} MB")));
        }

        return new BrowserResult(organisation, circuits, tabs);
    }
}

// The portal with its demo data (46 units, the seed proposal, the savings programmes): tab switching on the seed
// proposal, circuits on the savings catalogue and on the seed proposal's Før/efter tab.
internal static class DemoRun
{
    public static async Task<BrowserResult> RunAsync(Uri address, BenchmarkOptions options, Browsers browsers)
    {
        using var anonymous = PortalClients.Plain(address);
        using var admin = await PortalClients.ApiAsync(address, PortalProcess.AdminUser);
        var proposals = await PortalClients.EnsureAsync(await admin.GetAsync("/api/v1/reorganisations"));
        var seed = proposals.EnumerateArray().First().GetProperty("id").GetGuid();
        var (browser, cookies) = await PortalClients.SignedInBrowserAsync(address);
        using (browser)
        {
            return await BrowserResult.MeasureAsync(
                "demo", address, cookies, anonymous, options, browsers,
                [
                    new CircuitPage("catalogue", "/besparelser/katalog"),
                    new CircuitPage("before-after", $"/reorganisering/{seed}", "Før/efter", "before-after"),
                ],
                [("the seed proposal", $"/reorganisering/{seed}")]);
        }
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
    BrowserResult? Browsers);

internal sealed class SizeRun(Uri address, int units, BenchmarkOptions options, Browsers? browsers, Func<TimeSpan> serverCpu)
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
                using var current = await admin.GetAsync("/api/v1/organisation");
                var etag = current.Headers.ETag?.ToString();
                foreach (var (name, client, path, ifNoneMatch) in new[]
                {
                    ("health", anonymous, "/health/live", null),
                    ("api", admin, "/api/v1/organisation", null),
                    ("api304", admin, "/api/v1/organisation", etag),
                    ("page", browser, "/organisation", null),
                    ("proposal", director, $"/api/v1/reorganisations/{largest.Id}", null),
                })
                {
                    load[name] = await Measurements.LoadAsync(client, path, options.Connections, duration, serverCpu, ifNoneMatch);
                    Console.WriteLine($"   load {path}{(ifNoneMatch is null ? "" : " (If-None-Match)")}: {load[name]}");
                }
            }

            BrowserResult? measured = null;
            var circuitPages = options.CircuitSizes.Contains(units)
                ? new[] { new CircuitPage("organisation", "/organisation"), new CircuitPage("before-after", $"/reorganisering/{largest.Id}", "Før/efter", "before-after") }
                : [];
            var tabProposals = options.TabSizes.Contains(units)
                ? proposals.Select(p => ($"{p.Changes} changes", $"/reorganisering/{p.Id}")).ToList()
                : [];
            if (browsers is not null && (circuitPages.Length > 0 || tabProposals.Count > 0))
            {
                measured = await BrowserResult.MeasureAsync($"{units} units", address, cookies, anonymous, options, browsers, circuitPages, tabProposals);
            }

            return new SizeResult(units, centres, importSeconds, apiOrganisation, page, proposalReads, addChange, load, measured);
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
