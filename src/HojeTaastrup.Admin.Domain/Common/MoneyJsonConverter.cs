using System.Text.Json;
using System.Text.Json.Serialization;

namespace HojeTaastrup.Admin.Domain.Common;

// Money is whole kroner as a JSON integer (../shared/API.md), in the API and in stored snapshots alike.
public sealed class MoneyJsonConverter : JsonConverter<Money>
{
    public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        new(reader.GetInt64());

    public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumberValue(value.Kroner);
    }
}
