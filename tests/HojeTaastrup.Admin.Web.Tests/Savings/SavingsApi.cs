using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using HojeTaastrup.Admin.Web.Tests.Infrastructure;

namespace HojeTaastrup.Admin.Web.Tests.Savings;

// Calls of /api/v1/programmes and /api/v1/proposals as JSON, read back as JSON: the tests see the wire format.
// The owner centres are those of the demo organisation (Høje-Taastrup 2010, in force today).
internal sealed class SavingsApi(HttpClient client)
{
    public const string Programmes = "/api/v1/programmes";
    public const string Proposals = "/api/v1/proposals";

    public HttpClient Client => client;

    public static async Task<SavingsApi> SignInAsync(AdminAppFactory app, string user) => new(await app.CreateApiClientAsync(user));

    // A programme 2021–2024 with a target of 37 mio. kr. a year (seed 001) and two tracks; the name is unique per call.
    public async Task<JsonObject> CreateProgrammeAsync(string name)
    {
        var response = await client.PostAsJsonAsync(Programmes, new
        {
            name = $"{name} {Guid.NewGuid():N}",
            description = "Prøve",
            targets = Enumerable.Range(2021, 4).Select(year => new { year, amount = 37_000_000 }),
            tracks = new[] { "Organisationssporet", "Servicesporet" },
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await ReadAsync(response);
    }

    public Task<HttpResponseMessage> PostProposalAsync(JsonObject programme, object proposal) =>
        client.PostAsJsonAsync($"{Programmes}/{programme["id"]}/proposals", proposal);

    public async Task<JsonObject> CreateProposalAsync(JsonObject programme, object proposal)
    {
        var response = await PostProposalAsync(programme, proposal);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await ReadAsync(response);
    }

    // A draft with the fields every proposal needs; the amounts as given.
    public static Dictionary<string, object?> Proposal(string number, params object[] amounts) => new()
    {
        ["number"] = number,
        ["title"] = $"Forslag {number}",
        ["description"] = "- Første handling\n- Anden handling",
        ["ownerCentre"] = "ØAC",
        ["responsible"] = "Økonomichefen",
        ["category"] = "Administration",
        ["amounts"] = amounts,
        ["milestones"] = Array.Empty<object>(),
    };

    public async Task<JsonObject> GetAsync(string path)
    {
        var response = await client.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await ReadAsync(response);
    }

    public Task<JsonObject> GetProgrammeAsync(JsonObject programme) => GetAsync($"{Programmes}/{programme["id"]}");

    public Task<JsonObject> GetProposalAsync(JsonObject proposal) => GetAsync($"{Proposals}/{proposal["id"]}");

    public Task<HttpResponseMessage> PutProposalAsync(JsonObject proposal, IDictionary<string, object?> body) =>
        client.PutAsJsonAsync($"{Proposals}/{proposal["id"]}", body);

    public Task<HttpResponseMessage> ChangeStatusAsync(JsonObject proposal, string status, string? reason = null, long? version = null) =>
        client.PostAsJsonAsync($"{Proposals}/{proposal["id"]}/status", new { status, reason, version = version ?? (long)proposal["version"]! });

    public async Task<JsonObject> MoveAsync(JsonObject proposal, string status, string? reason = null)
    {
        var response = await ChangeStatusAsync(proposal, status, reason);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await ReadAsync(response);
    }

    // What a client sends to edit the proposal it read: its fields and version, ready to change.
    public static Dictionary<string, object?> EditBody(JsonObject proposal) => new()
    {
        ["number"] = (string)proposal["number"]!,
        ["title"] = (string)proposal["title"]!,
        ["description"] = (string)proposal["description"]!,
        ["ownerCentre"] = (string)proposal["ownerCentreCode"]!,
        ["responsible"] = (string?)proposal["responsible"],
        ["category"] = (string)proposal["category"]!,
        ["track"] = (string?)proposal["track"],
        ["amounts"] = proposal["amounts"]!.AsArray()
            .Select(a => new { year = (int)a!["year"]!, amount = (long?)a["amount"], uncertain = (bool)a["uncertain"]!, alternative = (long?)a["alternative"] })
            .ToList(),
        ["milestones"] = proposal["milestones"]!.AsArray()
            .Select(m => new { date = (string)m!["date"]!, text = (string)m["text"]!, done = (bool)m["done"]! })
            .ToList(),
        ["reorganisation"] = (string?)proposal["reorganisation"]?["id"],
        ["version"] = (long)proposal["version"]!,
    };

    public static async Task<JsonObject> ReadAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonObject>())!;

    // The field errors of a 400, by their JSON path.
    public static async Task<JsonObject> ErrorsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return (await ReadAsync(response))["errors"]!.AsObject();
    }

    public static async Task AssertRefusedAsync(HttpResponseMessage response, string code)
    {
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await ReadAsync(response);
        Assert.Equal(code, (string)problem["code"]!);
        Assert.False(string.IsNullOrWhiteSpace((string?)problem["detail"]));
    }
}
