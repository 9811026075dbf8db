using System.Net;
using HojeTaastrup.Admin.Web.Tests.Infrastructure;

namespace HojeTaastrup.Admin.Web.Tests.Security;

public enum Access
{
    Allowed,
    Denied,
    SignInRequired,
}

// The authorisation table: role × page/endpoint → allowed or denied, checked on the server.
// Later features add their rows here.
public static class AuthorizationTable
{
    public const string Admin = "admin";
    public const string Director = "direktor";
    public const string Finance = "okonomi";
    public const string Med = "med";
    public const string Reader = "laeser";
    private static readonly string[] Everyone = [Admin, Director, Finance, Med, Reader];

    // Stands for the id of the demo reorganisation proposal (seed 000), which the database assigns.
    public const string DemoReorganisation = "{demo-reorganisation}";

    public static TheoryData<string, string, Access> Pages()
    {
        var rows = new TheoryData<string, string, Access>();
        void Row(string path, params string[] allowed)
        {
            foreach (var user in Everyone)
            {
                rows.Add(user, path, allowed.Contains(user) ? Access.Allowed : Access.Denied);
            }

            rows.Add("", path, Access.SignInRequired);
        }

        Row("/", Everyone);
        Row("/administration", Admin);
        Row("/besparelser", Everyone);
        Row("/gevinstrealisering", Everyone);
        Row("/gevinstrealisering/poster", Everyone);
        Row("/hoeringer", Everyone);
        Row("/hoeringer/ny", Director);
        Row("/administration/udvalg", Admin);

        // Organisation: everyone reads it, administrators edit and import it.
        Row("/organisation", Everyone);
        Row("/organisation/liste", Everyone);
        Row("/organisation?dato=2010-06-01", Everyone);
        Row("/organisation/rediger", Admin);
        Row("/organisation/import", Admin);

        Row("/reorganisering", Everyone);
        Row("/reorganisering/ny", Director);
        Row($"/reorganisering/{DemoReorganisation}", Everyone);
        return rows;
    }

    public static TheoryData<string, string, string, Access> ApiEndpoints()
    {
        var rows = new TheoryData<string, string, string, Access>();
        void Row(string method, string path, params string[] allowed)
        {
            foreach (var user in Everyone)
            {
                rows.Add(user, method, path, allowed.Contains(user) ? Access.Allowed : Access.Denied);
            }

            rows.Add("", method, path, Access.SignInRequired);
        }

        Row("GET", "/api/v1/me", Everyone);
        Row("GET", "/api/v1/reorganisations", Everyone);
        Row("POST", "/api/v1/reorganisations", Director);
        Row("GET", $"/api/v1/reorganisations/{DemoReorganisation}", Everyone);
        Row("PUT", $"/api/v1/reorganisations/{DemoReorganisation}", Director);
        Row("POST", $"/api/v1/reorganisations/{DemoReorganisation}/changes", Director);
        Row("POST", $"/api/v1/reorganisations/{DemoReorganisation}/hearing", Director);
        Row("POST", $"/api/v1/reorganisations/{DemoReorganisation}/adopt", Director);
        Row("POST", $"/api/v1/reorganisations/{DemoReorganisation}/withdraw", Director);
        Row("POST", $"/api/v1/reorganisations/{DemoReorganisation}/baseline", Director);
        Row("POST", $"/api/v1/reorganisations/{DemoReorganisation}/projects", Director);

        // Organisation: everyone reads it, administrators import and edit it.
        const string orgVersion = "/api/v1/organisation/versions/20100000-0000-0000-0000-000000000001";
        Row("GET", "/api/v1/organisation", Everyone);
        Row("GET", "/api/v1/organisation?date=2010-06-01", Everyone);
        Row("GET", "/api/v1/organisation/versions", Everyone);
        Row("GET", orgVersion, Everyone);
        Row("POST", "/api/v1/organisation/import", Admin);
        Row("POST", orgVersion + "/directorates", Admin);
        Row("PUT", orgVersion + "/centres/20100000-0000-0000-0000-000000000101", Admin);
        Row("DELETE", orgVersion + "/units/20100000-0000-0000-0000-000000001001?version=1", Admin);

        // Savings: everyone reads (drafts are left out for readers by the use cases), directors and finance write
        // programmes, directors write proposals. An unknown id still passes the policies (404).
        const string someProgramme = "/api/v1/programmes/20100000-0000-0000-0000-00000000abcd";
        const string someProposal = "/api/v1/proposals/20100000-0000-0000-0000-00000000abcd";
        Row("GET", "/api/v1/programmes", Everyone);
        Row("GET", someProgramme, Everyone);
        Row("POST", someProgramme + "/phase-in", Everyone);
        Row("POST", "/api/v1/programmes", Director, Finance);
        Row("PUT", someProgramme, Director, Finance);
        Row("POST", someProgramme + "/proposals", Director);
        Row("GET", "/api/v1/proposals", Everyone);
        Row("GET", someProposal, Everyone);
        Row("PUT", someProposal, Director);
        Row("POST", someProposal + "/status", Director);

        // Realisation: everyone reads, finance records, imports and freezes follow-ups, directors decide cover measures.
        Row("GET", someProgramme + "/realisation", Everyone);
        Row("POST", someProgramme + "/realisation/import", Finance);
        Row("GET", someProposal + "/realisation", Everyone);
        Row("POST", someProposal + "/realisations", Finance);
        Row("POST", someProposal + "/realisation/rebaseline", Finance);
        Row("POST", someProgramme + "/cover-measures", Director);
        Row("POST", someProgramme + "/follow-ups", Finance);
        Row("GET", "/api/v1/realisations", Everyone);

        // Audit history: the Administrator, and the roles that may edit that kind of entity.
        Row("GET", "/api/v1/audit?entity=OrganisationVersion&id=unknown", Admin);
        Row("GET", "/api/v1/audit?entity=ReorganisationProposal&id=unknown", Admin, Director);
        Row("GET", "/api/v1/audit?entity=AdminUser&id=unknown", Admin);
        Row("GET", "/api/v1/audit?entity=SavingsProgramme&id=unknown", Admin, Director, Finance);
        Row("GET", "/api/v1/audit?entity=SavingsProposal&id=unknown", Admin, Director);
        return rows;
    }
}

