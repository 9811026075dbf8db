using System.Globalization;
using System.Text;

namespace HojeTaastrup.Admin.Benchmarks.Portal;

// The tables, in Markdown so that they can be pasted into an issue note.
internal static class Report
{
    public static void Print(
        BenchmarkOptions options, IReadOnlyList<SizeResult> results, BrowserResult? demo, IReadOnlyList<Download>? firstVisit, IReadOnlyList<LighthouseResult> lighthouse)
    {
        var text = new StringBuilder();
        text.AppendLine("\n## Request times (median of 3, ms; SQL commands per request in brackets)\n");
        var proposalHeads = string.Concat(options.Changes.Select(c => $" GET proposal {c} |"));
        Line(text, $"| units | centres | import s | GET /api/v1/organisation | /organisation page | page HTML KB |{proposalHeads} add a change ({options.Changes[^1]}) | building: ms per change added |");
        Line(text, $"|---:|---:|---:|---:|---:|---:|{string.Concat(options.Changes.Select(_ => "---:|"))}---:|---:|");
        foreach (var r in results)
        {
            var proposals = string.Concat(r.Proposals.Select(p => $" {Ms(p.Get)} |"));
            var building = string.Join(" / ", r.Proposals.Select(p => p.BuildMsPerAdd.ToString("0", CultureInfo.InvariantCulture)));
            Line(text, $"| {r.Units} | {r.Centres} | {r.ImportSeconds:0.00} | {Ms(r.ApiOrganisation)} | {Ms(r.Page)} | {r.Page.Bytes / 1024.0:0} |{proposals} {Ms(r.AddChange)} | {building} |");
        }

        if (results.Any(r => r.Load.Count > 0))
        {
            Line(text, $"\n## Throughput ({options.Connections} connections, {options.Seconds:0} s each; req/s, share of /health/live, p99 ms, the portal's CPU ms per request)\n");
            text.AppendLine("| units | /health/live | GET /api/v1/organisation | the same with If-None-Match (304) | /organisation page | GET proposal (largest) |");
            text.AppendLine("|---:|---:|---:|---:|---:|---:|");
            foreach (var r in results.Where(r => r.Load.Count > 0))
            {
                var health = r.Load["health"];
                Line(text, $"| {r.Units} | {health.RequestsPerSecond:0} (p99 {health.P99Ms:0.0}, {health.ServerCpuMsPerRequest:0.00} ms) | {Share(r.Load["api"], health)} | {Share(r.Load["api304"], health)} | {Share(r.Load["page"], health)} | {Share(r.Load["proposal"], health)} |");
            }
        }

        var browsers = results.Select(r => r.Browsers).Append(demo).OfType<BrowserResult>().ToList();
        if (browsers.Any(b => b.Circuits.Count > 0))
        {
            text.AppendLine("\n## Managed heap per idle circuit (after a full collection)\n");
            text.AppendLine("| organisation | page | heap before (MB) | circuits: heap (MB), KB per circuit from 0 | KB per circuit from the first step |");
            text.AppendLine("|---|---|---:|---|---:|");
            foreach (var b in browsers)
            {
                foreach (var (page, circuits) in b.Circuits.Where(c => c.Steps.Count > 1))
                {
                    var zero = circuits[0].HeapBytes;
                    var steps = string.Join("; ", circuits.Skip(1).Select(c => $"{c.Circuits}: {c.HeapBytes / 1048576.0:0.0}, {(c.HeapBytes - zero) / 1024.0 / c.Circuits:0}"));
                    var first = circuits[1];
                    var last = circuits[^1];
                    var slope = last.Circuits > first.Circuits ? $"{(last.HeapBytes - first.HeapBytes) / 1024.0 / (last.Circuits - first.Circuits):0}" : "-";
                    Line(text, $"| {b.Organisation} | {page} | {zero / 1048576.0:0.0} | {steps} | {slope} |");
                }
            }
        }

        if (browsers.Any(b => b.Tabs.Count > 0))
        {
            Line(text, $"\n## Switching tabs on a proposal (click → content shown, ms; {options.TabRounds} rounds of the five tabs)\n");
            text.AppendLine("| organisation | proposal | clicks | p50 | p95 | max | slowest tab: p50 / p95 |");
            text.AppendLine("|---|---|---:|---:|---:|---:|---|");
            foreach (var b in browsers)
            {
                foreach (var (proposal, samples) in b.Tabs)
                {
                    var all = samples.Select(s => s.Ms).ToList();
                    var slowest = samples.GroupBy(s => s.Tab).MaxBy(g => Percentile(g.Select(s => s.Ms).ToList(), 0.95))!;
                    var slowestTimes = slowest.Select(s => s.Ms).ToList();
                    Line(text, $"| {b.Organisation} | {proposal} | {all.Count} | {Percentile(all, 0.5):0} | {Percentile(all, 0.95):0} | {all.Max():0} | {slowest.Key}: {Percentile(slowestTimes, 0.5):0} / {Percentile(slowestTimes, 0.95):0} |");
                }
            }
        }

        if (lighthouse.Count > 0)
        {
            text.AppendLine("\n## Lighthouse on /account/login (performance)\n");
            text.AppendLine("| preset | score | LCP | FCP | total blocking time | transferred |");
            text.AppendLine("|---|---:|---:|---:|---:|---:|");
            foreach (var result in lighthouse)
            {
                text.AppendLine(result.ToString());
            }
        }

        if (firstVisit is not null)
        {
            text.AppendLine("\n## First visit to /account/login (Chromium, empty cache)\n");
            Line(text, $"{firstVisit.Count} responses, {firstVisit.Sum(d => d.WireBytes) / 1024.0:0} KB on the wire, {firstVisit.Sum(d => d.DecodedBytes) / 1024.0:0} KB decoded.\n");
            text.AppendLine("```");
            foreach (var download in firstVisit.OrderByDescending(d => d.WireBytes))
            {
                text.AppendLine(download.ToString());
            }

            text.AppendLine("```");
        }

        Console.WriteLine(text);
    }

    public static string TabSummary(IReadOnlyList<(string Tab, double Ms)> samples)
    {
        var all = samples.Select(s => s.Ms).ToList();
        return string.Create(CultureInfo.InvariantCulture, $"{all.Count} clicks, p50 {Percentile(all, 0.5):0} ms, p95 {Percentile(all, 0.95):0} ms");
    }

    // The nearest-rank percentile.
    private static double Percentile(IReadOnlyList<double> values, double share)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(sorted.Count * share) - 1, 0, sorted.Count - 1)];
    }

    private static string Ms(Timed timed) => string.Create(CultureInfo.InvariantCulture, $"{timed.MedianMs:0.0} ({timed.SqlCommands})");

    private static string Share(Throughput load, Throughput health) =>
        string.Create(CultureInfo.InvariantCulture, $"{load.RequestsPerSecond:0.0} ({100 * load.RequestsPerSecond / health.RequestsPerSecond:0.0} %, p99 {load.P99Ms:0}, {load.ServerCpuMsPerRequest:0.00} ms)");

    private static void Line(StringBuilder text, FormattableString line) => text.AppendLine(line.ToString(CultureInfo.InvariantCulture));
}
