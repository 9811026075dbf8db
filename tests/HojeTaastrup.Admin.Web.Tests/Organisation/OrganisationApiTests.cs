using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using HojeTaastrup.Admin.Data;
using HojeTaastrup.Admin.Data.Auditing;
using HojeTaastrup.Admin.Domain.Organisation;
using HojeTaastrup.Admin.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HojeTaastrup.Admin.Web.Tests.Organisation;

// The organisation API against the demo data (the 2010 structure from 1 January 2010). Each test
// imports on a day of its own, so that the tests of a class can share one database.
public abstract class OrganisationApiTests<TFixture>(TFixture fixture)
    where TFixture : AppFixture
{
    [SkippableFact]
    public async Task Get_OnA2010Day_ReturnsTheTwentyCentresOfSeed000WithTheirUnits()
    {
        using var api = await fixture.App.CreateApiClientAsync("laeser");

        var organisation = await GetAsync(api, "2010-06-01");

        Assert.Equal("2010-01-01", organisation.GetProperty("effectiveFrom").GetString());
        var centres = organisation.GetProperty("centres").EnumerateArray().ToList();
        Assert.Equal(16, centres.Count(c => c.GetProperty("kind").GetString() == "Centre"));
        Assert.Equal(4, centres.Count(c => c.GetProperty("kind").GetString() == "Unit"));
        var bsc = centres.Single(c => c.GetProperty("code").GetString() == "BSC");
        Assert.Equal("Borgerservicecenter", bsc.GetProperty("name").GetString());
        Assert.Equal("Kommunaldirektørens område", bsc.GetProperty("directorate").GetString());
        var borgerservice = organisation.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("name").GetString() == "Borgerservice");
        Assert.Equal("BSC", borgerservice.GetProperty("centre").GetString());
        Assert.Equal(22.0m, borgerservice.GetProperty("fte").GetDecimal());
        Assert.Equal(8_360_000, borgerservice.GetProperty("payroll").GetInt64());
    }

    [SkippableFact]
    public async Task Get_BeforeTheFirstVersion_Is404WithADanishDetail()
    {
        using var api = await fixture.App.CreateApiClientAsync("laeser");

        var response = await api.GetAsync("/api/v1/organisation?date=2009-12-31");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(
            "Der er ingen organisation registreret den 31. december 2009. Den første gælder fra 1. januar 2010.",
            problem.GetProperty("detail").GetString());
    }

    [SkippableFact]
    public async Task Get_WithADateThatIsNoDay_Is400()
    {
        using var api = await fixture.App.CreateApiClientAsync("laeser");

        var response = await api.GetAsync("/api/v1/organisation?date=2010-13-01");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [SkippableFact]
    public async Task Import_Json_IsCreatedAndGetReturnsItFromItsDay_AndTheDayBeforeStillShowsTheOldOne()
    {
        using var admin = await fixture.App.CreateApiClientAsync("admin");

        var response = await admin.PostAsJsonAsync("/api/v1/organisation/import", SmallOrganisation("2040-01-01"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var organisation = await GetAsync(admin, "2040-02-01");
        Assert.Equal("2040-01-01", organisation.GetProperty("effectiveFrom").GetString());
        Assert.Equal(["DIG", "JOB"], organisation.GetProperty("centres").EnumerateArray().Select(c => c.GetProperty("code").GetString()).Order());
        var units = organisation.GetProperty("units").EnumerateArray().ToList();
        Assert.Equal(3, units.Count);
        Assert.Equal(12.5m, units.Single(u => u.GetProperty("name").GetString() == "Digitalisering").GetProperty("fte").GetDecimal());
        var before = await GetAsync(admin, "2039-12-31");
        Assert.Equal(20, before.GetProperty("centres").GetArrayLength());

        var versions = await admin.GetFromJsonAsync<JsonElement>("/api/v1/organisation/versions");
        var version = versions.EnumerateArray().Single(v => v.GetProperty("effectiveFrom").GetString() == "2040-01-01");
        Assert.Equal("Test af import", version.GetProperty("source").GetString());
        Assert.Equal(2, version.GetProperty("centres").GetInt32());
    }

    [SkippableFact]
    public async Task Import_SameDayWithTheVersionRead_ReplacesIt_AStaleVersionIs409_AndNoVersionIs400()
    {
        using var admin = await fixture.App.CreateApiClientAsync("admin");
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/v1/organisation/import", SmallOrganisation("2041-01-01"))).StatusCode);
        var read = await GetAsync(admin, "2041-01-01");
        var version = read.GetProperty("version").GetInt64();
        var digitalisation = read.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("name").GetString() == "Digitalisering").GetProperty("id").GetString();

        var replaced = await admin.PostAsJsonAsync("/api/v1/organisation/import", SmallOrganisation("2041-01-01", version, fte: 14.0m, digitalisationId: digitalisation));
        var stale = await admin.PostAsJsonAsync("/api/v1/organisation/import", SmallOrganisation("2041-01-01", version, fte: 15.0m));
        var withoutVersion = await admin.PostAsJsonAsync("/api/v1/organisation/import", SmallOrganisation("2041-01-01"));

        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, withoutVersion.StatusCode);
        var problem = await withoutVersion.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("1. januar 2041", Messages(problem.GetProperty("errors"), "version").Single(), StringComparison.Ordinal);
        var after = await GetAsync(admin, "2041-01-01");
        var unit = after.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("name").GetString() == "Digitalisering");
        Assert.Equal(14.0m, unit.GetProperty("fte").GetDecimal());
        Assert.Equal(digitalisation, unit.GetProperty("id").GetString());
    }

    [SkippableFact]
    public async Task Import_InvalidOrganisation_Is400WithDanishMessagesPerField_AndNothingIsSaved()
    {
        using var admin = await fixture.App.CreateApiClientAsync("admin");
        var body = new
        {
            effectiveFrom = "2042-01-01",
            directorates = new[] { new { name = "Digitalisering og service", director = "Anne Holm" } },
            centres = new[]
            {
                new { code = "DIG", name = "Digitaliseringscenter", directorate = "Digitalisering og service", kind = "center" },
                new { code = "dig", name = "Digitaliseringsenhed", directorate = "Ukendt område", kind = "kontor" },
            },
            units = new[] { new { name = "Drift", centre = "XYZ", fte = 12.55m, payroll = -1L } },
        };

        var response = await admin.PostAsJsonAsync("/api/v1/organisation/import", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("Koden DIG bruges af mere end ét center.", Messages(errors, "centres[1]"));
        Assert.Contains("Direktørområdet 'Ukendt område' findes ikke i organisationen.", Messages(errors, "centres[1]"));
        Assert.Contains("Typen skal være center, enhed eller stab.", Messages(errors, "centres[1].kind"));
        Assert.Contains("Centret 'XYZ' findes ikke i organisationen.", Messages(errors, "units[0]"));
        Assert.Contains(OrganisationRules.InvalidFteMessage, Messages(errors, "units[0].fte"));
        Assert.Contains(OrganisationRules.NegativePayrollMessage, Messages(errors, "units[0].payroll"));
        var versions = await admin.GetFromJsonAsync<JsonElement>("/api/v1/organisation/versions");
        Assert.DoesNotContain(versions.EnumerateArray(), v => v.GetProperty("effectiveFrom").GetString() == "2042-01-01");
    }

    [SkippableFact]
    public async Task Import_WithoutCentres_Is400()
    {
        using var admin = await fixture.App.CreateApiClientAsync("admin");

        var response = await admin.PostAsJsonAsync("/api/v1/organisation/import", new { effectiveFrom = "2043-01-01", directorates = new[] { new { name = "A" } }, centres = Array.Empty<object>() });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("Organisationen skal have mindst ét center.", Messages(errors, "centres"));
    }

    [SkippableFact]
    public async Task Import_AsReader_Is403()
    {
        using var reader = await fixture.App.CreateApiClientAsync("laeser");

        var response = await reader.PostAsJsonAsync("/api/v1/organisation/import", SmallOrganisation("2044-01-01"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [SkippableFact]
    public async Task Import_Csv_ReadsDanishDecimalsAndThousands_AndIsAudited()
    {
        using var admin = await fixture.App.CreateApiClientAsync("admin");
        const string csv = """
            direktørområde;direktør;centerkode;centernavn;type;afdeling;årsværk;lønsum
            Digitalisering og service;Anne Holm;DIG;Digitaliseringscenter;center;Digitalisering;12,5;5.400.000
            Digitalisering og service;Anne Holm;DIG;Digitaliseringscenter;center;It-drift;8;3.100.000
            Job og social;Bo Berg;JOB;Jobcenter;enhed;Jobformidling;20,0;8200000
            """;

        var response = await admin.PostAsync("/api/v1/organisation/import?effectiveFrom=2045-01-01&source=CSV-test", new StringContent(csv, Encoding.UTF8, "text/csv"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var organisation = await GetAsync(admin, "2045-01-01");
        var units = organisation.GetProperty("units").EnumerateArray().ToDictionary(u => u.GetProperty("name").GetString()!);
        Assert.Equal(12.5m, units["Digitalisering"].GetProperty("fte").GetDecimal());
        Assert.Equal(5_400_000, units["Digitalisering"].GetProperty("payroll").GetInt64());
        Assert.Equal(8_200_000, units["Jobformidling"].GetProperty("payroll").GetInt64());
        Assert.Equal("Unit", organisation.GetProperty("centres").EnumerateArray().Single(c => c.GetProperty("code").GetString() == "JOB").GetProperty("kind").GetString());

        var id = (await admin.GetFromJsonAsync<JsonElement>("/api/v1/organisation/versions")).EnumerateArray()
            .Single(v => v.GetProperty("effectiveFrom").GetString() == "2045-01-01").GetProperty("id").GetString();
        var audit = await AuditOfAsync(id!);
        var created = Assert.Single(audit);
        Assert.Equal(AuditAction.Created, created.Action);
        Assert.Equal("admin", created.UserName);
    }

    [SkippableFact]
    public async Task Import_CsvWithBadRows_Is400NamingTheLines()
    {
        using var admin = await fixture.App.CreateApiClientAsync("admin");
        const string csv = """
            direktørområde;direktør;centerkode;centernavn;type;afdeling;årsværk;lønsum
            Digitalisering og service;Anne Holm;DIG;Digitaliseringscenter;center;Digitalisering;tolv;5.400.000
            Digitalisering og service;Anne Holm;DIG;Digitaliseringscenter;center;It-drift;8,25;3.100.000
            """;

        var response = await admin.PostAsync("/api/v1/organisation/import?effectiveFrom=2046-01-01", new StringContent(csv, Encoding.UTF8, "text/csv"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("Linje 2: Årsværk 'tolv' er ikke et tal. Skriv fx 12,5.", Messages(errors, "rows[2].årsværk"));
    }

    [SkippableFact]
    public async Task EditUnit_ChangesItsFte_IsAudited_AndAStaleVersionIs409()
    {
        using var admin = await fixture.App.CreateApiClientAsync("admin");
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/v1/organisation/import", SmallOrganisation("2047-01-01"))).StatusCode);
        var version = (await admin.GetFromJsonAsync<JsonElement>("/api/v1/organisation/versions")).EnumerateArray()
            .Single(v => v.GetProperty("effectiveFrom").GetString() == "2047-01-01");
        var versionId = version.GetProperty("id").GetString()!;
        var read = version.GetProperty("version").GetInt64();
        var (unitKey, centreKey) = await UnitAndCentreKeysAsync(versionId, "Digitalisering");

        var edited = await admin.PutAsJsonAsync($"/api/v1/organisation/versions/{versionId}/units/{unitKey}", new { version = read, name = "Digitalisering", centreKey, fte = 13.5m, payroll = 5_600_000 });
        var stale = await admin.PutAsJsonAsync($"/api/v1/organisation/versions/{versionId}/units/{unitKey}", new { version = read, name = "Digitalisering", centreKey, fte = 1.0m, payroll = 1 });

        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Equal(read + 1, (await edited.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt64());
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var organisation = await GetAsync(admin, "2047-01-01");
        Assert.Equal(13.5m, organisation.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("name").GetString() == "Digitalisering").GetProperty("fte").GetDecimal());
        var modified = (await AuditOfAsync(versionId)).Last();
        Assert.Equal(AuditAction.Modified, modified.Action);
        var unitId = await UnitIdAsync(versionId, "Digitalisering");
        Assert.Contains(modified.ReadChanges(), c => c.Field == $"Units[{unitId}].Fte" && c.After == "13.5");
    }

    [SkippableFact]
    public async Task RemoveCentre_WithUnits_Is422WithTheDomainsMessage()
    {
        using var admin = await fixture.App.CreateApiClientAsync("admin");
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/v1/organisation/import", SmallOrganisation("2048-01-01"))).StatusCode);
        var version = (await admin.GetFromJsonAsync<JsonElement>("/api/v1/organisation/versions")).EnumerateArray()
            .Single(v => v.GetProperty("effectiveFrom").GetString() == "2048-01-01");
        var versionId = version.GetProperty("id").GetString()!;
        var (_, centreKey) = await UnitAndCentreKeysAsync(versionId, "Digitalisering");

        var response = await admin.DeleteAsync($"/api/v1/organisation/versions/{versionId}/centres/{centreKey}?version={version.GetProperty("version").GetInt64()}");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("Centret DIG har stadig 2 afdelinger og kan ikke fjernes.", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }

    [SkippableFact]
    public async Task GetVersion_GivesTheKeysOfItsParts_ForTheEditRoutes()
    {
        using var reader = await fixture.App.CreateApiClientAsync("laeser");
        var first = (await reader.GetFromJsonAsync<JsonElement>("/api/v1/organisation/versions"))[0];

        var version = await reader.GetFromJsonAsync<JsonElement>($"/api/v1/organisation/versions/{first.GetProperty("id").GetString()}");

        var bsc = version.GetProperty("structure").GetProperty("centres").EnumerateArray().Single(c => c.GetProperty("code").GetString() == "BSC");
        Assert.Equal("20100000-0000-0000-0000-000000000105", bsc.GetProperty("key").GetString());
        Assert.Equal("Centre", bsc.GetProperty("kind").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/api/v1/organisation/versions/{Guid.NewGuid()}")).StatusCode);
    }

    [SkippableFact]
    public async Task OpenApi_DescribesTheOrganisationRoutes()
    {
        using var client = fixture.App.CreateClient();

        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var operations = document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject())
            .Where(operation => operation.Value.TryGetProperty("operationId", out _))
            .Select(operation => operation.Value.GetProperty("operationId").GetString())
            .ToList();
        Assert.Contains("GetOrganisation", operations);
        Assert.Contains("GetOrganisationVersions", operations);
        Assert.Contains("ImportOrganisation", operations);
        Assert.Contains("EditUnit", operations);
    }

    private static async Task<JsonElement> GetAsync(HttpClient api, string date)
    {
        var response = await api.GetAsync($"/api/v1/organisation?date={date}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static List<string?> Messages(JsonElement errors, string field) =>
        errors.TryGetProperty(field, out var messages) ? messages.EnumerateArray().Select(m => m.GetString()).ToList() : [];

    private static object SmallOrganisation(string effectiveFrom, long? version = null, decimal fte = 12.5m, string? digitalisationId = null) => new
    {
        effectiveFrom,
        source = "Test af import",
        version,
        directorates = new[]
        {
            new { name = "Digitalisering og service", director = "Anne Holm" },
            new { name = "Job og social", director = "Bo Berg" },
        },
        centres = new[]
        {
            new { code = "DIG", name = "Digitaliseringscenter", directorate = "Digitalisering og service", kind = "Centre" },
            new { code = "JOB", name = "Jobcenter", directorate = "Job og social", kind = "Centre" },
        },
        units = new[]
        {
            new { id = digitalisationId, name = "Digitalisering", centre = "DIG", fte, payroll = 5_400_000L },
            new { id = (string?)null, name = "It-drift", centre = "DIG", fte = 8.0m, payroll = 3_100_000L },
            new { id = (string?)null, name = "Jobformidling", centre = "JOB", fte = 20.0m, payroll = 8_200_000L },
        },
    };

    private async Task<List<AuditEntry>> AuditOfAsync(string versionId)
    {
        await using var db = await CreateDbAsync();
        return (await db.AuditEntries.Where(e => e.EntityKind == nameof(OrganisationVersion) && e.EntityId == versionId).ToListAsync())
            .OrderBy(e => e.Id).ToList();
    }

    private async Task<(Guid Unit, Guid Centre)> UnitAndCentreKeysAsync(string versionId, string unitName)
    {
        await using var db = await CreateDbAsync();
        var version = await db.OrganisationVersions.SingleAsync(v => v.Id == Guid.Parse(versionId));
        var unit = version.Units.Single(u => u.Name == unitName);
        return (unit.Key, unit.CentreKey);
    }

    private async Task<Guid> UnitIdAsync(string versionId, string unitName)
    {
        await using var db = await CreateDbAsync();
        var version = await db.OrganisationVersions.SingleAsync(v => v.Id == Guid.Parse(versionId));
        return version.Units.Single(u => u.Name == unitName).Id;
    }

    private Task<AdminDbContext> CreateDbAsync() => fixture.CreateDbContextAsync();
}

public sealed class OrganisationApiTestsOnSqlite(SqliteAppFixture fixture)
    : OrganisationApiTests<SqliteAppFixture>(fixture), IClassFixture<SqliteAppFixture>;

public sealed class OrganisationApiTestsOnPostgreSql(PostgreSqlAppFixture fixture)
    : OrganisationApiTests<PostgreSqlAppFixture>(fixture), IClassFixture<PostgreSqlAppFixture>;
