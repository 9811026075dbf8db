using HojeTaastrup.Admin.Data.Auditing;
using HojeTaastrup.Admin.Data.Providers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HojeTaastrup.Admin.Data;

public static class PersistenceSetup
{
    // Use cases inject IDbContextFactory<AdminDbContext> and create one context per operation.
    // AdminDbContext itself is also registered scoped, for ASP.NET Core Identity's EF stores.
    public static IServiceCollection AddAdminPersistence(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        var settings = AdminDatabaseSettings.FromConfiguration(configuration, environment.ContentRootPath);
        services.AddSingleton(settings);
        services.AddSingleton(sp => AdminDbContextFactory.CreateOptions(settings, sp.GetService<ILoggerFactory>()));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IAuditActor>(SystemAuditActor.Instance);
        // Scoped, not singleton: the audit actor is scoped (the signed-in user of a request or circuit).
        services.AddScoped<IDbContextFactory<AdminDbContext>, AdminDbContextFactory>();
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<AdminDbContext>>().CreateDbContext());
        return services;
    }

    public static async Task MigrateAdminDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        var configuration = services.GetRequiredService<IConfiguration>();
        if (!configuration.GetValue(AdminDatabaseSettings.MigrateOnStartupKey, defaultValue: true))
        {
            return;
        }

        await using var scope = services.CreateAsyncScope();
        var factory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<AdminDbContext>>();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
    }
}
