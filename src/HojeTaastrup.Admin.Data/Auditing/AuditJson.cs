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

    // One field of a Created record, "Field":{"before":null,"after":<value>}, the same text a JsonObject holding
    // Change(null, value) gives with ToJsonString, written straight to the writer: 10,000 imported entries made a
    // JsonObject per field and spent a second on that alone (AuditedAppendTests compare the two).
    public static void WriteCreated(Utf8JsonWriter writer, string field, object value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WritePropertyName(field);
        writer.WriteStartObject();
        writer.WriteNull("before");
        writer.WritePropertyName("after");
        switch (value)
        {
            // What the node of these values writes, without making the node.
            case string text:
                writer.WriteStringValue(text);
                break;
            case int number:
                writer.WriteNumberValue(number);
                break;
            case long number:
                writer.WriteNumberValue(number);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case Guid id:
                writer.WriteStringValue(id);
                break;
            case Money money:
                writer.WriteNumberValue(money.Kroner);
                break;
            default:
                // Through the node, as Change does: a node writes its text escaped by the writer (an instant's "+"
                // as \u002B), which the serializer's own bytes are not.
                ToNode(value)!.WriteTo(writer);
                break;
        }

        writer.WriteEndObject();
    }

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
