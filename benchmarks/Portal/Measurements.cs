using System.Diagnostics;
using System.Globalization;

namespace HojeTaastrup.Admin.Benchmarks.Portal;

// One request timed from outside: the median of three after a warm-up, with the SQL commands the server ran
// for it (the diagnostics endpoint's count before and after; requests are sent one at a time) and its body size.
internal sealed record Timed(double MedianMs, long SqlCommands, long Bytes)
{
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{MedianMs:0.0} ms, {SqlCommands} SQL commands, {Bytes / 1024.0:0.0} KB");
}

// A closed loop of N clients for a while: requests a second, the 99th percentile of their times, and the portal
// process's CPU time per request (user + system, all threads: what the server spent, whatever the load generator
// on the same cores spent reading the answers).
internal sealed record Throughput(double RequestsPerSecond, double P99Ms, int Failures, double ServerCpuMsPerRequest)
{
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{RequestsPerSecond:0.0} req/s, p99 {P99Ms:0.0} ms, server CPU {ServerCpuMsPerRequest:0.00} ms/req, {Failures} failed");
}

internal static class Measurements
{
    public static async Task<Timed> MedianOf3Async(HttpClient diagnostics, Func<Task<HttpResponseMessage>> request, Action<byte[]>? onBody = null, int warmUps = 1)
    {
        for (var i = 0; i < warmUps; i++)
        {
            using var warm = await request();
            var warmBody = await warm.Content.ReadAsByteArrayAsync();
            if (!warm.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"{warm.RequestMessage?.RequestUri} answered {(int)warm.StatusCode}");
            }

            onBody?.Invoke(warmBody);
        }

        var times = new List<double>();
        long commands = 0;
        long bytes = 0;
        for (var i = 0; i < 3; i++)
        {
            var before = await PortalClients.DiagnosticsCommandsAsync(diagnostics);
            var watch = Stopwatch.StartNew();
            using var response = await request();
            var body = await response.Content.ReadAsByteArrayAsync();
            watch.Stop();
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"{response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}");
            }

            onBody?.Invoke(body);
            times.Add(watch.Elapsed.TotalMilliseconds);
            commands = await PortalClients.DiagnosticsCommandsAsync(diagnostics) - before;
            bytes = body.Length;
        }

        times.Sort();
        return new Timed(times[1], commands, bytes);
    }

    // ifNoneMatch: every request sends it (a client that already has the body); a 304 then counts as an answer.
    public static async Task<Throughput> LoadAsync(
        HttpClient client, string path, int connections, TimeSpan duration, Func<TimeSpan> serverCpu, string? ifNoneMatch = null)
    {
        HttpRequestMessage Request()
        {
            var request = new HttpRequestMessage(HttpMethod.Get, path);
            if (ifNoneMatch is not null)
            {
                request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
            }

            return request;
        }

        static bool Answered(HttpResponseMessage response) => response.IsSuccessStatusCode || response.StatusCode == System.Net.HttpStatusCode.NotModified;

        // A short warm-up, so that the first requests' JIT is not in the figure.
        using (var warm = await client.SendAsync(Request()))
        {
            if (!Answered(warm))
            {
                throw new InvalidOperationException($"{path} answered {(int)warm.StatusCode}");
            }
        }

        var times = new List<double>[connections];
        var failures = 0;
        var cpuBefore = serverCpu();
        var watch = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, connections).Select(async worker =>
        {
            var mine = times[worker] = [];
            while (watch.Elapsed < duration)
            {
                var started = watch.Elapsed;
                using var request = Request();
                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead);
                mine.Add((watch.Elapsed - started).TotalMilliseconds);
                if (!Answered(response))
                {
                    Interlocked.Increment(ref failures);
                }
            }
        });
        await Task.WhenAll(workers);
        var elapsed = watch.Elapsed.TotalSeconds;
        var cpu = serverCpu() - cpuBefore;
        var all = times.SelectMany(t => t).Order().ToList();
        var p99 = all.Count == 0 ? double.NaN : all[Math.Min(all.Count - 1, (int)Math.Ceiling(all.Count * 0.99) - 1)];
        return new Throughput(all.Count / elapsed, p99, failures, all.Count == 0 ? double.NaN : cpu.TotalMilliseconds / all.Count);
    }
}
