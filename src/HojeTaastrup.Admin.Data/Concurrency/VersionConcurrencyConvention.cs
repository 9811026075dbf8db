using HojeTaastrup.Admin.Domain.Common;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Metadata.Conventions;

namespace HojeTaastrup.Admin.Data.Concurrency;

// Every IVersioned entity gets Version as its concurrency token. A convention rather than a loop in
// OnModelCreating, so it also reaches entities configured after the base context's model building.
internal sealed class VersionConcurrencyConvention : IModelFinalizingConvention
{
    public void ProcessModelFinalizing(IConventionModelBuilder modelBuilder, IConventionContext<IConventionModelBuilder> context)
    {
        foreach (var entityType in modelBuilder.Metadata.GetEntityTypes())
        {
            var declaresVersion = typeof(IVersioned).IsAssignableFrom(entityType.ClrType)
                && (entityType.BaseType is null || !typeof(IVersioned).IsAssignableFrom(entityType.BaseType.ClrType));
            if (declaresVersion)
            {
                entityType.Builder.Property(typeof(long), nameof(IVersioned.Version))?.IsConcurrencyToken(true);
            }
        }
    }
}
