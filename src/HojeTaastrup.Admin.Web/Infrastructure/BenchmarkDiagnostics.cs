using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace HojeTaastrup.Admin.Web.Infrastructure;

// What benchmarks/Portal reads from inside the process: the managed heap after a full collection (for the memory
// a circuit holds) and how many SQL commands EF Core has run (for the commands a request costs).
// Only with Benchmark:Diagnostics=true, never in Production, and only from this machine: a full collection on
// demand would let anyone stall the server.
public static class BenchmarkDiagnostics
{
    public const string Path = "/benchmark/diagnostics";

    public sealed record DiagnosticsView(long HeapBytes, long SqlCommands, long WorkingSetBytes);

    public static bool IsEnabled(IConfiguration configuration, IHostEnvironment environment) =>
        configuration.GetValue("Benchmark:Diagnostics", false) && !environment.IsProduction();

    public static WebApplication MapBenchmarkDiagnostics(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!IsEnabled(app.Configuration, app.Environment))
        {
            return app;
        }

        var commands = new SqlCommandCount();
        DiagnosticListener.AllListeners.Subscribe(commands);
        // ?collect=true: the heap after a full, blocking collection (what is live), otherwise as it stands.
        app.MapGet(Path, (HttpContext context, bool? collect) =>
            {
                if (context.Connection.RemoteIpAddress is not { } remote || !IPAddress.IsLoopback(remote))
                {
                    return Results.NotFound();
                }

                var heap = GC.GetTotalMemory(forceFullCollection: collect == true);
                using var process = Process.GetCurrentProcess();
                return Results.Ok(new DiagnosticsView(heap, commands.Count, process.WorkingSet64));
            })
            .AllowAnonymous()
            .ExcludeFromDescription();
        return app;
    }

    // EF Core's diagnostic events arrive whatever the logging level is.
    private sealed class SqlCommandCount : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
    {
        private long _count;

        public long Count => Interlocked.Read(ref _count);

        public void OnNext(DiagnosticListener value)
        {
            if (value.Name == DbLoggerCategory.Name)
            {
                value.Subscribe(this, name => name == RelationalEventId.CommandExecuted.Name);
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Value is CommandExecutedEventData)
            {
                Interlocked.Increment(ref _count);
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }
    }
}
