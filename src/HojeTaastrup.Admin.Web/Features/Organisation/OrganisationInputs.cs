using HojeTaastrup.Admin.Domain.Organisation;

namespace HojeTaastrup.Admin.Web.Features.Organisation;

// What an administrator types when adding or editing part of an organisation version. The same
// classes are the API's request bodies. Version is the organisation version's `version` as read:
// missing is a 400 naming the field, stale a 409. Mutable, so that a Blazor form binds to them.
public sealed class DirectorateInput
{
    public long? Version { get; set; }

    public string Name { get; set; } = "";

    public string DirectorName { get; set; } = "";
}

public sealed class CentreInput
{
    public long? Version { get; set; }

    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public CentreKind Kind { get; set; } = CentreKind.Centre;

    public Guid? DirectorateKey { get; set; }
}

public sealed class UnitInput
{
    public long? Version { get; set; }

    public string Name { get; set; } = "";

    public Guid? CentreKey { get; set; }

    public decimal? Fte { get; set; }

    public long? Payroll { get; set; }
}
