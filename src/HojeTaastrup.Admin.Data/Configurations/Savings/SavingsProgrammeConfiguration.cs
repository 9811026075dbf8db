using HojeTaastrup.Admin.Domain.Savings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HojeTaastrup.Admin.Data.Configurations.Savings;

// A programme's targets (year and whole kroner) and tracks are values of the programme, stored as JSON text.
internal sealed class SavingsProgrammeConfiguration : IEntityTypeConfiguration<SavingsProgramme>
{
    public void Configure(EntityTypeBuilder<SavingsProgramme> builder)
    {
        builder.ToTable("SavingsProgrammes");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Name).HasMaxLength(SavingsProgramme.MaxNameLength);
        builder.Property(p => p.Description).HasMaxLength(SavingsProgramme.MaxDescriptionLength);
        builder.Property(p => p.Targets).AsJsonList("TargetsJson");
        builder.Property(p => p.Tracks).AsJsonList("TracksJson");
        builder.Ignore(p => p.Years);
    }
}
