using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HojeTaastrup.Admin.Web.Tests.Infrastructure;

namespace HojeTaastrup.Admin.Web.Tests.Shell;

// What the shell promises over HTTP: health, the OpenAPI document, Danish pages by default, English on request.
public abstract class ShellHttpTests<TFixture>(TFixture fixture)
    where TFixture : AppFixture
{
    [SkippableFact]
    public async Task HealthEndpoints_AnswerWithoutSignIn_AndReadyChecksTheDatabase()
    {
        using var client = fixture.App.CreateClient(new() { AllowAutoRedirect = false });

        var live = await client.GetAsync("/health/live");
        var ready = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Contains("Healthy", await ready.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task OpenApiDocument_DescribesTheTokenEndpoint()
    {
        using var client = fixture.App.CreateClient();

        var document = await client.GetStringAsync("/openapi/v1.json");

        Assert.Contains("/api/v1/auth/token", document, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task UnknownPage_ShowsTheDanishNotFoundPage()
    {
        using var browser = await fixture.App.CreateSignedInBrowserAsync("laeser");

        var response = await browser.GetAsync("/findes-ikke");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Siden findes ikke", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task LoginPage_IsDanishByDefault_AndEnglishAfterSwitching()
    {
        using var client = fixture.App.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });

        var danish = await client.GetStringAsync("/account/login");
        var switched = await client.GetAsync("/culture/set?culture=en&redirectUri=%2Faccount%2Flogin");
        var english = await client.GetStringAsync("/account/login");

        Assert.Contains("Adgangskode", danish, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Contains("Password", english, StringComparison.Ordinal);
        Assert.DoesNotContain("Adgangskode", english, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task CultureSwitch_RefusesToRedirectOffSite()
    {
        using var client = fixture.App.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync("/culture/set?culture=en&redirectUri=https%3A%2F%2Fevil.example%2F");

        Assert.DoesNotContain("evil.example", response.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
    }

    // Answers the framework writes itself (binding failures, wrong method, no token) are Danish problem details too.
    [SkippableTheory]
    [InlineData("DELETE", "/api/v1/organisation/versions/00000000-0000-0000-0000-000000000001/units/00000000-0000-0000-0000-000000000002", "admin", 400, "Oplysningerne er ikke gyldige")]
    [InlineData("GET", "/api/v1/organisation?date=1.oktober", "admin", 400, "Oplysningerne er ikke gyldige")]
    [InlineData("POST", "/api/v1/organisation/versions/00000000-0000-0000-0000-000000000001/directorates", "admin", 400, "Oplysningerne er ikke gyldige")]
    [InlineData("PATCH", "/api/v1/organisation", "admin", 405, "Metoden er ikke tilladt")]
    [InlineData("GET", "/api/v1/organisation", "", 401, "Ikke logget ind")]
    [InlineData("GET", "/api/v1/findes-ikke", "admin", 404, "Findes ikke")]
    public async Task ApiErrorsWithoutAText_GetADanishTitleAndDetail(string method, string path, string user, int status, string title)
    {
        using var client = user == "" ? fixture.App.CreateClient() : await fixture.App.CreateApiClientAsync(user);

        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(title, problem.GetProperty("title").GetString());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
    }
}

public sealed class ShellHttpTestsOnSqlite(SqliteAppFixture fixture)
    : ShellHttpTests<SqliteAppFixture>(fixture), IClassFixture<SqliteAppFixture>;

public sealed class ShellHttpTestsOnPostgreSql(PostgreSqlAppFixture fixture)
    : ShellHttpTests<PostgreSqlAppFixture>(fixture), IClassFixture<PostgreSqlAppFixture>;
