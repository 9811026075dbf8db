using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using HojeTaastrup.Admin.Data;
using HojeTaastrup.Admin.Data.Auditing;
using HojeTaastrup.Admin.Data.Identity;
using HojeTaastrup.Admin.Domain.Organisation;
using HojeTaastrup.Admin.Web.Api;
using HojeTaastrup.Admin.Web.Security;
using HojeTaastrup.Admin.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HojeTaastrup.Admin.Web.Tests.Hardening;

// The faults an outside test of the running portal found (issue 9), one test each, on the demo data.
// Imports use days of their own (2060–2069), so that the tests of a class can share one database.
public abstract class HardeningApiTests<TFixture>(TFixture fixture)
    where TFixture : AppFixture
{
    private const string Json = "application/json";

    [SkippableFact]
    public async Task EditUnit_WithAbsurdPayroll_Is400AtTheField_AndTheOrganisationStillAnswers()
    {
        using var admin = await fixture.App.CreateApiClientAsync("admin");
        var (versionId, read, unitKey, centreKey) = await FirstUnitAsync(admin);

        var response = await admin.PutAsync(
            $"/api/v1/organisation/versions/{versionId}/units/{unitKey}",
            Raw($$"""{ "version": {{read}}, "name": "Borgerservice", "centreKey": "{{centreKey}}", "fte": 22.0, "payroll": 9223372036854775807 }"""));

        await AssertFieldErrorAsync(response, "payroll");
        using var director = await fixture.App.CreateApiClientAsync("direktor");
        Assert.Equal(HttpStatusCode.OK, (await director.GetAsync("/api/v1/organisation")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await director.GetAsync("/api/v1/reorganisations")).StatusCode);
    }

    [SkippableFact]
    public async Task Import_WithAbsurdPayrollOrFte_Is400AndNothingIsSaved()
    {
        using var admin = await fixture.App.CreateApiClientAsync("admin");

        var payroll = await admin.PostAsync("/api/v1/organisation/import", Raw(Organisation("2060-01-01", payroll: "9223372036854775807")));
        var fte = await admin.PostAsync("/api/v1/organisation/import", Raw(Organisation("2060-01-01", fte: "1000000.0")));

        await AssertFieldErrorAsync(payroll, "units[0].payroll");
        await AssertFieldErrorAsync(fte, "units[0].fte");
        var inForce = await admin.GetFromJsonAsync<JsonElement>("/api/v1/organisation?date=2060-06-01");
        Assert.NotEqual("2060-01-01", inForce.GetProperty("effectiveFrom").GetString());
    }

    [SkippableTheory]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    [InlineData("1969-12-31")]
    [InlineData("2101-01-01")]
    public async Task CreateProposal_EffectiveOutsideThePlausibleWindow_Is400AtTheField(string day)
    {
        using var director = await fixture.App.CreateApiClientAsync("direktor");

        var response = await director.PostAsync("/api/v1/reorganisations", Raw($$"""{ "title": "Forkert dato", "purpose": "", "effectiveDate": "{{day}}" }"""));

        await AssertFieldErrorAsync(response, "effectiveDate");
    }

    [SkippableFact]
    public async Task Import_EffectiveIn9999_Is400AtTheField()
    {
        using var admin = await fixture.App.CreateApiClientAsync("admin");

        var response = await admin.PostAsync("/api/v1/organisation/import", Raw(Organisation("9999-12-31")));

        await AssertFieldErrorAsync(response, "effectiveFrom");
    }

    [SkippableFact]
    public async Task RemoveVersion_AMistakenVersion_IsGoneAndAudited_AndAStaleVersionIs409()
    {
        using var admin = await fixture.App.CreateApiClientAsync("admin");
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsync("/api/v1/organisation/import", Raw(Organisation("2061-01-01")))).StatusCode);
        var version = (await admin.GetFromJsonAsync<JsonElement>("/api/v1/organisation/versions")).EnumerateArray()
            .Single(v => v.GetProperty("effectiveFrom").GetString() == "2061-01-01");
        var id = version.GetProperty("id").GetString();
        var read = version.GetProperty("version").GetInt64();

        var stale = await admin.DeleteAsync($"/api/v1/organisation/versions/{id}?version={read + 5}");
        var removed = await admin.DeleteAsync($"/api/v1/organisation/versions/{id}?version={read}");

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.DoesNotContain((await admin.GetFromJsonAsync<JsonElement>("/api/v1/organisation/versions")).EnumerateArray(), v => v.GetProperty("id").GetString() == id);
        await using var db = await CreateDbAsync();
        Assert.True(await db.AuditEntries.AnyAsync(e => e.EntityKind == nameof(OrganisationVersion) && e.EntityId == id && e.Action == AuditAction.Deleted));
        using var director = await fixture.App.CreateApiClientAsync("direktor");
        Assert.Equal(HttpStatusCode.Forbidden, (await director.DeleteAsync($"/api/v1/organisation/versions/{id}?version={read}")).StatusCode);
    }

    [SkippableFact]
    public async Task ImportCsv_WithUnbalancedQuote_IsRefusedWithLineNumber()
    {
        using var admin = await fixture.App.CreateApiClientAsync("admin");
        var csv = "direktørområde;direktør;centerkode;centernavn;type;afdeling;årsværk;lønsum\n"
            + "Direktion;Anne;DIG;Digitalisering;center;Drift;10;4.000.000\n"
            + "Direktion;Anne;JOB;\"Jobcenter;center;Ydelse;12;5.000.000\n"
            + "Direktion;Anne;JOB;Jobcenter;center;Ledighed;12;5.000.000\n";

        var response = await admin.PostAsync("/api/v1/organisation/import?effectiveFrom=2062-01-01", new StringContent(csv, Encoding.UTF8, "text/csv"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("Linje 3:", errors.GetProperty("rows[3]")[0].GetString(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Import_LargerThanTheLimit_Is413InDanish()
    {
        using var admin = await fixture.App.CreateApiClientAsync("admin");
        var line = "Direktion;Anne;DIG;Digitalisering;center;Afdeling {0};10;4.000.000\n";
        var csv = new StringBuilder("direktørområde;direktør;centerkode;centernavn;type;afdeling;årsværk;lønsum\n");
        for (var i = 0; csv.Length <= OrganisationEndpoints.MaxImportBytes; i++)
        {
            csv.AppendFormat(System.Globalization.CultureInfo.InvariantCulture, line, i);
        }

        var response = await admin.PostAsync("/api/v1/organisation/import?effectiveFrom=2063-01-01", new StringContent(csv.ToString(), Encoding.UTF8, "text/csv"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await AssertDanishProblemAsync(response, "Filen er for stor");
    }

    [SkippableFact]
    public async Task CreateProposal_WithOverlongOrControlCharacterText_Is400AtTheField()
    {
        using var director = await fixture.App.CreateApiClientAsync("direktor");

        var longTitle = await director.PostAsync("/api/v1/reorganisations", Raw($$"""{ "title": "{{new string('x', 100_000)}}", "purpose": "", "effectiveDate": "2030-01-01" }"""));
        var nul = await director.PostAsync("/api/v1/reorganisations", Raw("""{ "title": "Nul\u0000tegn", "purpose": "", "effectiveDate": "2030-01-01" }"""));
        var escape = await director.PostAsync("/api/v1/reorganisations", Raw("""{ "title": "Titel", "purpose": "Esc\u001b[31m", "effectiveDate": "2030-01-01" }"""));
        var bidi = await director.PostAsync("/api/v1/reorganisations", Raw("""{ "title": "fdp\u202Eexe", "purpose": "", "effectiveDate": "2030-01-01" }"""));

        await AssertFieldErrorAsync(longTitle, "title");
        await AssertFieldErrorAsync(nul, "title");
        await AssertFieldErrorAsync(escape, "purpose");
        await AssertFieldErrorAsync(bidi, "title");
    }

    [SkippableFact]
    public async Task AddUnit_WithOverlongName_Is400AtTheField()
    {
        using var admin = await fixture.App.CreateApiClientAsync("admin");
        var (versionId, read, _, centreKey) = await FirstUnitAsync(admin);

        var response = await admin.PostAsync(
            $"/api/v1/organisation/versions/{versionId}/units",
            Raw($$"""{ "version": {{read}}, "name": "{{new string('x', 100_000)}}", "centreKey": "{{centreKey}}", "fte": 1.0, "payroll": 1 }"""));

        await AssertFieldErrorAsync(response, "name");
    }

    [SkippableFact]
    public async Task Token_WrongPasswordAndUnknownUser_HaveDanishTitles()
    {
        using var client = fixture.App.CreateClient();

        var wrong = await client.PostAsync("/api/v1/auth/token", Raw("""{ "userName": "admin", "password": "forkert-kode-123" }"""));
        var unknown = await client.PostAsync("/api/v1/auth/token", Raw("""{ "userName": "findes-ikke", "password": "forkert-kode-123" }"""));

        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        await AssertDanishProblemAsync(wrong, "Forkert brugernavn eller adgangskode");
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        await AssertDanishProblemAsync(unknown, "Forkert brugernavn eller adgangskode");
    }

    [SkippableFact]
    public async Task Token_ForAnUnknownUser_TakesAsLongAsForAWrongPassword()
    {
        using var client = fixture.App.CreateClient();
        async Task<double> MedianMsAsync(string userName)
        {
            var times = new List<double>();
            for (var i = 0; i < 3; i++)
            {
                var watch = Stopwatch.StartNew();
                await client.PostAsync("/api/v1/auth/token", Raw($$"""{ "userName": "{{userName}}", "password": "forkert-kode-123" }"""));
                times.Add(watch.Elapsed.TotalMilliseconds);
            }

            return times.Order().ElementAt(1);
        }

        var unknown = await MedianMsAsync("findes-ikke");
        var known = await MedianMsAsync("okonomi");

        // Both at least the floor, and within a quarter of each other (the machine may be busy).
        Assert.True(unknown >= ApiTokenService.RefusalFloor.TotalMilliseconds - 5, $"unknown user {unknown:0.0} ms");
        Assert.True(unknown > known * 0.75 && known > unknown * 0.75, $"unknown user {unknown:0.0} ms, real user {known:0.0} ms");
    }

    [SkippableFact]
    public async Task Token_OfADisabledUser_Is401()
    {
        using var med = await fixture.App.CreateApiClientAsync("med");
        using (var scope = fixture.App.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AdminUser>>();
            var user = (await users.FindByNameAsync("med"))!;
            user.IsDisabled = true;
            await users.UpdateAsync(user);
        }

        var response = await med.GetAsync("/api/v1/organisation");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await AssertDanishProblemAsync(response, "Ikke logget ind");
    }

    [SkippableTheory]
    [InlineData("""{ "version": 1, "name": "A", "centreKey": "not-a-guid", "fte": 1.0, "payroll": 1 }""", "centreKey")]
    [InlineData("""{ "version": 1, "name": "A", "centreKey": null, "fte": 1.0, "payroll": 1e30 }""", "payroll")]
    [InlineData("""{ "version": 1, "name": "A", "centreKey": null, "fte": "mange", "payroll": 1 }""", "fte")]
    public async Task AddUnit_WithAnUnreadableField_Is400NamingTheField(string body, string field)
    {
        using var admin = await fixture.App.CreateApiClientAsync("admin");
        var (versionId, _, _, _) = await FirstUnitAsync(admin);

        var response = await admin.PostAsync($"/api/v1/organisation/versions/{versionId}/units", Raw(body));

        await AssertFieldErrorAsync(response, field);
    }

    [SkippableFact]
    public async Task AddCentre_WithAnUnknownKind_Is400NamingTheField()
    {
        using var admin = await fixture.App.CreateApiClientAsync("admin");
        var (versionId, _, _, _) = await FirstUnitAsync(admin);

        var response = await admin.PostAsync($"/api/v1/organisation/versions/{versionId}/centres", Raw("""{ "version": 1, "code": "ABC", "name": "A", "kind": "Kontor" }"""));

        await AssertFieldErrorAsync(response, "kind");
    }

    [SkippableFact]
    public async Task Get_WithAnUnreadableDate_Is400NamingTheParameter()
    {
        using var reader = await fixture.App.CreateApiClientAsync("laeser");

        await AssertFieldErrorAsync(await reader.GetAsync("/api/v1/organisation?date=i-morgen"), "date");
    }

    [SkippableFact]
    public async Task Get_WithAnOverlongAddress_Is414AsProblemDetails()
    {
        using var reader = await fixture.App.CreateApiClientAsync("laeser");

        var response = await reader.GetAsync("/api/v1/organisation?date=" + new string('9', ApiSetup.MaxUrlLength));

        Assert.Equal(HttpStatusCode.RequestUriTooLong, response.StatusCode);
        await AssertDanishProblemAsync(response, "Adressen er for lang");
    }

    private static StringContent Raw(string json) => new(json, Encoding.UTF8, Json);

    private static string Organisation(string effectiveFrom, string payroll = "5400000", string fte = "12.5") => $$"""
        {
          "effectiveFrom": "{{effectiveFrom}}", "source": "Hærdning",
          "directorates": [ { "name": "Direktion", "director": "Anne" } ],
          "centres": [ { "code": "DIG", "name": "Digitaliseringscenter", "directorate": "Direktion", "kind": "Centre" } ],
          "units": [ { "name": "Digitalisering", "centre": "DIG", "fte": {{fte}}, "payroll": {{payroll}} } ]
        }
        """;

    internal static async Task AssertFieldErrorAsync(HttpResponseMessage response, string field)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = JsonDocument.Parse(body).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}: {body}");
    }

    internal static async Task AssertDanishProblemAsync(HttpResponseMessage response, string title)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(title, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
    }

    private async Task<(string VersionId, long Read, Guid UnitKey, Guid CentreKey)> FirstUnitAsync(HttpClient admin)
    {
        var version = (await admin.GetFromJsonAsync<JsonElement>("/api/v1/organisation/versions"))[0];
        var versionId = version.GetProperty("id").GetString()!;
        await using var db = await CreateDbAsync();
        var unit = (await db.OrganisationVersions.SingleAsync(v => v.Id == Guid.Parse(versionId))).Units.First(u => u.Name == "Borgerservice");
        return (versionId, version.GetProperty("version").GetInt64(), unit.Key, unit.CentreKey);
    }

    private Task<AdminDbContext> CreateDbAsync() => fixture.CreateDbContextAsync();
}

public sealed class HardeningApiTestsOnSqlite(SqliteAppFixture fixture)
    : HardeningApiTests<SqliteAppFixture>(fixture), IClassFixture<SqliteAppFixture>;

public sealed class HardeningApiTestsOnPostgreSql(PostgreSqlAppFixture fixture)
    : HardeningApiTests<PostgreSqlAppFixture>(fixture), IClassFixture<PostgreSqlAppFixture>;
