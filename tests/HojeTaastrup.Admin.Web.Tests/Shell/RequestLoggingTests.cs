using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using HojeTaastrup.Admin.Web.Tests.Infrastructure;
using HojeTaastrup.Admin.Web.Tests.Security;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Display;
using Serilog.Formatting.Json;

namespace HojeTaastrup.Admin.Web.Tests.Shell;

public sealed class RequestLoggingTestsOnSqlite(SqliteTestDatabase database) : RequestLoggingTests(database), IClassFixture<SqliteTestDatabase>;

public sealed class RequestLoggingTestsOnPostgreSql(PostgreSqlTestDatabase database) : RequestLoggingTests(database), IClassFixture<PostgreSqlTestDatabase>;

// What the app's log says about requests, read through a sink the host picks up from its services
// (ReadFrom.Services), so each test host has its own.
public abstract class RequestLoggingTests(TestDatabase database)
{
    private const string RequestSource = "Serilog.AspNetCore.RequestLoggingMiddleware";
    private const string WrongPassword = "Forkert-kode-4711";

    // Everything the app and the framework log, for the secrets test.
    private static readonly Dictionary<string, string?> VerboseLogging = new()
    {
        ["Serilog:MinimumLevel:Default"] = "Verbose",
        ["Serilog:MinimumLevel:Override:Microsoft"] = "Verbose",
        ["Serilog:MinimumLevel:Override:Microsoft.AspNetCore"] = "Verbose",
        ["Serilog:MinimumLevel:Override:Microsoft.EntityFrameworkCore"] = "Verbose",
        ["Serilog:MinimumLevel:Override:Microsoft.Hosting.Lifetime"] = "Verbose",
        ["Serilog:MinimumLevel:Override:System"] = "Verbose",
    };

