using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace HojeTaastrup.Admin.Benchmarks;

// The savings catalogue at 2,000 proposals (issue 11): starts the real app on a real port (SQLite, demo data),
// writes the proposals through the API as a director, and prints the prerendered HTML of /besparelser/katalog,
// the managed heap each open browser circuit on it keeps, and the time a filter takes (API and in the browser).
// Usage: dotnet run -c Release [-- <proposals> <circuits>]   (defaults 2000 and 20; Chromium at /usr/bin/chromium)
internal static class CatalogueBenchmark
{
    private const string Password = "Demo-kode-2010";
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static async Task Main(string[] args)
    {
        var proposals = args.Length > 0 ? int.Parse(args[0], Invariant) : 2_000;
        var circuits = args.Length > 1 ? int.Parse(args[1], Invariant) : 20;
        // A third argument measures the circuits on another page instead (e.g. "/" for the layout alone).
        var circuitPage = args.Length > 2 ? args[2] : "/besparelser/katalog";
        var folder = Path.Combine(Path.GetTempPath(), "hta-catalogue-benchmark-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            await using var app = new BenchmarkPortal(folder);
            app.UseKestrel(0);
            app.StartServer();
            var baseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
            using var api = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(5) };
            await SignInAsync(api, "direktor");

            var watch = Stopwatch.StartNew();
            var programme = await SeedAsync(api, proposals);
            Console.WriteLine(string.Create(Invariant, $"seeded {proposals} proposals through the API in {watch.Elapsed.TotalSeconds:0.0} s"));

            var filterTimes = new List<double>();
            for (var i = 0; i < 7; i++)
            {
                var filter = Stopwatch.StartNew();
                var response = await api.GetAsync($"/api/v1/proposals?programme={programme}&statuses=InHearing&hasUnknownAmounts=true&pageSize=25&page=0");
                response.EnsureSuccessStatusCode();
                await response.Content.ReadAsByteArrayAsync();
                filterTimes.Add(filter.Elapsed.TotalMilliseconds);
            }

            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = "/usr/bin/chromium",
                Headless = true,
                Args = ["--no-sandbox", "--disable-dev-shm-usage"],
            });
            var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseAddress.ToString(), Locale = "da-DK" });
            var first = await context.NewPageAsync();
            await SignInAsync(first, "okonomi");

            var html = await (await context.APIRequest.GetAsync("/besparelser/katalog")).BodyAsync();
            var gzipped = Gzip(html);

            await first.GotoAsync("/besparelser/katalog");
            await first.WaitForSelectorAsync("table tbody tr");
            var browserFilter = await BrowserFilterAsync(first);

            var before = HeapAfterCollect();
            var pages = new List<IPage>();
            for (var i = 0; i < circuits; i++)
            {
                var page = await context.NewPageAsync();
                await page.GotoAsync(circuitPage);
                await page.WaitForSelectorAsync("[data-interactive='true']");
                pages.Add(page);
            }

            await Task.Delay(1000);
            var after = HeapAfterCollect();

            Console.WriteLine();
            Console.WriteLine($"{"measure",-44} {"value",14}  goal");
            Row("prerendered HTML of /besparelser/katalog", $"{html.Length / 1024.0:0.0} KB", "< 300 KB");
            Row("  the same, gzip", $"{gzipped / 1024.0:0.0} KB", string.Empty);
            Row($"managed heap per circuit on {circuitPage} ({circuits})", $"{(after - before) / (double)circuits / 1024:0} KB", "< 1 MB");
            Row("filter through the API, median of 7", $"{Median(filterTimes):0.0} ms", string.Empty);
            Row("filter in the browser (select → rows)", $"{browserFilter:0} ms", string.Empty);
            // HOLD_SECONDS keeps the circuits open for a heap dump (dotnet-gcdump collect -p <pid>).
            if (int.TryParse(Environment.GetEnvironmentVariable("HOLD_SECONDS"), out var hold))
            {
                Console.WriteLine($"holding the circuits open for {hold} s (pid {Environment.ProcessId})");
                await Task.Delay(TimeSpan.FromSeconds(hold));
            }

            foreach (var page in pages)
            {
                await page.CloseAsync();
            }
        }
        finally
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private static void Row(string measure, string value, string goal) => Console.WriteLine($"{measure,-44} {value,14}  {goal}");

    private static long HeapAfterCollect()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    private static long Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return output.Length;
    }

    private static async Task SignInAsync(HttpClient api, string userName)
    {
        var login = await api.PostAsJsonAsync("/api/v1/auth/token", new { userName, password = Password });
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }

    private static async Task SignInAsync(IPage page, string userName)
    {
        await page.GotoAsync("/account/login");
        await page.GetByLabel("Brugernavn").FillAsync(userName);
        await page.GetByLabel("Adgangskode").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log ind" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.OrdinalIgnoreCase));
    }

    // The time from choosing a status filter to the grid showing the filtered rows.
    private static async Task<double> BrowserFilterAsync(IPage page)
    {
        var watch = Stopwatch.StartNew();
        await page.GetByLabel("Har ukendte beløb").CheckAsync();
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('table tbody tr')].length > 0 && document.body.innerText.includes('ukendt')");
        return watch.Elapsed.TotalMilliseconds;
    }

    // A programme 2021–2024 and `count` proposals: a quarter with an unknown amount, a quarter uncertain, some with
    // an alternative, owner centres from the organisation in force, half of them sent to hearing.
    private static async Task<string> SeedAsync(HttpClient api, int count)
    {
        var organisation = await api.GetFromJsonAsync<JsonElement>("/api/v1/organisation");
        var centres = organisation.GetProperty("centres").EnumerateArray().Select(c => c.GetProperty("code").GetString()!).ToArray();
        var created = await api.PostAsJsonAsync("/api/v1/programmes", new
        {
            name = "Benchmark 2.000 forslag",
            firstYear = 2021,
            lastYear = 2024,
            targets = Enumerable.Range(2021, 4).Select(y => new { year = y, amount = 370_000_000L }),
        });
        created.EnsureSuccessStatusCode();
        var programme = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

        await Parallel.ForEachAsync(Enumerable.Range(1, count), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, token) =>
        {
            var response = await api.PostAsJsonAsync($"/api/v1/programmes/{programme}/proposals", new
            {
                number = i.ToString(Invariant),
                title = $"Effektivisering nr. {i} af administrative arbejdsgange",
                description = "- Kortlægge opgaven\n- Udkast til organisering\n- Effektivisering fra næste budgetår",
                ownerCentre = centres[i % centres.Length],
                responsible = "Centerchefen",
                category = i % 3 == 0 ? "CitizenFacing" : "Administration",
                amounts = Enumerable.Range(2021, 4).Select(y => new
                {
                    year = y,
                    amount = i % 4 == 0 && y == 2021 ? (long?)null : 250_000L * (1 + (i % 7)),
                    uncertain = i % 4 == 1,
                    alternative = i % 10 == 5 ? 400_000L * (1 + (i % 7)) : (long?)null,
                }),
                milestones = new[] { new { date = "2021-03-01", text = "Udkast forelægges", done = false } },
            }, token);
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"Proposal {i}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(token)}");
            }

            if (i % 2 == 0)
            {
                var proposal = await response.Content.ReadFromJsonAsync<JsonElement>(token);
                var status = await api.PostAsJsonAsync($"/api/v1/proposals/{proposal.GetProperty("id").GetString()}/status",
                    new { status = "InHearing", version = proposal.GetProperty("version").GetInt64() }, token);
                status.EnsureSuccessStatusCode();
            }
        });
        return programme;
    }
}

internal sealed class BenchmarkPortal(string folder) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSolutionRelativeContentRoot("src/HojeTaastrup.Admin.Web");
        // Development serves the static web assets from the build output, as in the browser tests.
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Admin", $"Data Source={Path.Combine(folder, "admin.db")}");
        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.UseSetting("DemoData:Enabled", "true");
        builder.UseSetting("DataProtection:KeysFolder", Path.Combine(folder, "keys"));
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        foreach (var source in new[] { "Microsoft", "Microsoft.AspNetCore", "Serilog.AspNetCore.RequestLoggingMiddleware", "System" })
        {
            builder.UseSetting($"Serilog:MinimumLevel:Override:{source}", "Warning");
        }
    }
}
