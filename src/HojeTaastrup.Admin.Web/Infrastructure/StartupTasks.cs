using HojeTaastrup.Admin.Data;
using HojeTaastrup.Admin.Data.Demo;
using HojeTaastrup.Admin.Domain.Common;
using Microsoft.EntityFrameworkCore;
using HojeTaastrup.Admin.Web.Security;

namespace HojeTaastrup.Admin.Web.Infrastructure;

public static class StartupTasks
{
    // Demo data is for trying the portal out: never in Production, whatever the configuration says.
    public static bool DemoDataEnabled(IConfiguration configuration, IHostEnvironment environment) =>
        configuration.GetValue("DemoData:Enabled", false) && !environment.IsProduction();

    public static async Task InitializeAdminDatabaseAsync(this IServiceProvider services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);

        await services.MigrateAdminDatabaseAsync();

        await using var scope = services.CreateAsyncScope();
        var seeder = scope.ServiceProvider.GetRequiredService<IdentitySeeder>();
        await seeder.EnsureRolesAsync();
        await seeder.EnsureBootstrapAdministratorAsync(configuration["Bootstrap:AdminUserName"], configuration["Bootstrap:AdminPassword"]);
        if (DemoDataEnabled(configuration, environment))
        {
            await seeder.EnsureDemoUsersAsync();
            var dbFactory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<AdminDbContext>>();
            await using var db = await dbFactory.CreateDbContextAsync();
            await DemoOrganisation.SeedAsync(db);
            await DemoSavings.SeedAsync(db);
            await DemoHearings.SeedAsync(db, MunicipalClock.Today(scope.ServiceProvider.GetRequiredService<TimeProvider>()));
            await DemoRealisation.SeedAsync(db);
        }
    }
}
