using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace HojeTaastrup.Admin.Benchmarks;

// The import of realised amounts (issue 13): starts the real app on a real port (SQLite, demo data), a director adopts
// 100 proposals through the API, and finance imports CSV files of N rows as the finance system writes them (semicolons,
// Danish thousands, dd-mm-åååå). Prints, per size, the preview and the import time and the bytes allocated per row
// (the whole process: client, server and database), so that the cost per row can be seen to stay constant.
// Usage: dotnet run -c Release [-- <rows> ...]   (default 1000 10000 20000)
internal static class ImportBenchmark
{
    private const string Password = "Demo-kode-2010";
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static async Task Main(string[] args)
    {
        var sizes = args.Length > 0 ? args.Select(a => int.Parse(a, Invariant)).ToArray() : [1_000, 10_000, 20_000];
        var folder = Path.Combine(Path.GetTempPath(), "hta-realisation-benchmark-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            await using var app = new BenchmarkPortal(folder);
            app.UseKestrel(0);
            app.StartServer();
            var baseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
            using var director = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(5) };
            using var finance = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(5) };
            await SignInAsync(director, "direktor");
            await SignInAsync(finance, "okonomi");

            Console.WriteLine("rows     preview      import     allocated/row");
            // A first small import warms the app up and is not printed.
            foreach (var rows in sizes.Prepend(200))
            {
                var programme = await ProgrammeAsync(director, 100);
                var csv = Csv(rows, 100);
                var preview = await TimeAsync(() => PostAsync(finance, $"/api/v1/programmes/{programme}/realisation/import?preview=true", csv));
                GC.Collect();
                var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
                var import = await TimeAsync(() => PostAsync(finance, $"/api/v1/programmes/{programme}/realisation/import", csv));
                var perRow = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / rows;
                if (rows != 200)
                {
                    Console.WriteLine(string.Create(Invariant, $"{rows,6}  {preview.TotalSeconds,8:0.00} s  {import.TotalSeconds,8:0.00} s  {perRow / 1024.0,10:0.0} KB"));
                }
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

    private static async Task<string> ProgrammeAsync(HttpClient director, int proposals)
    {
        var programme = await ReadAsync(await director.PostAsJsonAsync("/api/v1/programmes", new
        {
            name = $"Benchmark {Guid.NewGuid():N}",
            firstYear = 2017,
            lastYear = 2018,
            targets = new[] { new { year = 2017, amount = 100_000_000L } },
            tracks = Array.Empty<string>(),
        }));
        for (var i = 1; i <= proposals; i++)
        {
            var proposal = await ReadAsync(await director.PostAsJsonAsync($"/api/v1/programmes/{programme.GetProperty("id")}/proposals", new
            {
                number = $"P{i}",
                title = $"Forslag {i}",
                ownerCentre = "ØAC",
                category = "Administration",
                amounts = new[] { new { year = 2017, amount = 1_000_000L } },
                milestones = Array.Empty<object>(),
            }));
            foreach (var status in new[] { "InHearing", "Adopted" })
            {
                proposal = await ReadAsync(await director.PostAsJsonAsync(
                    $"/api/v1/proposals/{proposal.GetProperty("id")}/status", new { status, version = proposal.GetProperty("version").GetInt64() }));
            }
        }

        return programme.GetProperty("id").GetString()!;
    }

    // As Danish Excel writes a finance export: "P17;2017;12.345;30-06-2017;Bilag 4711".
    private static byte[] Csv(int rows, int proposals)
    {
        var text = new StringBuilder("forslag;år;beløb;dato;note\r\n");
        for (var i = 0; i < rows; i++)
        {
            var day = new DateOnly(2017, 1, 1).AddDays(i % 365);
            text.Append(Invariant, $"P{i % proposals + 1};2017;{(1_000 + i).ToString("#,##0", CultureInfo.GetCultureInfo("da-DK"))};{day:dd-MM-yyyy};Bilag {i}\r\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static async Task PostAsync(HttpClient client, string path, byte[] csv)
    {
        using var content = new ByteArrayContent(csv);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        var response = await client.PostAsync(path, content);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    private static async Task<TimeSpan> TimeAsync(Func<Task> action)
    {
        var watch = Stopwatch.StartNew();
        await action();
        return watch.Elapsed;
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response) =>
        await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();

    private static async Task SignInAsync(HttpClient api, string userName)
    {
        var login = await api.PostAsJsonAsync("/api/v1/auth/token", new { userName, password = Password });
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }
}

internal sealed class BenchmarkPortal(string folder) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSolutionRelativeContentRoot("src/HojeTaastrup.Admin.Web");
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
