using HojeTaastrup.Admin.Data;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace HojeTaastrup.Admin.Web.Infrastructure;

public static class HealthSetup
{
    private const string ReadyTag = "ready";

    public static IServiceCollection AddAdminHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddDbContextCheck<AdminDbContext>("database", tags: [ReadyTag]);
        return services;
    }

    // Anonymous on purpose: load balancers and container probes have no login. The answer is only
    // "Healthy"/"Unhealthy" (503), nothing about the database.
    public static WebApplication MapAdminHealthChecks(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        // Live: the process answers. No checks, so a database outage does not get the app restarted.
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false })
            .AllowAnonymous();

        // Ready: the database can be reached, so the node may receive traffic.
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) })
            .AllowAnonymous();

        // Off unless a benchmark run asks for it (benchmarks/Portal).
        app.MapBenchmarkDiagnostics();
        return app;
    }
}
