using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace HojeTaastrup.Admin.EndToEnd.Tests.Infrastructure;

// The real app on a fresh SQLite file with demo data; the fixture makes it listen on a real port.
public sealed class PortalFactory(string dataFolder) : WebApplicationFactory<Program>
{
    // appsettings raises these above the default level (request logging among them).
    private static readonly string[] QuietLogSources =
        ["Microsoft", "Microsoft.AspNetCore", "Serilog.AspNetCore.RequestLoggingMiddleware", "System"];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Development serves the static web assets (blazor.web.js, MudBlazor) straight from the build output.
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Admin", $"Data Source={Path.Combine(dataFolder, "admin.db")}");
        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.UseSetting("DemoData:Enabled", "true");
        builder.UseSetting("DataProtection:KeysFolder", Path.Combine(dataFolder, "keys"));
        // Request logs of a whole browser session drown the test output; warnings and errors still show.
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        foreach (var source in QuietLogSources)
        {
            builder.UseSetting($"Serilog:MinimumLevel:Override:{source}", "Warning");
        }
    }
}
