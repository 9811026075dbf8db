using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace HojeTaastrup.Admin.Data;

public static class PersistenceSetup
{
    // TEMPORARY skeleton: SQLite only, EnsureCreated. Replaced by provider selection + migrations.
    public static IServiceCollection AddAdminPersistence(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        var dataFolder = Path.Combine(environment.ContentRootPath, "App_Data");
        Directory.CreateDirectory(dataFolder);
        var connectionString = configuration.GetConnectionString("Admin") ?? $"Data Source={Path.Combine(dataFolder, "admin.db")}";
        services.AddDbContextFactory<AdminDbContext>(o => o.UseSqlite(connectionString));
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<AdminDbContext>>().CreateDbContext());
        return services;
    }

    public static async Task MigrateAdminDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var factory = services.GetRequiredService<IDbContextFactory<AdminDbContext>>();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await db.Database.EnsureCreatedAsync(cancellationToken);
    }
}
