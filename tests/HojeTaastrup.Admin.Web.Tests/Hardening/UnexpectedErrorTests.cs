using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HojeTaastrup.Admin.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HojeTaastrup.Admin.Web.Tests.Hardening;

// Data that no rule lets in any more (written before the plausible ranges): the API still answers
// problem details with a trace id, never the HTML error page.
public abstract class UnexpectedErrorTests<TFixture>(TFixture fixture)
    where TFixture : AppFixture
{
    [SkippableFact]
    public async Task Get_WhenTheStoredFiguresOverflow_Is500ProblemDetailsWithTraceId()
    {
        using var reader = await fixture.App.CreateApiClientAsync("direktor");
        await using (var db = await fixture.CreateDbContextAsync())
        {
            // Straight into the table, past validation, as an old database might hold it.
            await db.Database.ExecuteSqlRawAsync("UPDATE \"Units\" SET \"Payroll\" = 9223372036854775807");
        }

        var response = await reader.PostAsync(
            "/api/v1/reorganisations",
            new StringContent("""{ "title": "Efter fejlen", "purpose": "", "effectiveDate": "2030-01-01" }""", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Der opstod en uventet fejl", problem.GetProperty("title").GetString());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("traceId").GetString()));
    }
}

public sealed class UnexpectedErrorTestsOnSqlite(SqliteAppFixture fixture)
    : UnexpectedErrorTests<SqliteAppFixture>(fixture), IClassFixture<SqliteAppFixture>;

public sealed class UnexpectedErrorTestsOnPostgreSql(PostgreSqlAppFixture fixture)
    : UnexpectedErrorTests<PostgreSqlAppFixture>(fixture), IClassFixture<PostgreSqlAppFixture>;
