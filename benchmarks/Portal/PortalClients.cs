using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace HojeTaastrup.Admin.Benchmarks.Portal;

// The clients a run needs: API clients with a bearer token, a browser-like client signed in with the
// form's cookie, and the diagnostics endpoint.
internal static partial class PortalClients
{
    public const string DirectorUser = "benchmark-direktor";

    private static readonly string[] DirectorRoles = ["Director"];

    public static bool AcceptCompression { get; set; } = true;

    public static HttpClient Plain(Uri address, CookieContainer? cookies = null) =>
        new(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = cookies is not null,
            CookieContainer = cookies ?? new CookieContainer(),
            MaxConnectionsPerServer = 64,
            // As an integration's client would: the API's large reads come gzip-compressed when asked for
            // (--no-compression: plain JSON, which costs the load generator on the same cores less).
            AutomaticDecompression = AcceptCompression ? DecompressionMethods.All : DecompressionMethods.None,
        })
        {
            BaseAddress = address,
            Timeout = TimeSpan.FromMinutes(10),
        };

    public static async Task<HttpClient> ApiAsync(Uri address, string userName)
    {
        var client = Plain(address);
        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password = PortalProcess.Password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static async Task CreateDirectorAsync(HttpClient admin)
    {
        var response = await admin.PostAsJsonAsync("/api/v1/users", new
        {
            userName = DirectorUser,
            displayName = "Benchmark Direktør",
            password = PortalProcess.Password,
            roles = DirectorRoles,
        });
        await EnsureAsync(response);
    }

    // Signs in through the login form as a browser does; the cookie container then holds the sign-in cookie.
    public static async Task<(HttpClient Client, CookieContainer Cookies)> SignedInBrowserAsync(Uri address)
    {
        var cookies = new CookieContainer();
        var client = Plain(address, cookies);
        var page = await client.GetStringAsync("/account/login");
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = AntiforgeryField().Match(page).Groups[1].Value,
            ["Input.UserName"] = PortalProcess.AdminUser,
            ["Input.Password"] = PortalProcess.Password,
        });
        var response = await client.PostAsync("/account/login", form);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in failed: {response.StatusCode}");
        }

        return (client, cookies);
    }

    public static async Task<Diagnostics> DiagnosticsAsync(HttpClient client, bool collect = false)
    {
        var view = await client.GetFromJsonAsync<JsonElement>(collect ? "/benchmark/diagnostics?collect=true" : "/benchmark/diagnostics");
        return new Diagnostics(view.GetProperty("heapBytes").GetInt64(), view.GetProperty("sqlCommands").GetInt64(), view.GetProperty("workingSetBytes").GetInt64());
    }

    public static async Task<long> DiagnosticsCommandsAsync(HttpClient client) => (await DiagnosticsAsync(client)).SqlCommands;

    public static async Task<JsonElement> EnsureAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {body[..Math.Min(body.Length, 600)]}");
        }

        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}

internal sealed record Diagnostics(long HeapBytes, long SqlCommands, long WorkingSetBytes);
