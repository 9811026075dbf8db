using System.Net.Http.Json;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.Json;
using HojeTaastrup.Admin.Data.Demo;
using HojeTaastrup.Admin.Web.Tests.Infrastructure;

namespace HojeTaastrup.Admin.Web.Tests.Reorganisation;

// Calls of /api/v1/reorganisations as JSON, read back as JSON: the tests see the wire format.
internal sealed class ReorganisationApi(HttpClient client)
{
    public const string Base = "/api/v1/reorganisations";

    public HttpClient Client => client;

    public static async Task<ReorganisationApi> SignInAsync(AdminAppFactory app, string user) =>
        new(await app.CreateApiClientAsync(user));

    public async Task<JsonObject> CreateAsync(string title, string effectiveDate = "2030-01-01")
    {
        var response = await client.PostAsJsonAsync(Base, new { title, purpose = "Prøve", effectiveDate });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await ReadAsync(response);
    }

    public async Task<JsonObject> GetAsync(string id)
    {
        var response = await client.GetAsync($"{Base}/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await ReadAsync(response);
    }

    // Adds the change with the proposal's current version; returns the proposal after it.
    public async Task<JsonObject> AddChangeAsync(JsonObject proposal, object change)
    {
        var response = await PostChangeAsync(proposal, change);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await ReadAsync(response);
    }

    public async Task<HttpResponseMessage> PostChangeAsync(JsonObject proposal, object change)
    {
        var body = JsonSerializer.SerializeToNode(change)!.AsObject();
        body["version"] ??= (long)proposal["version"]!;
        return await client.PostAsJsonAsync($"{Base}/{proposal["id"]}/changes", body);
    }

    public Task<HttpResponseMessage> ActAsync(JsonObject proposal, string action) =>
        client.PostAsJsonAsync($"{Base}/{proposal["id"]}/{action}", new { version = (long)proposal["version"]! });

    public static async Task<JsonObject> ReadAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonObject>())!;

    // A refusal: its status and the Danish detail of its problem details.
    public static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string detail)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal(detail, (string)(await ReadAsync(response))["detail"]!);
    }

    public async Task<JsonObject> DemoProposalAsync()
    {
        var list = (await client.GetFromJsonAsync<JsonArray>(Base))!;
        var demo = list.Single(p => (string)p!["title"]! == Seed2010.Title)!;
        return await GetAsync((string)demo["id"]!);
    }
}
