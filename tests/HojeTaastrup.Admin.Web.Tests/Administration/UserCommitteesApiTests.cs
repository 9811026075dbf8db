using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using HojeTaastrup.Admin.Web.Tests.Infrastructure;

namespace HojeTaastrup.Admin.Web.Tests.Administration;

// /api/v1/users with committees: the user's MED committees are the committees' own members
// (/api/v1/committees), set through the user in one save. Each test makes committees and users of its own.
public abstract class UserCommitteesApiTests<TFixture>(TFixture fixture)
    where TFixture : AppFixture
{
    private const string Users = "/api/v1/users";
    private const string Committees = "/api/v1/committees";
    private const string Password = "Ny-kode-til-test";

    [SkippableFact]
    public async Task Create_WithTwoCommittees_ShowsThem_AndTheCommitteesHaveTheMember_PutEmptyRemoves()
    {
        var admin = await fixture.App.CreateApiClientAsync("admin");
        var first = await CommitteeAsync(admin, "SektorMED Brugertest A");
        var second = await CommitteeAsync(admin, "LokalMED Brugertest B", "Lokal");

        var created = await CreatedAsync(await admin.PostAsJsonAsync(Users, new
        {
            userName = "med.to.udvalg", displayName = "Mette To Udvalg", password = Password, roles = new[] { "MedMember" },
            committees = new[] { first, second },
        }));
        var id = (string)created["id"]!;

        Assert.Equal(["SektorMED Brugertest A", "LokalMED Brugertest B"], Names(created));
        var listed = (await admin.GetFromJsonAsync<JsonArray>(Users))!.Single(u => (string)u!["id"]! == id)!.AsObject();
        Assert.Equal([first, second], listed["committees"]!.AsArray().Select(c => (string)c!["id"]!));
        Assert.Equal(["SektorMED Brugertest A", "LokalMED Brugertest B"], Names((await admin.GetFromJsonAsync<JsonObject>($"{Users}/{id}"))!));
        Assert.Contains(id, await MemberIdsAsync(admin, first));
        Assert.Contains(id, await MemberIdsAsync(admin, second));

        // Missing committees on PUT leave them as they are.
        var renamed = await OkAsync(await admin.PutAsJsonAsync($"{Users}/{id}", new
        {
            displayName = "Mette", roles = new[] { "MedMember" }, version = (long)created["version"]!,
        }));
        Assert.Equal(2, renamed["committees"]!.AsArray().Count);

        var removed = await OkAsync(await admin.PutAsJsonAsync($"{Users}/{id}", new
        {
            displayName = "Mette", roles = new[] { "MedMember" }, committees = Array.Empty<string>(), version = (long)renamed["version"]!,
        }));
        Assert.Empty(removed["committees"]!.AsArray());
        Assert.True((long)removed["version"]! > (long)renamed["version"]!);
        Assert.DoesNotContain(id, await MemberIdsAsync(admin, first));
        Assert.DoesNotContain(id, await MemberIdsAsync(admin, second));

        var history = (await admin.GetFromJsonAsync<JsonArray>($"/api/v1/audit?entity=AdminUser&id={id}"))!;
        var changes = history.SelectMany(r => r!["changes"]!.AsArray()).ToList();
        Assert.Contains(changes, c => (string)c!["field"]! == "Committees" && (string?)c["before"] == null
            && (string?)c["after"] == "LokalMED Brugertest B, SektorMED Brugertest A");
        Assert.Contains(changes, c => (string)c!["field"]! == "Committees" && (string?)c["after"] == null);
    }

    [SkippableFact]
    public async Task Edit_CommitteesOnly_WithStaleVersion_Is409AndNothingIsSaved()
    {
        var admin = await fixture.App.CreateApiClientAsync("admin");
        var committee = await CommitteeAsync(admin, "SektorMED Brugertest Gammel");
        var created = await MedMemberAsync(admin, "med.gammel", "Gammel");
        var id = (string)created["id"]!;
        var stale = (long)created["version"]!;
        await OkAsync(await admin.PutAsJsonAsync($"{Users}/{id}", new { displayName = "Ny", roles = new[] { "MedMember" }, version = stale }));

        var response = await admin.PutAsJsonAsync($"{Users}/{id}", new
        {
            displayName = "Ny", roles = new[] { "MedMember" }, committees = new[] { committee }, version = stale,
        });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.DoesNotContain(id, await MemberIdsAsync(admin, committee));
    }

    [SkippableFact]
    public async Task CreateAndEdit_WithUnknownCommittee_Is400OnCommittees_AndNothingIsSaved()
    {
        var admin = await fixture.App.CreateApiClientAsync("admin");
        var known = await CommitteeAsync(admin, "SektorMED Brugertest Kendt");
        var unknown = Guid.NewGuid().ToString();

        var create = await admin.PostAsJsonAsync(Users, new
        {
            userName = "med.ukendt", displayName = "Ukendt Udvalg", password = Password, roles = new[] { "MedMember" },
            committees = new[] { known, unknown },
        });

        Assert.Equal($"Udvalget {unknown} findes ikke.", (string)(await ErrorsAsync(create))["committees"]![0]!);
        Assert.DoesNotContain((await admin.GetFromJsonAsync<JsonArray>(Users))!, u => (string)u!["userName"]! == "med.ukendt");
        Assert.Empty(await MemberIdsAsync(admin, known));

        var created = await MedMemberAsync(admin, "med.kendt", "Kendt");
        var id = (string)created["id"]!;
        var edit = await admin.PutAsJsonAsync($"{Users}/{id}", new
        {
            displayName = "Ændret", roles = new[] { "MedMember" }, committees = new[] { known, unknown }, version = (long)created["version"]!,
        });

        Assert.Equal($"Udvalget {unknown} findes ikke.", (string)(await ErrorsAsync(edit))["committees"]![0]!);
        var after = (await admin.GetFromJsonAsync<JsonObject>($"{Users}/{id}"))!;
        Assert.Equal("Kendt", (string)after["displayName"]!);
        Assert.Equal((long)created["version"]!, (long)after["version"]!);
        Assert.Empty(await MemberIdsAsync(admin, known));
    }

    [SkippableFact]
    public async Task CreateAndEdit_WithCommittees_AsNonAdministrator_Is403()
    {
        var admin = await fixture.App.CreateApiClientAsync("admin");
        var committee = await CommitteeAsync(admin, "SektorMED Brugertest Forbudt");
        var created = await MedMemberAsync(admin, "med.forbudt", "Forbudt");
        var director = await fixture.App.CreateApiClientAsync("direktor");

        var post = await director.PostAsJsonAsync(Users, new
        {
            userName = "x.forbudt", displayName = "x", password = Password, roles = new[] { "Reader" }, committees = new[] { committee },
        });
        var put = await director.PutAsJsonAsync($"{Users}/{created["id"]}", new
        {
            displayName = "x", roles = new[] { "MedMember" }, committees = new[] { committee }, version = (long)created["version"]!,
        });

        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, put.StatusCode);
        Assert.Empty(await MemberIdsAsync(admin, committee));
    }

    [SkippableFact]
    public async Task AdministrationPage_ShowsTheUsersCommittees()
    {
        var admin = await fixture.App.CreateApiClientAsync("admin");
        var committee = await CommitteeAsync(admin, "SektorMED Brugertest Side");
        await CreatedAsync(await admin.PostAsJsonAsync(Users, new
        {
            userName = "med.side", displayName = "Side", password = Password, roles = new[] { "MedMember" }, committees = new[] { committee },
        }));
        var browser = await fixture.App.CreateSignedInBrowserAsync("admin");

        var html = await browser.GetStringAsync("/administration");

        Assert.Contains("MED-udvalg", html, StringComparison.Ordinal);
        Assert.Matches("data-testid=\"user-committees-med.side\"[^>]*>SektorMED Brugertest Side</span>", html);
    }

    private static async Task<JsonObject> MedMemberAsync(HttpClient admin, string userName, string displayName) =>
        await CreatedAsync(await admin.PostAsJsonAsync(Users, new { userName, displayName, password = Password, roles = new[] { "MedMember" } }));

    private static async Task<string> CommitteeAsync(HttpClient admin, string name, string level = "Sektor") =>
        (string)(await CreatedAsync(await admin.PostAsJsonAsync(Committees, new { name, level, centres = Array.Empty<string>() })))["id"]!;

    private static async Task<List<string>> MemberIdsAsync(HttpClient admin, string committee) =>
        (await admin.GetFromJsonAsync<JsonArray>(Committees))!
            .Single(c => (string)c!["id"]! == committee)!["members"]!.AsArray()
            .Select(m => (string)m!["id"]!).ToList();

    private static IEnumerable<string> Names(JsonObject user) => user["committees"]!.AsArray().Select(c => (string)c!["name"]!);

    private static async Task<JsonObject> CreatedAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    private static async Task<JsonObject> OkAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    private static async Task<JsonObject> ErrorsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject();
    }
}

public sealed class UserCommitteesApiTestsOnSqlite(SqliteAppFixture fixture)
    : UserCommitteesApiTests<SqliteAppFixture>(fixture), IClassFixture<SqliteAppFixture>;

public sealed class UserCommitteesApiTestsOnPostgreSql(PostgreSqlAppFixture fixture)
    : UserCommitteesApiTests<PostgreSqlAppFixture>(fixture), IClassFixture<PostgreSqlAppFixture>;