    [SkippableFact]
    public async Task Request_WritesOneLineWithStatusElapsedUserNameAndTraceId()
    {
        var sink = new CollectingSink();
        await using var app = StartApp(sink);
        using var client = await app.CreateApiClientAsync(AuthorizationTable.Reader);
        sink.Clear();

        using var response = await client.GetAsync(new Uri("/api/v1/me", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var line = Assert.Single(await sink.RequestLinesAsync("/api/v1/me"));
        Assert.Equal("200", line.Properties["StatusCode"].ToString());
        Assert.True(double.Parse(line.Properties["Elapsed"].ToString(), System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Equal("\"laeser\"", line.Properties["UserName"].ToString());
        Assert.Matches("^\"[0-9a-f]{32}\"$", line.Properties["TraceId"].ToString());
        // As the console and file sinks write it ({Message:lj}).
        using var text = new StringWriter();
        new MessageTemplateTextFormatter("{Message:lj}").Format(line, text);
        Assert.Matches(@"^HTTP GET /api/v1/me responded 200 in [0-9.]+ ms for laeser \(trace [0-9a-f]{32}\)$", text.ToString());
    }

    [SkippableFact]
    public async Task UnknownPage_ReExecutedForTheNotFoundPage_WritesOneLine()
    {
        var sink = new CollectingSink();
        await using var app = StartApp(sink);
        using var browser = await app.CreateSignedInBrowserAsync(AuthorizationTable.Reader);

        using var response = await browser.GetAsync(new Uri("/findes-ikke", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var line = Assert.Single(await sink.RequestLinesAsync("/findes-ikke"));
        Assert.Equal("404", line.Properties["StatusCode"].ToString());
        Assert.Empty(await sink.RequestLinesAsync("/not-found"));
    }

    [SkippableFact]
    public async Task HealthProbesAndStaticFiles_WriteNoRequestLine()
    {
        var sink = new CollectingSink();
        await using var app = StartApp(sink);
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        (await client.GetAsync(new Uri("/health/live", UriKind.Relative))).Dispose();
        (await client.GetAsync(new Uri("/health/ready", UriKind.Relative))).Dispose();
        (await client.GetAsync(new Uri("/_framework/blazor.web.js", UriKind.Relative))).Dispose();
        (await client.GetAsync(new Uri("/app.css", UriKind.Relative))).Dispose();
        (await client.GetAsync(new Uri("/account/login", UriKind.Relative))).Dispose();

        // The login page's line proves the logging works; the quiet ones came before it.
        Assert.Single(await sink.RequestLinesAsync("/account/login"));
        Assert.All(sink.Events.Where(e => IsFrom(e, RequestSource)), e => Assert.Equal("\"/account/login\"", e.Properties["RequestPath"].ToString()));
    }

    [SkippableFact]
    public async Task SignInTokenAndBearerRequests_LogNoPasswordTokenOrConnectionPassword()
    {
        var sink = new CollectingSink();
        await using var app = StartApp(sink, VerboseLogging);
        using var browser = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        using var api = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

        using var failed = await AdminAppFactory.PostLoginFormAsync(browser, AuthorizationTable.Reader, WrongPassword);
        using var signedIn = await AdminAppFactory.PostLoginFormAsync(browser, AuthorizationTable.Reader, AdminAppFactory.DemoPassword);
        using var tokenResponse = await api.PostAsJsonAsync("/api/v1/auth/token", new { userName = AuthorizationTable.Reader, password = AdminAppFactory.DemoPassword });
        var token = (await tokenResponse.Content.ReadFromJsonAsync<TokenAnswer>())!.Token;
        api.DefaultRequestHeaders.Authorization = new("Bearer", token);
        using var me = await api.GetAsync(new Uri("/api/v1/me", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        Assert.Single(await sink.RequestLinesAsync("/api/v1/me"));
        var secrets = new List<string> { AdminAppFactory.DemoPassword, WrongPassword, token };
        if (ConnectionPassword(database) is { Length: > 0 } connectionPassword)
        {
            secrets.Add(connectionPassword);
        }

        Assert.True(sink.Events.Length > 20, "Verbose logging should have written plenty.");
        foreach (var text in sink.Events.Select(Render))
        {
            Assert.All(secrets, secret => Assert.DoesNotContain(secret, text, StringComparison.Ordinal));
        }
    }

    private AdminAppFactory StartApp(CollectingSink sink, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var app = new AdminAppFactory(database.Provider, database.ConnectionString, settings, services => services.AddSingleton<ILogEventSink>(sink));
        _ = app.Server;
        return app;
    }

    private static string? ConnectionPassword(TestDatabase database) =>
        database is PostgreSqlTestDatabase ? new NpgsqlConnectionStringBuilder(database.ConnectionString).Password : null;

    private static bool IsFrom(LogEvent logEvent, string source) =>
        logEvent.Properties.TryGetValue("SourceContext", out var context) && context.ToString() == $"\"{source}\"";

    // The message as a sink writes it, every property (JSON) and any exception.
    private static string Render(LogEvent logEvent)
    {
        using var writer = new StringWriter();
        new JsonFormatter(renderMessage: true).Format(logEvent, writer);
        return writer.ToString();
    }

    private sealed record TokenAnswer(string Token);

    private sealed class CollectingSink : ILogEventSink
    {
        private readonly ConcurrentQueue<LogEvent> _events = new();

        public LogEvent[] Events => _events.ToArray();

        public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);

        public void Clear() => _events.Clear();

        // The line is written when the pipeline returns, which may be just after the client has the answer.
        public async Task<List<LogEvent>> RequestLinesAsync(string path)
        {
            for (var attempt = 0; attempt < 50 && !Lines(path).Any(); attempt++)
            {
                await Task.Delay(20);
            }

            await Task.Delay(50);
            return Lines(path).ToList();
        }

        private IEnumerable<LogEvent> Lines(string path) =>
            _events.Where(e => IsFrom(e, RequestSource) && e.Properties["RequestPath"].ToString() == $"\"{path}\"");
    }
}
