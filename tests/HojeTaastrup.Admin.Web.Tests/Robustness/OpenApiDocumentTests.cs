using System.Text.Json.Nodes;
using HojeTaastrup.Admin.Web.Tests.Infrastructure;

namespace HojeTaastrup.Admin.Web.Tests.Robustness;

// What a client generator needs from /openapi/v1.json (issue 9): how to authenticate, what Money is,
// the error answers, the token's answer, the CSV body, and an operationId for every operation.
public sealed class OpenApiDocumentTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    [SkippableFact]
    public async Task Document_DeclaresBearerSecurity_OnEveryOperationButTheToken()
    {
        var document = await DocumentAsync();

        Assert.Equal("bearer", (string)document["components"]!["securitySchemes"]!["Bearer"]!["scheme"]!);
        foreach (var (path, method, operation) in Operations(document))
        {
            var security = operation["security"]!.AsArray();
            var needsToken = security.Any(r => r!.AsObject().ContainsKey("Bearer"));
            Assert.True(needsToken == (path != "/api/v1/auth/token"), $"{method} {path}");
        }
    }

    [SkippableFact]
    public async Task Document_MoneyIsAnInteger_AndEveryOperationHasAnIdAndItsErrors()
    {
        var document = await DocumentAsync();

        Assert.Equal("integer", (string)document["components"]!["schemas"]!["Money"]!["type"]!);
        var ids = new HashSet<string>();
        foreach (var (path, method, operation) in Operations(document))
        {
            Assert.True(ids.Add((string)operation["operationId"]!), $"{method} {path} has no unique operationId");
            var responses = operation["responses"]!.AsObject();
            Assert.Contains("500", responses.Select(r => r.Key));
            Assert.True(responses.Any(r => r.Key.StartsWith('4')), $"{method} {path} documents no 4xx");
        }
    }

    [SkippableFact]
    public async Task Document_TokenAnswersAndCsvImportAreDescribed()
    {
        var document = await DocumentAsync();

        var token = document["paths"]!["/api/v1/auth/token"]!["post"]!["responses"]!;
        Assert.Equal("#/components/schemas/TokenResponse", (string)token["200"]!["content"]!["application/json"]!["schema"]!["$ref"]!);
        Assert.NotNull(token["401"]);
        Assert.NotNull(token["423"]);
        var import = document["paths"]!["/api/v1/organisation/import"]!["post"]!["requestBody"]!["content"]!;
        Assert.Equal("string", (string)import["text/csv"]!["schema"]!["type"]!);
    }

    private async Task<JsonObject> DocumentAsync()
    {
        using var client = fixture.App.CreateClient();
        return JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!.AsObject();
    }

    private static IEnumerable<(string Path, string Method, JsonObject Operation)> Operations(JsonObject document) =>
        document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject()
            .Where(m => m.Key is "get" or "post" or "put" or "delete" or "patch")
            .Select(m => (path.Key, m.Key, m.Value!.AsObject())));
}
