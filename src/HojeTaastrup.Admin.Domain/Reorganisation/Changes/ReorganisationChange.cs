using System.Text.Json.Serialization;

namespace HojeTaastrup.Admin.Domain.Reorganisation;

// One typed step of a reorganisation proposal. Centres are referred to by code, as people and the
// API do; units by their stable key. The JSON form carries the kind first:
// { "kind": "MergeCentres", "centres": ["SUC", "POC"], "newCode": "SOC", ... }.
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(MergeCentres), nameof(MergeCentres))]
[JsonDerivedType(typeof(DissolveCentre), nameof(DissolveCentre))]
[JsonDerivedType(typeof(CreateCentre), nameof(CreateCentre))]
[JsonDerivedType(typeof(RenameCentre), nameof(RenameCentre))]
[JsonDerivedType(typeof(MoveUnit), nameof(MoveUnit))]
[JsonDerivedType(typeof(SplitUnit), nameof(SplitUnit))]
[JsonDerivedType(typeof(CreateUnit), nameof(CreateUnit))]
[JsonDerivedType(typeof(ChangeDirectorate), nameof(ChangeDirectorate))]
public abstract record ReorganisationChange(string Rationale)
{
    // Lets the UI edit, reorder or remove one change. It is also the key of the centre or unit
    // that the change creates, so that re-evaluating a proposal gives the same keys every time.
    public Guid Id { get; init; } = Guid.NewGuid();
}
