using System.Text.Json.Serialization;
using HojeTaastrup.Admin.Domain.Organisation;

namespace HojeTaastrup.Admin.Web.Features.Reorganisation;

// What a page form or an API call sends about one change of a proposal.

// One change in the flat shape of ../shared/API.md: "kind" names the change, the other fields are
// those the kind uses. Centres by code, units and directorates by their key. Read (ChangeInput) and
// shown (ChangeView) in the same shape.
public abstract class ChangeFields
{
    public string Kind { get; set; } = "";

    public List<string>? Centres { get; set; }

    public string? NewCode { get; set; }

    public string? NewName { get; set; }

    public string? SurvivingCentre { get; set; }

    public string? Centre { get; set; }

    public Dictionary<Guid, string>? Destinations { get; set; }

    public string? Code { get; set; }

    public string? Name { get; set; }

    public CentreKind? CentreKind { get; set; }

    // The API may name a directorate by its key or by its name ("directorate": "Social og Sundhed");
    // a name is resolved against the proposal's organisation (ChangeMapping.ToDomain). Forms and views use the key.
    [JsonIgnore]
    public Guid? Directorate { get; set; }

    [JsonIgnore]
    public string? DirectorateName { get; set; }

    [JsonPropertyName("directorate")]
    public string? DirectorateReference
    {
        get => Directorate?.ToString() ?? DirectorateName;
        set
        {
            Directorate = Guid.TryParse(value, out var key) ? key : null;
            DirectorateName = Directorate is null && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
        }
    }

    public Guid? Unit { get; set; }

    public string? ToCentre { get; set; }

    public decimal? Fte { get; set; }

    public long? Payroll { get; set; }

    public List<UnitShareInput>? Sources { get; set; }

    public string Rationale { get; set; } = "";
}

public sealed class ChangeInput : ChangeFields
{
    public long? Version { get; set; }
}

public sealed class UnitShareInput
{
    public Guid? Unit { get; set; }

    public decimal? Fte { get; set; }
}

// Moves a change to Position (1 = first), counted in the list as it is before the move.
public sealed class MoveChangeInput
{
    public int Position { get; set; }

    public long? Version { get; set; }
}
