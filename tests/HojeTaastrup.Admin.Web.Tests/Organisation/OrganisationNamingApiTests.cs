using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using HojeTaastrup.Admin.Web.Tests.Infrastructure;

namespace HojeTaastrup.Admin.Web.Tests.Organisation;

// The API names things one way: GET /api/v1/organisation gives each part the key that writes name it
// by, a reorganisation change may name a directorate by that key or by its name, and every organisation
// write without the `version` it read is a 400 naming the field. Raw JSON, so the tests see the wire format.
public abstract class OrganisationNamingApiTests<TFixture>(TFixture fixture)
    where TFixture : AppFixture
{
    [SkippableFact]
    public async Task Get_GivesEveryDirectorateCentreAndUnitTheKeyWritesUse()
    {
        using var api = await fixture.App.CreateApiClientAsync("laeser");

        var organisation = await api.GetFromJsonAsync<JsonElement>("/api/v1/organisation?date=2010-06-01");

        var directorate = organisation.GetProperty("directorates").EnumerateArray().Single(d => d.GetProperty("name").GetString() == "Kommunaldirektørens område");
        var bsc = organisation.GetProperty("centres").EnumerateArray().Single(c => c.GetProperty("code").GetString() == "BSC");
        Assert.True(Guid.TryParse(directorate.GetProperty("id").GetString(), out _));
        Assert.Equal("20100000-0000-0000-0000-000000000105", bsc.GetProperty("id").GetString());
        Assert.All(organisation.GetProperty("units").EnumerateArray(), u => Assert.True(Guid.TryParse(u.GetProperty("id").GetString(), out _)));
        Assert.Equal("Per Holm", directorate.GetProperty("director").GetString());
    }

    [SkippableFact]
    public async Task Import_OfWhatGetReturned_KeepsTheDirectorateAndCentreKeys()
    {
        using var admin = await fixture.App.CreateApiClientAsync("admin");
        var read = await admin.GetFromJsonAsync<JsonElement>("/api/v1/organisation?date=2010-06-01");
        var body = JsonSerializer.Serialize(new
        {
            effectiveFrom = "2052-01-01",
            directorates = read.GetProperty("directorates"),
            centres = read.GetProperty("centres"),
            units = read.GetProperty("units"),
        });

        var response = await admin.PostAsync("/api/v1/organisation/import", Json(body));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var imported = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(Ids(read, "directorates"), Ids(imported, "directorates"));
        Assert.Equal(Ids(read, "centres"), Ids(imported, "centres"));
    }

    [SkippableFact]
    public async Task ChangeDirectorate_NamingTheDirectorateByNameInAnyCase_IsStoredWithItsKey()
    {
        using var director = await fixture.App.CreateApiClientAsync("direktor");
        var (proposal, centre, directorate) = await ProposalAndAMoveAsync(director);

        var byName = await PostChangeAsync(director, proposal, $$"""{ "kind": "ChangeDirectorate", "centre": "{{centre}}", "directorate": "{{directorate.Name.ToUpperInvariant()}}", "rationale": "Prøve" }""");

        Assert.Equal(HttpStatusCode.Created, byName.StatusCode);
        var change = (await byName.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("changes").EnumerateArray().Last();
        Assert.Equal(directorate.Key, change.GetProperty("directorate").GetString());
    }

    [SkippableFact]
    public async Task ChangeDirectorate_NamingTheDirectorateByKey_StillWorks()
    {
        using var director = await fixture.App.CreateApiClientAsync("direktor");
        var (proposal, centre, directorate) = await ProposalAndAMoveAsync(director);

        var byKey = await PostChangeAsync(director, proposal, $$"""{ "kind": "ChangeDirectorate", "centre": "{{centre}}", "directorate": "{{directorate.Key}}", "rationale": "Prøve" }""");

        Assert.Equal(HttpStatusCode.Created, byKey.StatusCode);
    }

    [SkippableFact]
    public async Task ChangeDirectorate_WithAnUnknownDirectorateName_Is400AtTheField()
    {
        using var director = await fixture.App.CreateApiClientAsync("direktor");
        var (proposal, centre, _) = await ProposalAndAMoveAsync(director);

        var response = await PostChangeAsync(director, proposal, $$"""{ "kind": "ChangeDirectorate", "centre": "{{centre}}", "directorate": "Ingen sådan", "rationale": "Prøve" }""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.StartsWith("Direktørområdet 'Ingen sådan' findes ikke", errors.GetProperty("directorate")[0].GetString(), StringComparison.Ordinal);
    }

    // Every write under /api/v1/organisation that edits what exists: without `version`, a 400 naming it.
    [SkippableFact]
    public async Task EveryOrganisationWrite_WithoutVersion_Is400NamingTheField()
    {
        using var admin = await fixture.App.CreateApiClientAsync("admin");
        var imported = await admin.PostAsync("/api/v1/organisation/import", Json(SmallOrganisation("2051-01-01")));
        Assert.Equal(HttpStatusCode.Created, imported.StatusCode);
        var version = (await admin.GetFromJsonAsync<JsonElement>("/api/v1/organisation/versions")).EnumerateArray()
            .Single(v => v.GetProperty("effectiveFrom").GetString() == "2051-01-01");
        var id = version.GetProperty("id").GetString();
        var structure = (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/organisation/versions/{id}")).GetProperty("structure");
        var directorate = structure.GetProperty("directorates")[0].GetProperty("key").GetString();
        var centre = structure.GetProperty("centres")[0].GetProperty("key").GetString();
        var unit = structure.GetProperty("units")[0].GetProperty("key").GetString();
        var at = $"/api/v1/organisation/versions/{id}";
        var directorateBody = """{ "name": "Nyt område", "directorName": "Eva Sand" }""";
        var centreBody = $$"""{ "code": "NYC", "name": "Nyt center", "kind": "Centre", "directorateKey": "{{directorate}}" }""";
        var unitBody = $$"""{ "name": "Ny afdeling", "centreKey": "{{centre}}", "fte": 1.0, "payroll": 100000 }""";

        (HttpMethod Method, string Path, string? Body)[] writes =
        [
            (HttpMethod.Post, $"{at}/directorates", directorateBody),
            (HttpMethod.Put, $"{at}/directorates/{directorate}", directorateBody),
            (HttpMethod.Delete, $"{at}/directorates/{directorate}", null),
            (HttpMethod.Post, $"{at}/centres", centreBody),
            (HttpMethod.Put, $"{at}/centres/{centre}", centreBody),
            (HttpMethod.Delete, $"{at}/centres/{centre}", null),
            (HttpMethod.Post, $"{at}/units", unitBody),
            (HttpMethod.Put, $"{at}/units/{unit}", unitBody),
            (HttpMethod.Delete, $"{at}/units/{unit}", null),
            (HttpMethod.Delete, at, null),
            (HttpMethod.Post, "/api/v1/organisation/import", SmallOrganisation("2051-01-01")),
        ];
        foreach (var (method, path, body) in writes)
        {
            using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : Json(body) };
            var response = await admin.SendAsync(request);

            Assert.True(HttpStatusCode.BadRequest == response.StatusCode, $"{method} {path}: {(int)response.StatusCode}");
            var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
            Assert.True(errors.TryGetProperty("version", out _), $"{method} {path}: {errors}");
        }

        var unchanged = (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/organisation/versions/{id}")).GetProperty("version").GetInt64();
        Assert.Equal(version.GetProperty("version").GetInt64(), unchanged);
    }

    private sealed record DirectorateRef(string Key, string Name);

    // A proposal on today's organisation, a centre, and a directorate that centre is not under: all from one GET.
    private static async Task<(JsonElement Proposal, string Centre, DirectorateRef Directorate)> ProposalAndAMoveAsync(HttpClient director)
    {
        var organisation = await director.GetFromJsonAsync<JsonElement>("/api/v1/organisation");
        var centre = organisation.GetProperty("centres")[0];
        var other = organisation.GetProperty("directorates").EnumerateArray()
            .First(d => d.GetProperty("name").GetString() != centre.GetProperty("directorate").GetString());
        var created = await director.PostAsync("/api/v1/reorganisations", Json("""{ "title": "Direktørområder ved navn", "purpose": "Prøve", "effectiveDate": "2030-01-01" }"""));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonElement>(), centre.GetProperty("code").GetString()!,
            new DirectorateRef(other.GetProperty("id").GetString()!, other.GetProperty("name").GetString()!));
    }

    private static Task<HttpResponseMessage> PostChangeAsync(HttpClient client, JsonElement proposal, string change)
    {
        var body = change.TrimEnd().TrimEnd('}') + $", \"version\": {proposal.GetProperty("version").GetInt64()} }}";
        return client.PostAsync($"/api/v1/reorganisations/{proposal.GetProperty("id").GetString()}/changes", Json(body));
    }

    private static List<string?> Ids(JsonElement organisation, string parts) =>
        organisation.GetProperty(parts).EnumerateArray().Select(p => p.GetProperty("id").GetString()).Order().ToList();

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static string SmallOrganisation(string effectiveFrom) => $$"""
        {
          "effectiveFrom": "{{effectiveFrom}}",
          "directorates": [ { "name": "Digitalisering og service", "director": "Anne Holm" } ],
          "centres": [ { "code": "DIG", "name": "Digitaliseringscenter", "directorate": "Digitalisering og service", "kind": "Centre" } ],
          "units": [ { "name": "Digitalisering", "centre": "DIG", "fte": 12.5, "payroll": 5400000 } ]
        }
        """;
}

public sealed class OrganisationNamingApiTestsOnSqlite(SqliteAppFixture fixture)
    : OrganisationNamingApiTests<SqliteAppFixture>(fixture), IClassFixture<SqliteAppFixture>;

public sealed class OrganisationNamingApiTestsOnPostgreSql(PostgreSqlAppFixture fixture)
    : OrganisationNamingApiTests<PostgreSqlAppFixture>(fixture), IClassFixture<PostgreSqlAppFixture>;
