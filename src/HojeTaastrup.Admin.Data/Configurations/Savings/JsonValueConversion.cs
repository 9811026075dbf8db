using System.Text.Json;
using HojeTaastrup.Admin.Data.Conventions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HojeTaastrup.Admin.Data.Configurations.Savings;

// A list-valued property of a savings entity as JSON text (provider-neutral), in the shape of DomainJson.
// Unlike ReorganisationProposalConfiguration, the lists are compared item by item, not by reference: an edit
// hands the domain a new but equal list of amounts or targets whenever another field changes, and a reference
// comparison would write that list to the history as changed. The items are records (value equality) and the
// lists are never changed in place, so the snapshot can be the list itself.
internal static class JsonValueConversion
{
    public static PropertyBuilder<IReadOnlyList<T>> AsJsonList<T>(this PropertyBuilder<IReadOnlyList<T>> property, string column) =>
        property
            .HasColumnName(column)
            .HasConversion(
                v => JsonSerializer.Serialize(v, DomainJson.Options),
                s => JsonSerializer.Deserialize<List<T>>(s, DomainJson.Options) ?? new List<T>(),
                new ValueComparer<IReadOnlyList<T>>(
                    (a, b) => ReferenceEquals(a, b) || (a != null && b != null && a.SequenceEqual(b)),
                    v => v.Aggregate(0, (hash, item) => HashCode.Combine(hash, item)),
                    v => v))
            .IsRequired();
}
