using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HojeTaastrup.Admin.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace HojeTaastrup.Admin.Web.Tests.Performance;

// Reading the organisation costs the same number of SQL commands whatever its size (no N+1), and no command
// joins two of a version's collections (that join returns directorates × centres × units rows: 64,000 for
// the large organisation below instead of 444).
//   small:  2 directorates,  4 centres,   8 units  (from 2001-01-01)
//   large:  4 directorates, 40 centres, 400 units  (from 2002-01-01)
public abstract class QueryCountTests<TFixture>(TFixture fixture)
    where TFixture : AppFixture
{
    [SkippableFact]
    public async Task ReadingTheOrganisation_CostsTheSameCommandsAtEverySize_AndJoinsNoTwoCollections()
    {
        using var admin = await fixture.App.CreateApiClientAsync("admin");
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/v1/organisation/import", Organisation("2001-01-01", 2, 2, 2))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/v1/organisation/import", Organisation("2002-01-01", 4, 10, 10))).StatusCode);
        using var reader = await fixture.App.CreateApiClientAsync("laeser");
        using var counter = new SqlCommandCounter(DatabaseName(fixture.Database.ConnectionString));

        var small = await MeasureAsync(counter, () => reader.GetAsync("/api/v1/organisation?date=2001-06-01"));
        var large = await MeasureAsync(counter, () => reader.GetAsync("/api/v1/organisation?date=2002-06-01"));
        var versions = await MeasureAsync(counter, () => reader.GetAsync("/api/v1/organisation/versions"));

        Assert.InRange(small.Count, 1, 10);
        Assert.Equal(small.Count, large.Count);
        Assert.InRange(versions.Count, 1, 10);
        Assert.All(large, text => Assert.True(PartTablesIn(text) <= 1, "A command joins two collections of a version: " + text));
    }

    // An unchanged version is read from memory (the import has just read it); an edit raises its Version, so
    // the next read reads the parts again and sees the edit.
    [SkippableFact]
    public async Task ReadingAnUnchangedVersion_ReadsNoParts_AndAnEditIsSeenAtOnce()
    {
        using var admin = await fixture.App.CreateApiClientAsync("admin");
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/v1/organisation/import", Organisation("2003-01-01", 2, 2, 2))).StatusCode);
        var versions = await admin.GetFromJsonAsync<JsonElement>("/api/v1/organisation/versions");
        var versionId = versions.EnumerateArray().Single(v => v.GetProperty("effectiveFrom").GetString() == "2003-01-01").GetProperty("id").GetGuid();
        using var counter = new SqlCommandCounter(DatabaseName(fixture.Database.ConnectionString));

        var unchanged = await MeasureAsync(counter, () => admin.GetAsync("/api/v1/organisation?date=2003-06-01"));
        var organisation = await admin.GetFromJsonAsync<JsonElement>("/api/v1/organisation?date=2003-06-01");
        var unit = organisation.GetProperty("units")[0];
        var edited = await admin.PutAsJsonAsync(
            $"/api/v1/organisation/versions/{versionId}/units/{unit.GetProperty("id").GetGuid()}",
            new { version = organisation.GetProperty("version").GetInt64(), name = "Omdøbt afdeling", centreKey = CentreKeyOf(organisation, unit), fte = 5.0m, payroll = 2_000_000 });
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        counter.Reset();
        var after = await admin.GetFromJsonAsync<JsonElement>("/api/v1/organisation?date=2003-06-01");

        Assert.DoesNotContain(unchanged, text => PartTablesIn(text) > 0);
        Assert.Contains(counter.Texts, text => PartTablesIn(text) > 0);
        Assert.Contains(after.GetProperty("units").EnumerateArray(), u => u.GetProperty("name").GetString() == "Omdøbt afdeling");
    }

    private static Guid CentreKeyOf(JsonElement organisation, JsonElement unit) =>
        organisation.GetProperty("centres").EnumerateArray()
            .First(c => c.GetProperty("code").GetString() == unit.GetProperty("centre").GetString())
            .GetProperty("id").GetGuid();

    private static readonly string[] PartTables = ["\"Directorates\"", "\"Centres\"", "\"Units\""];

    private static int PartTablesIn(string commandText) => PartTables.Count(table => commandText.Contains(table, StringComparison.Ordinal));

    // The organisation's commands: the token's active-user check reads the user only when it has not kept it for
    // the last few seconds (ActiveUsers), whatever the organisation's size, so it is left out.
    private static async Task<IReadOnlyList<string>> MeasureAsync(SqlCommandCounter counter, Func<Task<HttpResponseMessage>> request)
    {
        counter.Reset();
        using var response = await request();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return counter.Texts.Where(text => !text.Contains("\"AspNetUsers\"", StringComparison.Ordinal)).ToList();
    }

    private static string DatabaseName(string connectionString) =>
        connectionString.Contains("Host=", StringComparison.OrdinalIgnoreCase)
            ? new NpgsqlConnectionStringBuilder(connectionString).Database!
            : Path.GetFileName(new SqliteConnectionStringBuilder(connectionString).DataSource);

    private static object Organisation(string effectiveFrom, int directorates, int centresEach, int unitsEach)
    {
        var directorateNames = Enumerable.Range(1, directorates).Select(d => $"Område {d}").ToList();
        var centres = directorateNames
            .SelectMany((name, d) => Enumerable.Range(1, centresEach).Select(c => new { code = $"C{d}{c:00}", name = $"Center {d}.{c}", directorate = name, kind = "Centre" }))
            .ToList();
        return new
        {
            effectiveFrom,
            source = "Måling af forespørgsler",
            directorates = directorateNames.Select(name => new { name, director = "Direktør" }),
            centres,
            units = centres.SelectMany(c => Enumerable.Range(1, unitsEach).Select(u => new { name = $"Afdeling {u}", centre = c.code, fte = 5.0m, payroll = 2_000_000L })),
        };
    }
}

public sealed class QueryCountTestsOnSqlite(SqliteAppFixture fixture)
    : QueryCountTests<SqliteAppFixture>(fixture), IClassFixture<SqliteAppFixture>;

public sealed class QueryCountTestsOnPostgreSql(PostgreSqlAppFixture fixture)
    : QueryCountTests<PostgreSqlAppFixture>(fixture), IClassFixture<PostgreSqlAppFixture>;