public abstract class AuthorizationTests<TFixture>(TFixture fixture)
    where TFixture : AppFixture
{
    private const string Admin = AuthorizationTable.Admin;

    [SkippableTheory]
    [MemberData(nameof(AuthorizationTable.Pages), MemberType = typeof(AuthorizationTable))]
    public async Task Page_IsServedOnlyToAllowedRoles(string user, string path, Access expected)
    {
        using var client = user == ""
            ? fixture.App.CreateClient(new() { AllowAutoRedirect = false })
            : await fixture.App.CreateSignedInBrowserAsync(user);

        var response = await client.GetAsync(await DemoIds.ResolveAsync(fixture.App, path));

        var actual = response.StatusCode switch
        {
            HttpStatusCode.OK => Access.Allowed,
            HttpStatusCode.Redirect when response.Headers.Location!.OriginalString.Contains("/account/access-denied", StringComparison.Ordinal) => Access.Denied,
            HttpStatusCode.Redirect when response.Headers.Location!.OriginalString.Contains("/account/login", StringComparison.Ordinal) => Access.SignInRequired,
            _ => throw new Xunit.Sdk.XunitException($"{path} as '{user}' answered {(int)response.StatusCode} {response.Headers.Location}"),
        };
        Assert.Equal(expected, actual);
    }

    [SkippableTheory]
    [MemberData(nameof(AuthorizationTable.ApiEndpoints), MemberType = typeof(AuthorizationTable))]
    public async Task ApiEndpoint_IsOpenOnlyToAllowedRoles(string user, string method, string path, Access expected)
    {
        using var client = user == ""
            ? fixture.App.CreateClient(new() { AllowAutoRedirect = false })
            : await fixture.App.CreateApiClientAsync(user);

        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), await DemoIds.ResolveAsync(fixture.App, path)));

        var actual = response.StatusCode switch
        {
            HttpStatusCode.Unauthorized => Access.SignInRequired,
            HttpStatusCode.Forbidden => Access.Denied,
            // Validation and not-found answers mean the request got past authorisation.
            _ when (int)response.StatusCode < 500 => Access.Allowed,
            _ => throw new Xunit.Sdk.XunitException($"{method} {path} as '{user}' answered {(int)response.StatusCode}"),
        };
        Assert.Equal(expected, actual);
    }

    [SkippableFact]
    public async Task Api_DoesNotAcceptTheBrowserCookie()
    {
        using var browser = await fixture.App.CreateSignedInBrowserAsync(Admin);

        var response = await browser.GetAsync("/api/v1/me");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}

public sealed class AuthorizationTestsOnSqlite(SqliteAppFixture fixture)
    : AuthorizationTests<SqliteAppFixture>(fixture), IClassFixture<SqliteAppFixture>;

public sealed class AuthorizationTestsOnPostgreSql(PostgreSqlAppFixture fixture)
    : AuthorizationTests<PostgreSqlAppFixture>(fixture), IClassFixture<PostgreSqlAppFixture>;
