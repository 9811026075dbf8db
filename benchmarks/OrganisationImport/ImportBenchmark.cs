using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;

namespace HojeTaastrup.Admin.Benchmarks;

// Imports organisations of growing size as CSV through POST /api/v1/organisation/import (the real app
// on a fresh SQLite file, in memory over HTTP) and prints the time each takes. A linear import keeps
// seconds per 10,000 lines about flat. Usage: dotnet run -c Release [-- 2000 8000 32000 50000]
internal static class ImportBenchmark
{
    private const string Password = "Benchmark-kode-2026";

    public static async Task Main(string[] args)
    {
        var sizes = args.Length > 0 ? args.Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : [2_000, 8_000, 32_000, 50_000];
        var folder = Path.Combine(Path.GetTempPath(), "hta-import-benchmark-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            await using var app = new BenchmarkApp(folder, Password);
            using var client = app.CreateClient();
            client.Timeout = TimeSpan.FromMinutes(10);
            var login = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "benchmark", password = Password });
            login.EnsureSuccessStatusCode();
            var token = (await login.Content.ReadFromJsonAsync<TokenDto>())!.Token;
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

            Console.WriteLine($"{"lines",8} {"bytes",10} {"seconds",8} {"µs/line",8}  status");
            var year = 2030;
            foreach (var lines in sizes)
            {
                var csv = Csv(lines);
                var content = new StringContent(csv, Encoding.UTF8, "text/csv");
                var watch = Stopwatch.StartNew();
                var response = await client.PostAsync($"/api/v1/organisation/import?effectiveFrom={year++}-01-01", content);
                watch.Stop();
                Console.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{lines,8} {Encoding.UTF8.GetByteCount(csv),10} {watch.Elapsed.TotalSeconds,8:0.00} {watch.Elapsed.TotalMilliseconds * 1000 / lines,8:0}  {(int)response.StatusCode}"));
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    // 10 directorates, 100 units per centre: the shape of a large municipality, repeated.
    private static string Csv(int lines)
    {
        var csv = new StringBuilder("direktørområde;direktør;centerkode;centernavn;type;afdeling;årsværk;lønsum\n");
        for (var i = 0; i < lines; i++)
        {
            var centre = i / 100;
            csv.Append(CultureInfo.InvariantCulture, $"Direktørområde {centre % 10};Direktør {centre % 10};C{centre};Center {centre};center;Afdeling {i};12,5;5.400.000\n");
        }

        return csv.ToString();
    }
}

internal sealed record TokenDto(string Token);

internal sealed class BenchmarkApp(string folder, string password) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSolutionRelativeContentRoot("src/HojeTaastrup.Admin.Web");
        builder.UseEnvironment("Production");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Admin", $"Data Source={Path.Combine(folder, "admin.db")}");
        builder.UseSetting("DataProtection:KeysFolder", Path.Combine(folder, "keys"));
        builder.UseSetting("Bootstrap:AdminUserName", "benchmark");
        builder.UseSetting("Bootstrap:AdminPassword", password);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Serilog:MinimumLevel:Override:Microsoft.AspNetCore.HttpLogging.HttpLoggingMiddleware", "Warning");
    }
}
