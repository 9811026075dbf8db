using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using HojeTaastrup.Admin.Data.Identity;
using HojeTaastrup.Admin.Web.Features.Reorganisation;
using HojeTaastrup.Admin.Web.Tests.Infrastructure;
using HojeTaastrup.Admin.Web.Tests.Reorganisation;
using HojeTaastrup.Admin.Web.Tests.Security;
using Microsoft.Extensions.DependencyInjection;

namespace HojeTaastrup.Admin.Web.Tests.Performance;

// The organisation and a proposal are serialised once per version and kept (KeptJson): a client that sends the
// ETag back gets a 304 while nothing changed, and a write is seen at once by the next read.
public abstract class KeptJsonTests<TFixture>(TFixture fixture)
    where TFixture : AppFixture
{
    [SkippableFact]
    public async Task GetOrganisation_WithItsETag_Is304_AndAfterAnEdit_IsTheEditedBody()
    {
        using var admin = await fixture.App.CreateApiClientAsync("admin");
        var first = await admin.GetAsync("/api/v1/organisation");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.Contains("no-cache", first.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        var organisation = (await first.Content.ReadFromJsonAsync<JsonObject>())!;

        var unchanged = await GetAsync(admin, "/api/v1/organisation", etag);
        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
        Assert.Empty(await unchanged.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, unchanged.Headers.ETag);

        await RenameFirstUnitAsync(admin, organisation, "Omdøbt afdeling");
        var edited = await GetAsync(admin, "/api/v1/organisation", etag);

        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.NotEqual(etag, edited.Headers.ETag);
        var units = (await edited.Content.ReadFromJsonAsync<JsonObject>())!["units"]!.AsArray();
        Assert.Equal("Omdøbt afdeling", (string)units[0]!["name"]!);
    }

    [SkippableFact]
    public async Task GetOrganisation_AcceptingGzip_IsTheSameJsonCompressed()
    {
        using var admin = await fixture.App.CreateApiClientAsync("admin");
        var plain = await admin.GetAsync("/api/v1/organisation");
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/organisation");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        var compressed = await admin.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, compressed.StatusCode);
        Assert.Null(plain.Content.Headers.ContentEncoding.SingleOrDefault());
        Assert.Equal("gzip", compressed.Content.Headers.ContentEncoding.Single());
        Assert.Contains("Accept-Encoding", compressed.Headers.Vary);
        await using var gzip = new GZipStream(await compressed.Content.ReadAsStreamAsync(), CompressionMode.Decompress);
        using var json = new MemoryStream();
        await gzip.CopyToAsync(json);
        var plainBytes = await plain.Content.ReadAsByteArrayAsync();
        Assert.Equal(plainBytes, json.ToArray());
        Assert.True(compressed.Content.Headers.ContentLength < plainBytes.Length);
    }

    [SkippableFact]
    public async Task GetProposal_WithItsETag_Is304_AfterAChange_IsTheNewBody_AndADraftStaysHiddenFromReaders()
    {
        var director = await ReorganisationApi.SignInAsync(fixture.App, "direktor");
        var proposal = await director.CreateAsync("Kept som JSON");
        var id = (string)proposal["id"]!;
        var path = $"{ReorganisationApi.Base}/{id}";
        var first = await director.Client.GetAsync(path);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);

        Assert.Equal(HttpStatusCode.NotModified, (await GetAsync(director.Client, path, etag)).StatusCode);
        using var reader = await fixture.App.CreateApiClientAsync("laeser");
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(reader, path, etag)).StatusCode);

        var edited = await director.Client.PutAsJsonAsync(path, new { title = "Kept og ændret", purpose = "Prøve", effectiveDate = "2030-01-01", version = (long)proposal["version"]! });
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        var after = await GetAsync(director.Client, path, etag);

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(etag, after.Headers.ETag);
        Assert.Equal("Kept og ændret", (string)(await after.Content.ReadFromJsonAsync<JsonObject>())!["title"]!);
    }

    // A proposal's body shows the organisation it is compared with: an edit of that organisation is seen at once.
    [SkippableFact]
    public async Task GetProposal_AfterTheOrganisationInForceWasEdited_ShowsTheDrift()
    {
        var director = await ReorganisationApi.SignInAsync(fixture.App, "direktor");
        var proposal = await director.CreateAsync("Kept mod organisationen", effectiveDate: "2031-01-01");
        var path = $"{ReorganisationApi.Base}/{proposal["id"]}";
        var before = await director.GetAsync((string)proposal["id"]!);
        Assert.Null(before["baselineDrift"]);

        using var admin = await fixture.App.CreateApiClientAsync("admin");
        var organisation = (await admin.GetFromJsonAsync<JsonObject>("/api/v1/organisation?date=2031-01-01"))!;
        await RenameFirstUnitAsync(admin, organisation, "Afdeling efter forslaget");

        var after = await director.GetAsync((string)proposal["id"]!);
        Assert.NotNull(after["baselineDrift"]);
        Assert.Equal(HttpStatusCode.OK, (await director.Client.GetAsync(path)).StatusCode);
    }

    // Every circuit on a proposal page asks the service for the details (KeptProposalDetails): while nothing they
    // show has changed, all get the one instance (issue 10: ~5 MB a circuit at 5,000 units); a change of the
    // proposal or of the organisation it is compared with gives new details at once.
    [SkippableFact]
    public async Task ProposalDetails_ForTwoCircuits_AreOneInstance_UntilTheProposalOrTheOrganisationChanges()
    {
        var director = await ReorganisationApi.SignInAsync(fixture.App, "direktor");
        var proposal = await director.CreateAsync("Delt mellem kredsløb", effectiveDate: "2032-01-01");
        var id = Guid.Parse((string)proposal["id"]!);

        var first = await DetailsInANewCircuitAsync(id);
        var second = await DetailsInANewCircuitAsync(id);
        Assert.Same(first, second);
        Assert.Null(first.View.BaselineDrift);

        var edited = await director.Client.PutAsJsonAsync($"{ReorganisationApi.Base}/{id}", new { title = "Delt og ændret", purpose = "Prøve", effectiveDate = "2032-01-01", version = (long)proposal["version"]! });
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        var afterEdit = await DetailsInANewCircuitAsync(id);
        Assert.NotSame(first, afterEdit);
        Assert.Equal("Delt og ændret", afterEdit.View.Title);
        Assert.Same(afterEdit, await DetailsInANewCircuitAsync(id));

        using var admin = await fixture.App.CreateApiClientAsync("admin");
        var organisation = (await admin.GetFromJsonAsync<JsonObject>("/api/v1/organisation?date=2032-01-01"))!;
        await RenameFirstUnitAsync(admin, organisation, "Afdeling delt mellem kredsløb");
        var afterDrift = await DetailsInANewCircuitAsync(id);
        Assert.NotSame(afterEdit, afterDrift);
        Assert.NotNull(afterDrift.View.BaselineDrift);
    }

    private async Task<ProposalDetails> DetailsInANewCircuitAsync(Guid id)
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        UseCaseAccessTests.SignIn(scope, Roles.Director);
        return await scope.ServiceProvider.GetRequiredService<ReorganisationService>().GetAsync(id);
    }

    private static Task<HttpResponseMessage> GetAsync(HttpClient client, string path, EntityTagHeaderValue etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.IfNoneMatch.Add(etag);
        return client.SendAsync(request);
    }

    private static async Task RenameFirstUnitAsync(HttpClient admin, JsonObject organisation, string name)
    {
        var versions = (await admin.GetFromJsonAsync<JsonArray>("/api/v1/organisation/versions"))!;
        var versionId = (string)versions.Single(v => (string)v!["effectiveFrom"]! == (string)organisation["effectiveFrom"]!)!["id"]!;
        var unit = organisation["units"]!.AsArray()[0]!;
        var centreKey = (string)organisation["centres"]!.AsArray().First(c => (string)c!["code"]! == (string)unit["centre"]!)!["id"]!;
        var response = await admin.PutAsJsonAsync(
            $"/api/v1/organisation/versions/{versionId}/units/{unit["id"]}",
            new { version = (long)organisation["version"]!, name, centreKey, fte = (decimal)unit["fte"]!, payroll = (long)unit["payroll"]! });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}

public sealed class KeptJsonTestsOnSqlite(SqliteAppFixture fixture)
    : KeptJsonTests<SqliteAppFixture>(fixture), IClassFixture<SqliteAppFixture>;

public sealed class KeptJsonTestsOnPostgreSql(PostgreSqlAppFixture fixture)
    : KeptJsonTests<PostgreSqlAppFixture>(fixture), IClassFixture<PostgreSqlAppFixture>;
