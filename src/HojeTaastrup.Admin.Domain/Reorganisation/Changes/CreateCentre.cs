using HojeTaastrup.Admin.Domain.Organisation;

namespace HojeTaastrup.Admin.Domain.Reorganisation;

// A new, empty centre; later changes move or create units into it. CentreKind is not called Kind
// because "kind" is the JSON discriminator of the change.
public sealed record CreateCentre(
    string Code,
    string Name,
    CentreKind CentreKind,
    Guid Directorate,
    string Rationale)
    : ReorganisationChange(Rationale);
