using Microsoft.AspNetCore.HttpLogging;
using Serilog;
using Serilog.Extensions.Logging;
using Serilog.Settings.Configuration;

namespace HojeTaastrup.Admin.Web.Infrastructure;

public static class LoggingSetup
{
    public static WebApplicationBuilder AddAdminLogging(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        // The Serilog logger is built from the finished host's configuration, not from builder.Configuration here:
        // test hosts add their settings later, and each host (several run in one test process) gets its own
        // logger, disposed with the host. The static Log.Logger is never used.
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<ILoggerProvider>(services => new SerilogLoggerProvider(
            CreateLogger(services.GetRequiredService<IConfiguration>(), services.GetRequiredService<IHostEnvironment>()),
            dispose: true));

        // Serilog's MinimumLevel section decides; ASP.NET Core's own filters let everything through to it.
        builder.Logging.AddFilter<SerilogLoggerProvider>(category: null, LogLevel.Trace);

        // One line per request with method, path, status and duration only: no headers, query strings or
        // bodies, so cookies, tokens and passwords never reach the log.
        builder.Services.AddHttpLogging(options =>
        {
            options.LoggingFields = HttpLoggingFields.RequestMethod | HttpLoggingFields.RequestPath
                | HttpLoggingFields.ResponseStatusCode | HttpLoggingFields.Duration;
            options.CombineLogs = true;
        });
        builder.Services.AddHttpLoggingInterceptor<QuietRequestsInterceptor>();
        return builder;
    }

    public static WebApplication UseAdminRequestLogging(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseHttpLogging();
        return app;
    }

    internal static Serilog.ILogger CreateLogger(IConfiguration configuration, IHostEnvironment environment)
    {
        var settings = new ConfigurationBuilder()
            .AddConfiguration(configuration, shouldDisposeConfiguration: false)
            .AddInMemoryCollection(FilePathsUnderContentRoot(configuration, environment.ContentRootPath))
            .Build();

        // The sink assemblies are named, not discovered, so the test host's dependency context does not matter.
        var readerOptions = new ConfigurationReaderOptions(
            typeof(ConsoleLoggerConfigurationExtensions).Assembly,
            typeof(FileLoggerConfigurationExtensions).Assembly);

        return new LoggerConfiguration()
            .ReadFrom.Configuration(settings, readerOptions)
            .Enrich.FromLogContext()
            .Enrich.WithProperty("Application", environment.ApplicationName)
            .Enrich.WithProperty("Environment", environment.EnvironmentName)
            .Enrich.WithProperty("MachineName", Environment.MachineName)
            .CreateLogger();
    }

    // "logs/admin-.log" in appsettings means the app's logs folder, wherever `dotnet run` was started from.
    internal static Dictionary<string, string?> FilePathsUnderContentRoot(IConfiguration configuration, string contentRoot)
    {
        var paths = new Dictionary<string, string?>();
        foreach (var sink in configuration.GetSection("Serilog:WriteTo").GetChildren())
        {
            var path = sink["Args:path"];
            if (string.Equals(sink["Name"], "File", StringComparison.OrdinalIgnoreCase)
                && !string.IsNullOrWhiteSpace(path) && !Path.IsPathRooted(path))
            {
                paths[$"{sink.Path}:Args:path"] = Path.Combine(contentRoot, path);
            }
        }

        return paths;
    }

    // Static files and health probes would drown the requests people make.
    private sealed class QuietRequestsInterceptor : IHttpLoggingInterceptor
    {
        private static readonly string[] QuietPrefixes = ["/_framework", "/_content", "/health"];

        public ValueTask OnRequestAsync(HttpLoggingInterceptorContext logContext)
        {
            var path = logContext.HttpContext.Request.Path;
            if (Path.HasExtension(path.Value) || QuietPrefixes.Any(prefix => path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase)))
            {
                logContext.LoggingFields = HttpLoggingFields.None;
            }

            return ValueTask.CompletedTask;
        }

        public ValueTask OnResponseAsync(HttpLoggingInterceptorContext logContext) => ValueTask.CompletedTask;
    }
}
