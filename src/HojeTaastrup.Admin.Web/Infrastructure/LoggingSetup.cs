using System.Diagnostics;
using Serilog;
using Serilog.Events;
using Serilog.Settings.Configuration;

namespace HojeTaastrup.Admin.Web.Infrastructure;

public static class LoggingSetup
{
    // One line per request; the properties also go to the file sink as JSON.
    public const string RequestMessageTemplate =
        "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms for {UserName} (trace {TraceId})";

    private static readonly string[] QuietPrefixes = ["/_framework", "/_content", "/health"];

    public static WebApplicationBuilder AddAdminLogging(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        // Built from the finished host's services, not from builder.Configuration here: test hosts add their
        // settings later. preserveStaticLogger: each host (several run in one test process) has its own
        // logger, disposed with the host; the static Log.Logger is never set or used.
        builder.Services.AddSerilog(
            (services, logger) => Configure(logger, services.GetRequiredService<IConfiguration>(), services.GetRequiredService<IHostEnvironment>())
                .ReadFrom.Services(services),
            preserveStaticLogger: true);
        return builder;
    }

    // Method, path, status, time, user and trace id only: no headers, query strings, form fields or bodies, so
    // cookies, tokens and passwords never reach the log.
    public static WebApplication UseAdminRequestLogging(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseSerilogRequestLogging(options =>
        {
            // The host's own logger: without it the middleware writes to the static Log.Logger.
            options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            options.MessageTemplate = RequestMessageTemplate;
            options.IncludeQueryInRequestPath = false;
            options.GetLevel = RequestLevel;
            options.EnrichDiagnosticContext = (diagnostics, context) =>
            {
                diagnostics.Set("UserName", context.User.Identity?.IsAuthenticated == true ? context.User.Identity.Name : "anonym");
                diagnostics.Set("TraceId", Activity.Current?.TraceId.ToHexString() ?? context.TraceIdentifier);
            };
        });
        return app;
    }

    internal static Serilog.ILogger CreateLogger(IConfiguration configuration, IHostEnvironment environment) =>
        Configure(new LoggerConfiguration(), configuration, environment).CreateLogger();

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

    private static LoggerConfiguration Configure(LoggerConfiguration logger, IConfiguration configuration, IHostEnvironment environment)
    {
        var settings = new ConfigurationBuilder()
            .AddConfiguration(configuration, shouldDisposeConfiguration: false)
            .AddInMemoryCollection(FilePathsUnderContentRoot(configuration, environment.ContentRootPath))
            .Build();

        // The sink assemblies are named, not discovered, so the test host's dependency context does not matter.
        var readerOptions = new ConfigurationReaderOptions(
            typeof(ConsoleLoggerConfigurationExtensions).Assembly,
            typeof(FileLoggerConfigurationExtensions).Assembly);

        return logger
            .ReadFrom.Configuration(settings, readerOptions)
            .Enrich.FromLogContext()
            .Enrich.WithProperty("Application", environment.ApplicationName)
            .Enrich.WithProperty("Environment", environment.EnvironmentName)
            .Enrich.WithProperty("MachineName", Environment.MachineName);
    }

    // Static files and health probes would drown the requests people make: Verbose is below every configured level.
    private static LogEventLevel RequestLevel(HttpContext context, double elapsedMilliseconds, Exception? exception)
    {
        var path = context.Request.Path;
        if (Path.HasExtension(path.Value) || QuietPrefixes.Any(prefix => path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase)))
        {
            return LogEventLevel.Verbose;
        }

        return exception is not null || context.Response.StatusCode >= StatusCodes.Status500InternalServerError
            ? LogEventLevel.Error
            : LogEventLevel.Information;
    }
}
