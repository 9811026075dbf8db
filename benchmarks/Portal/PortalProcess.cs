using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace HojeTaastrup.Admin.Benchmarks.Portal;

// The portal's Release build as its own process on a free port, with a fresh SQLite file in a temp folder.
// "Staging": the Production pipeline (static assets from the publish manifest, no demo data unless asked, exception page)
// with cookies that may travel over plain HTTP and the benchmark's diagnostics endpoint allowed.
internal sealed class PortalProcess : IAsyncDisposable
{
    public const string AdminUser = "benchmark";
    public const string Password = "Benchmark-kode-2026";

    private readonly Process _process;
    private readonly string _folder;

    private PortalProcess(Process process, string folder, Uri address)
    {
        _process = process;
        _folder = folder;
        Address = address;
    }

    public Uri Address { get; }

    public int ProcessId => _process.Id;

    // The portal's CPU time so far (all threads, user and system).
    public TimeSpan CpuTime()
    {
        _process.Refresh();
        return _process.TotalProcessorTime;
    }

    public static async Task<PortalProcess> StartAsync(string appDll, bool demoData = false)
    {
        var folder = Path.Combine(Path.GetTempPath(), "hta-portal-benchmark-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var port = FreePort();
        var address = new Uri($"http://127.0.0.1:{port}/");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(Path.GetFullPath(appDll))!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.GetFullPath(appDll));
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Staging",
            ["ASPNETCORE_URLS"] = address.ToString().TrimEnd('/'),
            ["Database__Provider"] = "Sqlite",
            ["ConnectionStrings__Admin"] = $"Data Source={Path.Combine(folder, "admin.db")}",
            ["DataProtection__KeysFolder"] = Path.Combine(folder, "keys"),
            ["Bootstrap__AdminUserName"] = AdminUser,
            ["Bootstrap__AdminPassword"] = Password,
            ["Benchmark__Diagnostics"] = "true",
            ["Serilog__MinimumLevel__Default"] = "Warning",
            ["Serilog__MinimumLevel__Override__Serilog.AspNetCore.RequestLoggingMiddleware"] = "Warning",
            ["Serilog__WriteTo__1__Args__path"] = Path.Combine(folder, "logs", "admin-.log"),
        };
        if (demoData)
        {
            // The demo's organisation, seed proposal, savings, hearings and realisation (Development's data).
            environment["DemoData__Enabled"] = "true";
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("The portal did not start.");
        process.OutputDataReceived += (_, e) => Echo(e.Data);
        process.ErrorDataReceived += (_, e) => Echo(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var portal = new PortalProcess(process, folder, address);
        await portal.WaitUntilLiveAsync();
        return portal;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A log file may still be closing; the temp folder is cleaned by the system.
        }
    }

    private async Task WaitUntilLiveAsync()
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The portal exited with {_process.ExitCode} during start-up.");
            }

            try
            {
                if ((await client.GetAsync("/health/live")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException("The portal did not answer /health/live within two minutes.");
    }

    // Warnings and errors of the portal are worth seeing; its start-up banner is not.
    private static void Echo(string? line)
    {
        if (line is not null && (line.Contains("[WRN]", StringComparison.Ordinal) || line.Contains("[ERR]", StringComparison.Ordinal) || line.Contains("fail", StringComparison.Ordinal)))
        {
            Console.Error.WriteLine("  portal: " + line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
