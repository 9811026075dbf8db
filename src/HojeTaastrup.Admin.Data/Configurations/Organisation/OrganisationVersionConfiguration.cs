using HojeTaastrup.Admin.Domain.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HojeTaastrup.Admin.Data.Configurations.Organisation;

// A version and its directorates, centres and units are one aggregate: the parts are owned, so they
// load with the version, their changes are audited under it and bump its Version.
internal sealed class OrganisationVersionConfiguration : IEntityTypeConfiguration<OrganisationVersion>
{
    public void Configure(EntityTypeBuilder<OrganisationVersion> builder)
    {
        builder.ToTable("OrganisationVersions");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Source).HasMaxLength(500);

        // One structure per day: "the structure in force on a day" must be unambiguous.
        builder.HasIndex(v => v.EffectiveFrom).IsUnique();

        builder.OwnsMany(v => v.Directorates, d =>
        {
            d.ToTable("Directorates");
            d.WithOwner().HasForeignKey(x => x.OrganisationVersionId);
            d.HasKey(x => x.Id);
            d.Property(x => x.Name).HasMaxLength(200);
            d.Property(x => x.DirectorName).HasMaxLength(200);
            d.HasIndex(x => new { x.OrganisationVersionId, x.Key }).IsUnique();
        });

        builder.OwnsMany(v => v.Centres, c =>
        {
            c.ToTable("Centres");
            c.WithOwner().HasForeignKey(x => x.OrganisationVersionId);
            c.HasKey(x => x.Id);
            c.Property(x => x.Code).HasMaxLength(10);
            c.Property(x => x.Name).HasMaxLength(200);
            c.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
            c.HasIndex(x => new { x.OrganisationVersionId, x.Key }).IsUnique();
            c.HasIndex(x => new { x.OrganisationVersionId, x.Code }).IsUnique();
        });

        builder.OwnsMany(v => v.Units, u =>
        {
            u.ToTable("Units");
            u.WithOwner().HasForeignKey(x => x.OrganisationVersionId);
            u.HasKey(x => x.Id);
            u.Property(x => x.Name).HasMaxLength(200);
            u.Property(x => x.Fte).HasPrecision(9, 1);
            u.HasIndex(x => new { x.OrganisationVersionId, x.Key }).IsUnique();
            u.HasIndex(x => new { x.OrganisationVersionId, x.CentreKey });
        });

        builder.Navigation(v => v.Directorates).AutoInclude();
        builder.Navigation(v => v.Centres).AutoInclude();
        builder.Navigation(v => v.Units).AutoInclude();
    }
}
