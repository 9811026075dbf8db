using System.Globalization;
using System.Text.Json.Nodes;

namespace HojeTaastrup.Admin.Web.Tests.Robustness;

// Requests from the OpenAPI document: a valid one from the schemas, then the same broken one field (or
// one query parameter) at a time: wrong type, too long, out of range, missing, null, control characters;
// and a body that is empty, not an object, or not JSON. Deterministic (seeded), so a failure repeats.
internal sealed class RequestGenerator(JsonObject document, Random random)
{
    private const string ControlCharacters = "A\u0000\u001b[31m\u202eB";
    private static readonly string[] Methods = ["get", "post", "put", "delete", "patch"];

    public Random Random => random;

    public IEnumerable<Operation> Operations()
    {
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var method in Methods.Where(m => item!.AsObject().ContainsKey(m)))
            {
                var definition = item![method]!.AsObject();
                var documented = definition["responses"]?.AsObject().Select(r => r.Key).ToHashSet() ?? [];
                yield return new Operation(method.ToUpperInvariant(), path, definition, documented);
            }
        }
    }

    public IEnumerable<TestCase> Cases(Operation operation, string resolvedPath)
    {
        var method = new HttpMethod(operation.Method);
        var query = QueryParameters(operation).ToList();
        var schema = BodySchema(operation);
        var body = schema is null ? null : Value(schema, 0);
        string Url(IEnumerable<(string Name, string Value)> parameters)
        {
            var list = parameters.ToList();
            return list.Count == 0 ? resolvedPath : resolvedPath + "?" + string.Join('&', list.Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value)}"));
        }

        var valid = query.Where(q => q.Required).Select(q => (q.Name, Scalar(q.Schema))).ToList();
        yield return new TestCase("valid", method, Url(valid), body?.ToJsonString());

        foreach (var parameter in query)
        {
            var others = valid.Where(v => v.Name != parameter.Name).ToList();
            foreach (var (name, wrong) in WrongScalars(parameter.Schema))
            {
                yield return new TestCase($"query {parameter.Name}: {name}", method, Url(others.Append((parameter.Name, wrong))), body?.ToJsonString());
            }

            if (parameter.Required)
            {
                yield return new TestCase($"query {parameter.Name}: missing", method, Url(others), body?.ToJsonString());
            }
        }

        if (body is not JsonObject validBody)
        {
            yield break;
        }

        yield return new TestCase("body: empty", method, Url(valid), "");
        yield return new TestCase("body: not an object", method, Url(valid), "[]");
        yield return new TestCase("body: not JSON", method, Url(valid), "{ \"a\": ");
        var properties = Resolve(schema!)["properties"]?.AsObject() ?? [];
        foreach (var (name, propertySchema) in properties)
        {
            foreach (var (mutation, value) in Mutations(propertySchema!))
            {
                var broken = validBody.DeepClone().AsObject();
                if (mutation == "missing")
                {
                    broken.Remove(name);
                }
                else
                {
                    broken[name] = value;
                }

                yield return new TestCase($"{name}: {mutation}", method, Url(valid), broken.ToJsonString());
            }
        }
    }

    private IEnumerable<(string Mutation, JsonNode? Value)> Mutations(JsonNode propertySchema)
    {
        var schema = Resolve(propertySchema);
        var type = TypeOf(schema);
        yield return ("missing", null);
        yield return ("null", null);
        yield return ("wrong type", type is "string" ? JsonValue.Create(12345) : JsonValue.Create("ikke-det-rigtige"));
        switch (type)
        {
            case "string":
                yield return ("too long", JsonValue.Create(new string('x', 100_001)));
                yield return ("control characters", JsonValue.Create(ControlCharacters));
                yield return ("out of range", JsonValue.Create(schema["format"]?.GetValue<string>() switch
                {
                    "date" => "9999-12-31",
                    "uuid" => "00000000-0000-0000-0000-00000000000g",
                    _ => "\uFFFF",
                }));
                break;
            case "integer":
                yield return ("out of range", JsonValue.Create(long.MaxValue));
                yield return ("too large for any integer", JsonNode.Parse("1e30"));
                yield return ("negative", JsonValue.Create(-1));
                break;
            case "number":
                yield return ("out of range", JsonNode.Parse("1e30"));
                yield return ("negative", JsonValue.Create(-1.5m));
                break;
            case "array":
                yield return ("control characters", new JsonArray(JsonValue.Create(ControlCharacters)));
                break;
        }
    }

    private static IEnumerable<(string Name, string Value)> WrongScalars(JsonNode schema)
    {
        yield return ("wrong type", "ikke-det-rigtige");
        yield return ("out of range", TypeOf(schema) is "integer" or "number" ? "1e30" : "9999-12-31");
        yield return ("control characters", ControlCharacters);
    }

    private IEnumerable<(string Name, bool Required, JsonNode Schema)> QueryParameters(Operation operation) =>
        (operation.Definition["parameters"]?.AsArray() ?? [])
            .Select(p => Resolve(p!))
            .Where(p => p["in"]?.GetValue<string>() == "query")
            .Select(p => (p["name"]!.GetValue<string>(), p["required"]?.GetValue<bool>() == true, p["schema"] ?? new JsonObject()));

    private static JsonNode? BodySchema(Operation operation)
    {
        var content = operation.Definition["requestBody"]?["content"]?.AsObject();
        return content?["application/json"]?["schema"];
    }

    // A plausible value of the schema: what a careful client would send.
    private JsonNode? Value(JsonNode schemaNode, int depth)
    {
        var schema = Resolve(schemaNode);
        if (schema["enum"] is JsonArray values && values.Count > 0)
        {
            return values[random.Next(values.Count)]?.DeepClone();
        }

        switch (TypeOf(schema))
        {
            case "object":
                var result = new JsonObject();
                if (depth < 4)
                {
                    foreach (var (name, property) in schema["properties"]?.AsObject() ?? [])
                    {
                        result[name] = Value(property!, depth + 1);
                    }
                }

                return result;
            case "array":
                return depth < 4 && schema["items"] is { } items ? new JsonArray(Value(items, depth + 1)) : new JsonArray();
            case "integer":
                return JsonValue.Create(random.Next(1, 100));
            case "number":
                return JsonValue.Create(Math.Round((decimal)random.Next(1, 200) / 10, 1));
            case "boolean":
                return JsonValue.Create(random.Next(2) == 0);
            case "null":
                return null;
            default:
                return JsonValue.Create(Scalar(schema));
        }
    }

    private static string Scalar(JsonNode schema) => schema["format"]?.GetValue<string>() switch
    {
        "date" => "2030-01-01",
        "date-time" => "2030-01-01T12:00:00Z",
        "uuid" => Guid.NewGuid().ToString(),
        "int64" or "int32" => "1",
        _ => TypeOf(schema) switch
        {
            "integer" => "1",
            "number" => "1.5",
            "boolean" => "true",
            _ => "Prøve " + DateTime.UtcNow.Ticks.ToString(CultureInfo.InvariantCulture)[^6..],
        },
    };

    // The first non-null type; "oneOf"/"anyOf" (how the generator writes nullable references) by their first non-null branch.
    private static string? TypeOf(JsonNode schema) => schema["type"] switch
    {
        JsonValue v => v.GetValue<string>(),
        JsonArray a => a.Select(t => t!.GetValue<string>()).FirstOrDefault(t => t != "null") ?? "null",
        _ => schema["properties"] is not null ? "object" : null,
    };

    private JsonObject Resolve(JsonNode node)
    {
        var schema = node.AsObject();
        for (var i = 0; i < 10; i++)
        {
            if (schema["$ref"]?.GetValue<string>() is { } reference)
            {
                var name = reference.Split('/')[^1];
                schema = (reference.Contains("/parameters/", StringComparison.Ordinal)
                    ? document["components"]!["parameters"]![name]
                    : document["components"]!["schemas"]![name])!.AsObject();
            }
            else if ((schema["oneOf"] ?? schema["anyOf"]) is JsonArray branches)
            {
                schema = branches.Select(b => b!.AsObject()).FirstOrDefault(b => b["type"]?.ToString() != "null") ?? schema;
                if (schema["$ref"] is null && (schema["oneOf"] ?? schema["anyOf"]) is not null)
                {
                    break;
                }
            }
            else
            {
                break;
            }
        }

        return schema;
    }
}
