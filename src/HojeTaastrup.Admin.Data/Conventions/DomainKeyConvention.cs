using HojeTaastrup.Admin.Domain.Common;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Metadata.Conventions;

namespace HojeTaastrup.Admin.Data.Conventions;

// Domain entities create their own Guid Id. EF would otherwise take a Guid key as store-generated and
// treat a new child added to a loaded aggregate (it already has a key) as an existing row to UPDATE.
internal sealed class DomainKeyConvention : IModelFinalizingConvention
{
    public void ProcessModelFinalizing(IConventionModelBuilder modelBuilder, IConventionContext<IConventionModelBuilder> context)
    {
        foreach (var entityType in modelBuilder.Metadata.GetEntityTypes())
        {
            // Also when Id is part of a composite key, as in an owned collection: (OwnerId, Id).
            if (typeof(Entity).IsAssignableFrom(entityType.ClrType)
                && entityType.FindPrimaryKey()?.Properties.FirstOrDefault(p => p.Name == nameof(Entity.Id)) is IConventionProperty id)
            {
                id.Builder.ValueGenerated(ValueGenerated.Never);
            }
        }
    }
}
