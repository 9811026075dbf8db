using System.Text.Json;
using HojeTaastrup.Admin.Data.Conventions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HojeTaastrup.Admin.Data.Configurations.Savings;

// A list-valued property of a savings entity as JSON text (provider-neutral), in the shape of DomainJson. The
// domain replaces such a list whole on every change, so comparing by reference is enough for change tracking
// (as in ReorganisationProposalConfiguration).
internal static class JsonValueConversion
{
    public static PropertyBuilder<IReadOnlyList<T>> AsJsonList<T>(this PropertyBuilder<IReadOnlyList<T>> property, string column) =>
        property
            .HasColumnName(column)
            .HasConversion(
                v => JsonSerializer.Serialize(v, DomainJson.Options),
                s => JsonSerializer.Deserialize<List<T>>(s, DomainJson.Options) ?? new List<T>(),
                new ValueComparer<IReadOnlyList<T>>((a, b) => ReferenceEquals(a, b), v => v.GetHashCode(), v => v))
            .IsRequired();
}
