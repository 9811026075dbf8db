using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using HojeTaastrup.Admin.Data;
using HojeTaastrup.Admin.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HojeTaastrup.Admin.Web.Tests.Administration;

// /api/v1/users as raw JSON on the demo users (admin is the only administrator). Tests create users of
// their own and never another active administrator, so "admin is the last one" holds throughout.
public abstract class UsersApiTests<TFixture>(TFixture fixture)
    where TFixture : AppFixture
{
    private const string Base = "/api/v1/users";
    private const string Password = "Ny-kode-til-test";

    [SkippableFact]
    public async Task CreateListEditDisableEnablePassword_ThroughHttp()
    {
        var admin = await fixture.App.CreateApiClientAsync("admin");

        var created = await CreateAsync(admin, "ny.direktor", "Nina Direktør", "Director");
        Assert.Equal("ny.direktor", (string)created["userName"]!);
        Assert.Equal("Nina Direktør", (string)created["displayName"]!);
        Assert.Equal(["Director"], created["roles"]!.AsArray().Select(r => (string)r!));
        Assert.False((bool)created["disabled"]!);
        Assert.Null(created["passwordHash"]);
        Assert.Null(created["securityStamp"]);
        var id = (string)created["id"]!;

        var list = (await admin.GetFromJsonAsync<JsonArray>(Base))!;
        Assert.Contains(list, u => (string)u!["id"]! == id);

        var edited = await OkAsync(await admin.PutAsJsonAsync($"{Base}/{id}", new
        {
            displayName = "Nina Nielsen", roles = new[] { "Director", "Finance" }, version = (long)created["version"]!,
        }));
        Assert.Equal("Nina Nielsen", (string)edited["displayName"]!);
        Assert.Equal(["Director", "Finance"], edited["roles"]!.AsArray().Select(r => (string)r!));

        var disabled = await OkAsync(await admin.PostAsJsonAsync($"{Base}/{id}/disable", new { version = (long)edited["version"]! }));
        Assert.True((bool)disabled["disabled"]!);
        var refused = await fixture.App.CreateClient().PostAsJsonAsync("/api/v1/auth/token", new { userName = "ny.direktor", password = Password });
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);

        var enabled = await OkAsync(await admin.PostAsJsonAsync($"{Base}/{id}/enable", new { version = (long)disabled["version"]! }));
        Assert.False((bool)enabled["disabled"]!);

        await OkAsync(await admin.PostAsJsonAsync($"{Base}/{id}/password", new { password = "Helt-ny-kode-2030", version = (long)enabled["version"]! }));
        var director = await fixture.App.CreateApiClientAsync("ny.direktor", "Helt-ny-kode-2030");
        Assert.Equal(HttpStatusCode.OK, (await director.GetAsync("/api/v1/organisation")).StatusCode);
    }

    [SkippableFact]
    public async Task Create_WithBadInput_Is400WithDanishFieldErrors()
    {
        var admin = await fixture.App.CreateApiClientAsync("admin");

        var response = await admin.PostAsJsonAsync(Base, new { userName = "ikke gyldig", displayName = "", password = "kort", roles = new[] { "Boss" } });

        var errors = await ErrorsAsync(response);
        Assert.Equal("Brugernavnet 'ikke gyldig' må kun indeholde bogstaver, tal og - . _ @ +.", (string)errors["userName"]![0]!);
        Assert.Equal("Angiv brugerens navn.", (string)errors["displayName"]![0]!);
        Assert.Contains("Adgangskoden skal være mindst 10 tegn.", errors["password"]!.AsArray().Select(e => (string)e!));
        Assert.Equal("Rollen 'Boss' findes ikke.", (string)errors["roles"]![0]!);
    }

    [SkippableFact]
    public async Task Create_WithoutRoles_Is400()
    {
        var admin = await fixture.App.CreateApiClientAsync("admin");

        var response = await admin.PostAsJsonAsync(Base, new { userName = "uden.rolle", displayName = "Uden Rolle", password = Password, roles = Array.Empty<string>() });

        Assert.Equal("Vælg mindst én rolle.", (string)(await ErrorsAsync(response))["roles"]![0]!);
    }

    [SkippableFact]
    public async Task Create_DuplicateUserNameInOtherCase_Is400()
    {
        var admin = await fixture.App.CreateApiClientAsync("admin");

        var response = await admin.PostAsJsonAsync(Base, new { userName = "DIREKTOR", displayName = "En til", password = Password, roles = new[] { "Reader" } });

        Assert.Equal("Brugernavnet 'DIREKTOR' er allerede i brug.", (string)(await ErrorsAsync(response))["userName"]![0]!);
    }

    [SkippableFact]
    public async Task Edit_WithoutVersion_Is400NamingTheField()
    {
        var admin = await fixture.App.CreateApiClientAsync("admin");
        var created = await CreateAsync(admin, "uden.version", "Uden Version", "Reader");

        var response = await admin.PutAsJsonAsync($"{Base}/{created["id"]}", new { displayName = "X", roles = new[] { "Reader" } });

        Assert.Equal("Angiv den version af brugeren, du har hentet (version).", (string)(await ErrorsAsync(response))["version"]![0]!);
        var disable = await admin.PostAsync($"{Base}/{created["id"]}/disable", null);
        Assert.True((await ErrorsAsync(disable)).ContainsKey("version"));
    }

    [SkippableFact]
    public async Task Edit_WithStaleVersion_Is409AndNothingIsSaved()
    {
        var admin = await fixture.App.CreateApiClientAsync("admin");
        var created = await CreateAsync(admin, "gammel.version", "Gammel Version", "Reader");
        var stale = (long)created["version"]!;
        await OkAsync(await admin.PutAsJsonAsync($"{Base}/{created["id"]}", new { displayName = "Første", roles = new[] { "Reader" }, version = stale }));

        var response = await admin.PutAsJsonAsync($"{Base}/{created["id"]}", new { displayName = "Anden", roles = new[] { "Reader" }, version = stale });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var user = (await admin.GetFromJsonAsync<JsonObject>($"{Base}/{created["id"]}"))!;
        Assert.Equal("Første", (string)user["displayName"]!);
    }

    [SkippableFact]
    public async Task Users_AsDirector_Is403_AndWithoutToken_Is401()
    {
        var director = await fixture.App.CreateApiClientAsync("direktor");
        Assert.Equal(HttpStatusCode.Forbidden, (await director.GetAsync(Base)).StatusCode);
        var post = await director.PostAsJsonAsync(Base, new { userName = "x", displayName = "x", password = Password, roles = new[] { "Administrator" } });
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);

        var anonymous = fixture.App.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(Base)).StatusCode);
    }

    [SkippableFact]
    public async Task Disable_Self_IsRefused()
    {
        var admin = await fixture.App.CreateApiClientAsync("admin");
        var me = await UserAsync(admin, "admin");

        var response = await admin.PostAsJsonAsync($"{Base}/{me["id"]}/disable", new { version = (long)me["version"]! });

        await AssertRefusedAsync(response, "SelfDisable", "Du kan ikke deaktivere dig selv. Bed en anden administrator om det.");
    }

    [SkippableFact]
    public async Task RemoveAdministratorRole_FromLastAdministrator_IsRefused()
    {
        var admin = await fixture.App.CreateApiClientAsync("admin");
        var me = await UserAsync(admin, "admin");

        var response = await admin.PutAsJsonAsync($"{Base}/{me["id"]}", new { displayName = "Anne", roles = new[] { "Director" }, version = (long)me["version"]! });

        await AssertRefusedAsync(
            response, "LastAdministrator", "Den sidste aktive administrator kan ikke miste rollen Administrator. Giv først en anden bruger rollen.");
        Assert.Contains("Administrator", (await UserAsync(admin, "admin"))["roles"]!.AsArray().Select(r => (string)r!));
    }

    [SkippableFact]
    public async Task Disable_ExistingTokenOfThatUser_Is401AtOnce()
    {
        var admin = await fixture.App.CreateApiClientAsync("admin");
        var created = await CreateAsync(admin, "faar.nej", "Får Nej", "Reader");
        var user = await fixture.App.CreateApiClientAsync("faar.nej", Password);
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync("/api/v1/organisation")).StatusCode);

        await OkAsync(await admin.PostAsJsonAsync($"{Base}/{created["id"]}/disable", new { version = (long)created["version"]! }));

        Assert.Equal(HttpStatusCode.Unauthorized, (await user.GetAsync("/api/v1/organisation")).StatusCode);
    }

    // The active-user check keeps a user a few seconds (ActiveUsers): a token that has just been accepted must
    // still be refused at once when the user's roles change.
    [SkippableFact]
    public async Task EditRoles_ExistingTokenOfThatUser_Is401AtOnce_EvenJustAfterItWasAccepted()
    {
        var admin = await fixture.App.CreateApiClientAsync("admin");
        var created = await CreateAsync(admin, "ny.rolle", "Ny Rolle", "Reader");
        var user = await fixture.App.CreateApiClientAsync("ny.rolle", Password);
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync("/api/v1/organisation")).StatusCode);

        await OkAsync(await admin.PutAsJsonAsync($"{Base}/{created["id"]}", new { displayName = "Ny Rolle", roles = new[] { "Finance" }, version = (long)created["version"]! }));

        Assert.Equal(HttpStatusCode.Unauthorized, (await user.GetAsync("/api/v1/organisation")).StatusCode);
        var renewed = await fixture.App.CreateApiClientAsync("ny.rolle", Password);
        Assert.Equal(HttpStatusCode.OK, (await renewed.GetAsync("/api/v1/organisation")).StatusCode);
    }

    // Failed sign-ins that lock the account refuse the user's existing token at once, also when the check had
    // just accepted it.
    [SkippableFact]
    public async Task LockedOutByFailedSignIns_ExistingTokenOfThatUser_Is401AtOnce()
    {
        var admin = await fixture.App.CreateApiClientAsync("admin");
        await CreateAsync(admin, "laast.ude", "Låst Ude", "Reader");
        var user = await fixture.App.CreateApiClientAsync("laast.ude", Password);
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync("/api/v1/organisation")).StatusCode);

        var anonymous = fixture.App.CreateClient();
        var attempts = new List<HttpStatusCode>();
        while (attempts.Count < 10 && !attempts.Contains(HttpStatusCode.Locked))
        {
            attempts.Add((await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { userName = "laast.ude", password = "Forkert-kode-123" })).StatusCode);
        }

        Assert.Contains(HttpStatusCode.Locked, attempts);
        Assert.Equal(HttpStatusCode.Unauthorized, (await user.GetAsync("/api/v1/organisation")).StatusCode);
    }

    [SkippableFact]
    public async Task ResetPassword_ExistingTokenOfThatUser_Is401AtOnce()
    {
        var admin = await fixture.App.CreateApiClientAsync("admin");
        var created = await CreateAsync(admin, "ny.kode", "Ny Kode", "Reader");
        var user = await fixture.App.CreateApiClientAsync("ny.kode", Password);

        await OkAsync(await admin.PostAsJsonAsync($"{Base}/{created["id"]}/password", new { password = "Endnu-en-kode-1", version = (long)created["version"]! }));

        Assert.Equal(HttpStatusCode.Unauthorized, (await user.GetAsync("/api/v1/organisation")).StatusCode);
    }

    [SkippableFact]
    public async Task Audit_RecordsEveryChange_WithoutSecrets()
    {
        var admin = await fixture.App.CreateApiClientAsync("admin");
        var created = await CreateAsync(admin, "revideret", "Revi Deret", "Reader");
        var id = (string)created["id"]!;
        var edited = await OkAsync(await admin.PutAsJsonAsync($"{Base}/{id}", new { displayName = "Revi", roles = new[] { "Finance" }, version = (long)created["version"]! }));
        var disabled = await OkAsync(await admin.PostAsJsonAsync($"{Base}/{id}/disable", new { version = (long)edited["version"]! }));
        await OkAsync(await admin.PostAsJsonAsync($"{Base}/{id}/password", new { password = "Revisor-kode-99", version = (long)disabled["version"]! }));

        var response = await admin.GetAsync($"/api/v1/audit?entity=AdminUser&id={id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var raw = await response.Content.ReadAsStringAsync();
        var history = JsonNode.Parse(raw)!.AsArray();
        Assert.All(history, r => Assert.Equal("admin", (string)r!["user"]!));
        var changes = history.SelectMany(r => r!["changes"]!.AsArray()).ToList();
        Assert.Contains(changes, c => (string)c!["field"]! == "UserName" && (string?)c["after"] == "revideret");
        Assert.Contains(changes, c => (string)c!["field"]! == "DisplayName" && (string?)c["before"] == "Revi Deret" && (string?)c["after"] == "Revi");
        Assert.Contains(changes, c => (string)c!["field"]! == "Roles" && (string?)c["before"] == "Reader" && (string?)c["after"] == "Finance");
        Assert.Contains(changes, c => (string)c!["field"]! == "IsDisabled" && (string?)c["after"] == "true");
        Assert.DoesNotContain(changes, c => (string)c!["field"]! is "SecurityStamp" or "ConcurrencyStamp" or "Version");
        Assert.All(changes.Where(c => (string)c!["field"]! == "PasswordHash"), c => Assert.Equal("***", (string?)c!["after"]));

        await using var scope = fixture.App.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AdminDbContext>>().CreateDbContextAsync();
        var stored = await db.Users.AsNoTracking().SingleAsync(u => u.Id == id);
        Assert.DoesNotContain(stored.PasswordHash!, raw, StringComparison.Ordinal);
        Assert.DoesNotContain(stored.SecurityStamp!, raw, StringComparison.Ordinal);
        Assert.DoesNotContain(stored.ConcurrencyStamp!, raw, StringComparison.Ordinal);
        var entries = await db.AuditEntries.AsNoTracking().Where(e => e.EntityKind == "AdminUser" && e.EntityId == id).ToListAsync();
        Assert.All(entries, e => Assert.DoesNotContain(stored.SecurityStamp!, e.Changes, StringComparison.Ordinal));
    }

    private static async Task<JsonObject> CreateAsync(HttpClient admin, string userName, string displayName, string role)
    {
        var response = await admin.PostAsJsonAsync(Base, new { userName, displayName, password = Password, roles = new[] { role } });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await ReadAsync(response);
        Assert.Equal($"/api/v1/users/{created["id"]}", response.Headers.Location?.OriginalString);
        return created;
    }

    private static async Task<JsonObject> UserAsync(HttpClient admin, string userName) =>
        (await admin.GetFromJsonAsync<JsonArray>(Base))!.Single(u => (string)u!["userName"]! == userName)!.AsObject();

    private static async Task<JsonObject> OkAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await ReadAsync(response);
    }

    private static async Task<JsonObject> ErrorsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return (await ReadAsync(response))["errors"]!.AsObject();
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response, string code, string detail)
    {
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(new MediaTypeHeaderValue("application/problem+json").MediaType, response.Content.Headers.ContentType?.MediaType);
        var problem = await ReadAsync(response);
        Assert.Equal(code, (string)problem["code"]!);
        Assert.Equal(detail, (string)problem["detail"]!);
    }

    private static async Task<JsonObject> ReadAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonObject>())!;
}

public sealed class UsersApiTestsOnSqlite(SqliteAppFixture fixture)
    : UsersApiTests<SqliteAppFixture>(fixture), IClassFixture<SqliteAppFixture>;

public sealed class UsersApiTestsOnPostgreSql(PostgreSqlAppFixture fixture)
    : UsersApiTests<PostgreSqlAppFixture>(fixture), IClassFixture<PostgreSqlAppFixture>;
