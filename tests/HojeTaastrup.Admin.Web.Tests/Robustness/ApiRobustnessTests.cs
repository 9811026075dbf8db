using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using HojeTaastrup.Admin.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace HojeTaastrup.Admin.Web.Tests.Robustness;

// The net for every operation, present and future: reads /openapi/v1.json and, for every operation and
// every role (and no token), sends a valid request built from the schemas and requests broken one field
// at a time. Never a 5xx; every 4xx is problem details with a Danish title; every status is documented;
// a refused write changes nothing (the audit log, which every saved write extends, is read back).
// A new endpoint is covered as soon as it is in the document.
public abstract class ApiRobustnessTests<TFixture>(TFixture fixture, ITestOutputHelper output)
    where TFixture : AppFixture
{
    private static readonly string?[] Roles = ["admin", "direktor", "okonomi", "med", "laeser", null];

    [SkippableFact]
    public async Task EveryOperation_ForEveryRole_AnswersAsDocumented()
    {
        var watch = Stopwatch.StartNew();
        using var anonymous = fixture.App.CreateClient();
        var documentText = await anonymous.GetStringAsync("/openapi/v1.json");
        SaveForLint(documentText);
        var document = JsonNode.Parse(documentText)!.AsObject();
        var clients = new Dictionary<string, HttpClient>();
        foreach (var role in Roles)
        {
            clients[role ?? "-"] = role is null ? fixture.App.CreateClient() : await fixture.App.CreateApiClientAsync(role);
        }

        var generator = new RequestGenerator(document, new Random(9));
        var ids = new IdPool(clients["admin"], document);
        var problems = new List<string>();
        var operations = generator.Operations().ToList();
        var requests = 0;
        var casesPerOperation = new List<int>();
        var statuses = new SortedDictionary<int, int>();
        foreach (var operation in operations)
        {
            var path = await ids.ResolveAsync(operation.Path, generator.Random);
            var cases = generator.Cases(operation, path).ToList();
            casesPerOperation.Add(cases.Count);
            foreach (var role in Roles)
            {
                foreach (var testCase in cases)
                {
                    var before = operation.IsWrite ? await FingerprintAsync() : null;
                    using var response = await clients[role ?? "-"].SendAsync(testCase.ToRequest());
                    requests++;
                    statuses[(int)response.StatusCode] = statuses.GetValueOrDefault((int)response.StatusCode) + 1;
                    var body = await response.Content.ReadAsStringAsync();
                    var where = $"{operation.Method} {operation.Path} as {role ?? "anonymous"} [{testCase.Name}] → {(int)response.StatusCode}";
                    problems.AddRange(Check(operation, response, body).Select(p => $"{where}: {p}"));
                    if (before is not null && (int)response.StatusCode >= 400 && await FingerprintAsync() != before)
                    {
                        problems.Add($"{where}: a refused write changed data");
                    }
                }
            }
        }

        output.WriteLine($"{operations.Count} operations × {Roles.Length} roles (incl. anonymous) × {casesPerOperation.Sum()} cases in all "
            + $"(min {casesPerOperation.Min()}, max {casesPerOperation.Max()} per operation) = {requests} requests in {watch.Elapsed.TotalSeconds:0.0} s");
        output.WriteLine("Statuses: " + string.Join(", ", statuses.Select(s => $"{s.Key}×{s.Value}")));
        foreach (var client in clients.Values)
        {
            client.Dispose();
        }

        Assert.True(problems.Count == 0, $"{problems.Count} problems:\n" + string.Join('\n', problems.Take(40)));
    }

    private static IEnumerable<string> Check(Operation operation, HttpResponseMessage response, string body)
    {
        var status = (int)response.StatusCode;
        if (status >= 500)
        {
            yield return "server error " + body[..Math.Min(body.Length, 300)];
        }

        if (!operation.Documented.Contains(status.ToString(CultureInfo.InvariantCulture)) && !operation.Documented.Contains("default"))
        {
            yield return $"status {status} is not documented ({string.Join(", ", operation.Documented)})";
        }

        if (status is >= 400 and < 500)
        {
            if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
            {
                yield return $"not problem details but {response.Content.Headers.ContentType?.MediaType ?? "no content type"}";
                yield break;
            }

            var title = JsonNode.Parse(body)?["title"]?.GetValue<string>();
            if (string.IsNullOrWhiteSpace(title) || title == ReasonPhrases.GetReasonPhrase(status)
                || title.StartsWith("One or more", StringComparison.Ordinal) || title.StartsWith("An error", StringComparison.Ordinal))
            {
                yield return $"title '{title}' is not Danish";
            }
        }
    }

    // Every saved write adds to the audit log (../../docs/architecture.md), so its last entry and the
    // versions of the edited things tell whether anything changed.
    private async Task<string> FingerprintAsync()
    {
        await using var db = await fixture.CreateDbContextAsync();
        var audit = await db.AuditEntries.OrderByDescending(e => e.Id).Select(e => e.Id).FirstOrDefaultAsync();
        var versions = await db.OrganisationVersions.Select(v => v.Version).ToListAsync();
        var proposals = await db.ReorganisationProposals.Select(p => p.Version).ToListAsync();
        return $"{audit}/{versions.Count}:{versions.Sum()}/{proposals.Count}:{proposals.Sum()}";
    }

    // CI lints the document the app serves (.ci/run); the test run writes it where the linter finds it.
    private static void SaveForLint(string document)
    {
        var root = AppContext.BaseDirectory;
        while (root is not null && !File.Exists(Path.Combine(root, "HojeTaastrup.Admin.sln")))
        {
            root = Path.GetDirectoryName(root);
        }

        if (root is not null)
        {
            Directory.CreateDirectory(Path.Combine(root, "artifacts"));
            File.WriteAllText(Path.Combine(root, "artifacts", "openapi.json"), document);
        }
    }
}

