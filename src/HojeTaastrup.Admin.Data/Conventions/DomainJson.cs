using System.Text.Json;
using System.Text.Json.Serialization;

namespace HojeTaastrup.Admin.Data.Conventions;

// How snapshots and change lists are stored: the same camelCase shape as the API, enums as names
// (readable in the database and stable when enum members are reordered).
public static class DomainJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        AllowOutOfOrderMetadataProperties = true,
        Converters = { new JsonStringEnumConverter() },
    };
}
