using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HojeTaastrup.Admin.Data;
using HojeTaastrup.Admin.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HojeTaastrup.Admin.Web.Tests.Audit;

public abstract class AuditHistoryTests<TFixture>(TFixture fixture)
    where TFixture : AppFixture
{
    private async Task<string> DemoOrganisationVersionIdAsync()
    {
        var contexts = fixture.App.Services.GetRequiredService<IDbContextFactory<AdminDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        var version = await db.OrganisationVersions.OrderBy(v => v.EffectiveFrom).FirstAsync();
        return version.Id.ToString();
    }

    [SkippableFact]
    public async Task History_OfTheDemoOrganisation_ShowsItsCreationWithFields()
    {
        var id = await DemoOrganisationVersionIdAsync();
        using var api = await fixture.App.CreateApiClientAsync("admin");

        var response = await api.GetAsync($"/api/v1/audit?entity=OrganisationVersion&id={id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var records = await response.Content.ReadFromJsonAsync<JsonElement>();
        var first = records.EnumerateArray().First();
        Assert.Equal("Created", first.GetProperty("action").GetString());
        Assert.Contains(
            first.GetProperty("changes").EnumerateArray(),
            c => c.GetProperty("field").GetString() == "EffectiveFrom" && c.GetProperty("after").GetString()!.StartsWith("2010-01-01", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task History_IsRefusedToARoleThatCannotEditTheEntity()
    {
        var id = await DemoOrganisationVersionIdAsync();
        using var api = await fixture.App.CreateApiClientAsync("direktor");

        var response = await api.GetAsync($"/api/v1/audit?entity=OrganisationVersion&id={id}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [SkippableFact]
    public async Task History_WithoutEntityOrId_Is400WithDanishFieldErrors()
    {
        using var api = await fixture.App.CreateApiClientAsync("admin");

        var response = await api.GetAsync("/api/v1/audit");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var errors = problem.GetProperty("errors");
        Assert.StartsWith("Angiv", errors.GetProperty("entity")[0].GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Angiv", errors.GetProperty("id")[0].GetString(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task History_OfAnUnknownId_Is404WithADanishDetail()
    {
        using var api = await fixture.App.CreateApiClientAsync("admin");

        var response = await api.GetAsync($"/api/v1/audit?entity=OrganisationVersion&id={Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("ingen historik", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}

public sealed class AuditHistoryTestsOnSqlite(SqliteAppFixture fixture)
    : AuditHistoryTests<SqliteAppFixture>(fixture), IClassFixture<SqliteAppFixture>;

public sealed class AuditHistoryTestsOnPostgreSql(PostgreSqlAppFixture fixture)
    : AuditHistoryTests<PostgreSqlAppFixture>(fixture), IClassFixture<PostgreSqlAppFixture>;
