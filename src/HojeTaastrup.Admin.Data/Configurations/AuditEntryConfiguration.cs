using HojeTaastrup.Admin.Data.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HojeTaastrup.Admin.Data.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.UserId).HasMaxLength(450);
        builder.Property(e => e.UserName).HasMaxLength(256);
        builder.Property(e => e.EntityKind).HasMaxLength(128);
        builder.Property(e => e.EntityId).HasMaxLength(128);
        builder.Property(e => e.Action).HasConversion<string>().HasMaxLength(16);
        // An entity's history page, newest or oldest first.
        builder.HasIndex(e => new { e.EntityKind, e.EntityId, e.AtUtc });
        builder.HasIndex(e => e.AtUtc);
    }
}
