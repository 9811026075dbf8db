using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using HojeTaastrup.Admin.Domain.Common;

namespace HojeTaastrup.Admin.Data.Auditing;

internal static class AuditJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Converters = { new JsonStringEnumConverter(), new MoneyAsKronerConverter() },
    };

    public static JsonObject Change(object? before, object? after) => new()
    {
        ["before"] = ToNode(before),
        ["after"] = ToNode(after),
    };

    private static JsonNode? ToNode(object? value)
    {
        if (value is null)
        {
            return null;
        }

        try
        {
            return JsonSerializer.SerializeToNode(value, value.GetType(), Options);
        }
        catch (NotSupportedException)
        {
            // An audit record must never make a save fail; a value JSON cannot express is kept as text.
            return JsonValue.Create(value.ToString());
        }
    }

    private sealed class MoneyAsKronerConverter : JsonConverter<Money>
    {
        public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => new(reader.GetInt64());

        public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options) => writer.WriteNumberValue(value.Kroner);
    }
}