internal sealed record Operation(string Method, string Path, JsonObject Definition, IReadOnlySet<string> Documented)
{
    public bool IsWrite => Method is not "GET";
}

internal sealed record TestCase(string Name, HttpMethod Method, string Url, string? Body, string ContentType = "application/json")
{
    public HttpRequestMessage ToRequest()
    {
        var request = new HttpRequestMessage(Method, Url);
        if (Body is not null)
        {
            request.Content = new StringContent(Body, Encoding.UTF8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(ContentType);
        }

        return request;
    }
}

// Real ids for path parameters: each {param} gets an id found in the answer of the longest GET whose
// path is a prefix of the path before it (versions for {versionId}, a version's parts for {key}).
internal sealed class IdPool(HttpClient admin, JsonObject document)
{
    private readonly Dictionary<string, List<string>> _found = [];

    public async Task<string> ResolveAsync(string template, Random random)
    {
        var segments = template.Split('/');
        var resolved = new List<string>();
        foreach (var segment in segments)
        {
            if (!segment.StartsWith('{'))
            {
                resolved.Add(segment);
                continue;
            }

            var candidates = await CandidatesAsync(string.Join('/', resolved), template);
            resolved.Add(candidates.Count > 0 ? candidates[random.Next(candidates.Count)] : Guid.NewGuid().ToString());
        }

        return string.Join('/', resolved);
    }

    private async Task<List<string>> CandidatesAsync(string before, string template)
    {
        for (var prefix = before; prefix.Length > 0; prefix = prefix[..Math.Max(0, prefix.LastIndexOf('/'))])
        {
            if (!IsGet(prefix))
            {
                continue;
            }

            if (!_found.TryGetValue(prefix, out var ids))
            {
                using var response = await admin.GetAsync(prefix);
                ids = response.IsSuccessStatusCode ? Guids(JsonNode.Parse(await response.Content.ReadAsStringAsync())).Distinct().ToList() : [];
                _found[prefix] = ids;
            }

            if (ids.Count > 0)
            {
                return ids;
            }
        }

        return [];
    }

    // Is there a GET operation whose template matches this concrete path?
    private bool IsGet(string concrete) => document["paths"]!.AsObject().Any(path =>
        path.Value!.AsObject().ContainsKey("get") && Matches(path.Key, concrete));

    private static bool Matches(string template, string concrete)
    {
        var a = template.Split('/');
        var b = concrete.Split('/');
        return a.Length == b.Length && a.Zip(b).All(pair => pair.First.StartsWith('{') || pair.First == pair.Second);
    }

    private static IEnumerable<string> Guids(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Guids(p.Value)),
        JsonArray a => a.SelectMany(Guids),
        JsonValue v when v.TryGetValue<string>(out var s) && Guid.TryParse(s, out _) => [s],
        _ => [],
    };
}

public sealed class ApiRobustnessTestsOnSqlite(SqliteAppFixture fixture, ITestOutputHelper output)
    : ApiRobustnessTests<SqliteAppFixture>(fixture, output), IClassFixture<SqliteAppFixture>;

public sealed class ApiRobustnessTestsOnPostgreSql(PostgreSqlAppFixture fixture, ITestOutputHelper output)
    : ApiRobustnessTests<PostgreSqlAppFixture>(fixture, output), IClassFixture<PostgreSqlAppFixture>;
