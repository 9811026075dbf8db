using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace HojeTaastrup.Admin.Benchmarks.Portal;

// Lighthouse (the npm package's CLI, e.g. `npm i -g lighthouse`) on a page of the running portal with Debian's
// Chromium (CHROME_PATH): the performance score, Largest Contentful Paint and the bytes transferred, under the
// default mobile throttling and under the desktop preset.
internal static class Lighthouse
{
    public static string? Executable =>
        Environment.GetEnvironmentVariable("LIGHTHOUSE") is { Length: > 0 } configured
            ? configured
            : (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
                .Select(folder => Path.Combine(folder, "lighthouse"))
                .FirstOrDefault(File.Exists);

    public static async Task<LighthouseResult> RunAsync(string executable, Uri page, string preset)
    {
        var report = Path.Combine(Path.GetTempPath(), $"hta-lighthouse-{Guid.NewGuid():N}.json");
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            page.ToString(),
            "--only-categories=performance",
            "--output=json",
            $"--output-path={report}",
            "--quiet",
            "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage",
        })
        {
            start.ArgumentList.Add(argument);
        }

        if (preset == "desktop")
        {
            start.ArgumentList.Add("--preset=desktop");
        }

        start.Environment["CHROME_PATH"] = Environment.GetEnvironmentVariable("CHROME_PATH") ?? "/usr/bin/chromium";
        try
        {
            using var process = Process.Start(start) ?? throw new InvalidOperationException("Lighthouse did not start.");
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            if (process.ExitCode != 0 || !File.Exists(report))
            {
                var text = await errors + await output;
                throw new InvalidOperationException($"Lighthouse ({preset}) exited with {process.ExitCode}: {text[..Math.Min(text.Length, 600)]}");
            }

            using var json = JsonDocument.Parse(await File.ReadAllBytesAsync(report));
            var root = json.RootElement;
            var audits = root.GetProperty("audits");
            return new LighthouseResult(
                preset,
                root.GetProperty("categories").GetProperty("performance").GetProperty("score").GetDouble() * 100,
                audits.GetProperty("largest-contentful-paint").GetProperty("numericValue").GetDouble(),
                audits.GetProperty("first-contentful-paint").GetProperty("numericValue").GetDouble(),
                audits.GetProperty("total-blocking-time").GetProperty("numericValue").GetDouble(),
                audits.GetProperty("total-byte-weight").GetProperty("numericValue").GetDouble());
        }
        finally
        {
            File.Delete(report);
        }
    }
}

internal sealed record LighthouseResult(string Preset, double Score, double LcpMs, double FcpMs, double TbtMs, double TransferredBytes)
{
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"| {Preset} | {Score:0} | {LcpMs / 1000:0.0} s | {FcpMs / 1000:0.0} s | {TbtMs:0} ms | {TransferredBytes / 1024:0} KB |");
}
