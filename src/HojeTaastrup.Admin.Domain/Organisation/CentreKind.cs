using System.Text.Json.Serialization;

namespace HojeTaastrup.Admin.Domain.Organisation;

// Danish UI words: "center", "enhed", "stab". Stored and sent as its name, so that a JSON
// snapshot or an API call stays readable and does not break if members are reordered.
[JsonConverter(typeof(JsonStringEnumConverter<CentreKind>))]
public enum CentreKind
{
    Centre,
    Unit,
    Staff,
}
