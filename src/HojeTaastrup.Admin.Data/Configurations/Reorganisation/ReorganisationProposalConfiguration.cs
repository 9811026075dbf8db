using System.Text.Json;
using HojeTaastrup.Admin.Data.Conventions;
using HojeTaastrup.Admin.Domain.Organisation;
using HojeTaastrup.Admin.Domain.Reorganisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HojeTaastrup.Admin.Data.Configurations.Reorganisation;

// The baseline snapshot and the ordered change list are values of the proposal, stored as JSON text
// (provider-neutral). The domain replaces either list whole on every edit, so comparing by reference
// is enough for change tracking; comparing the JSON would do as well, only slower.
internal sealed class ReorganisationProposalConfiguration : IEntityTypeConfiguration<ReorganisationProposal>
{
    public void Configure(EntityTypeBuilder<ReorganisationProposal> builder)
    {
        builder.ToTable("ReorganisationProposals");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Title).HasMaxLength(200);
        builder.Property(p => p.Purpose).HasMaxLength(4000);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(p => p.Status);

        builder.Property(p => p.Baseline)
            .HasColumnName("BaselineJson")
            .HasConversion(
                v => JsonSerializer.Serialize(v, DomainJson.Options),
                s => JsonSerializer.Deserialize<OrganisationStructure>(s, DomainJson.Options) ?? OrganisationStructure.Empty,
                new ValueComparer<OrganisationStructure>((a, b) => ReferenceEquals(a, b), v => v.GetHashCode(), v => v));

        builder.Property(p => p.Changes)
            .HasColumnName("ChangesJson")
            .HasConversion(
                v => JsonSerializer.Serialize(v, DomainJson.Options),
                s => JsonSerializer.Deserialize<List<ReorganisationChange>>(s, DomainJson.Options) ?? new List<ReorganisationChange>(),
                new ValueComparer<IReadOnlyList<ReorganisationChange>>((a, b) => ReferenceEquals(a, b), v => v.GetHashCode(), v => v));

        builder.OwnsMany(p => p.ImplementationProjects, project =>
        {
            project.ToTable("ImplementationProjects");
            project.WithOwner().HasForeignKey(x => x.ProposalId);
            project.HasKey(x => x.Id);
            project.Property(x => x.Name).HasMaxLength(200);
            project.Property(x => x.Owner).HasMaxLength(200);
            project.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        });
        builder.Navigation(p => p.ImplementationProjects).AutoInclude();
    }
}
