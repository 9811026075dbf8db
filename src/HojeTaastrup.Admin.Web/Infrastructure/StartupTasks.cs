using HojeTaastrup.Admin.Data;

namespace HojeTaastrup.Admin.Web.Infrastructure;

public static class StartupTasks
{
    public static async Task InitializeAdminDatabaseAsync(this IServiceProvider services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        await services.MigrateAdminDatabaseAsync();
    }
}
