using HojeTaastrup.Admin.Domain.Common;
using HojeTaastrup.Admin.Domain.Organisation;

namespace HojeTaastrup.Admin.Domain.Reorganisation;

// One centre before and after, matched by key: a surviving merged centre shows its new figures.
// Before is null for a created centre, After for a removed one.
public sealed record CentreComparison(
    Guid Key,
    CentreSnapshot? Before,
    CentreSnapshot? After,
    decimal FteBefore,
    decimal FteAfter,
    Money PayrollBefore,
    Money PayrollAfter,
    bool UnitsChanged)
{
    public string Code => After?.Code ?? Before?.Code ?? string.Empty;

    public string Name => After?.Name ?? Before?.Name ?? string.Empty;

    public bool IsCreated => Before is null;

    public bool IsRemoved => After is null;

    public bool IsRenamed => Before is not null && After is not null && (Before.Code != After.Code || Before.Name != After.Name);

    public bool HasNewDirectorate => Before is not null && After is not null && Before.DirectorateKey != After.DirectorateKey;

    public bool IsChanged => IsCreated || IsRemoved || IsRenamed || HasNewDirectorate || UnitsChanged
        || Before!.Kind != After!.Kind || FteBefore != FteAfter || PayrollBefore != PayrollAfter;
}
