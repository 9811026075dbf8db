using HojeTaastrup.Admin.Domain.Reorganisation;
using HojeTaastrup.Admin.Domain.Savings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HojeTaastrup.Admin.Data.Configurations.Savings;

// A proposal's amounts, milestones, earlier versions and status history are values of the proposal, stored as
// JSON text; the catalogue filters on them in memory. What the catalogue filters on in SQL has a column and an
// index. The number is unique in its programme by its key (trimmed, upper case), so that two directors
// saving "A3" and "a3 " at once get a 409 from the index, as elsewhere.
internal sealed class SavingsProposalConfiguration : IEntityTypeConfiguration<SavingsProposal>
{
    public void Configure(EntityTypeBuilder<SavingsProposal> builder)
    {
        builder.ToTable("SavingsProposals");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Number).HasMaxLength(ProposalContent.MaxNumberLength);
        builder.Property(p => p.NumberKey).HasMaxLength(ProposalContent.MaxNumberLength);
        builder.Property(p => p.Title).HasMaxLength(ProposalContent.MaxTitleLength);
        builder.Property(p => p.Description).HasMaxLength(ProposalContent.MaxDescriptionLength);
        builder.Property(p => p.OwnerCentreCode).HasMaxLength(10);
        builder.Property(p => p.OwnerCentreName).HasMaxLength(ProposalContent.MaxNameLength);
        builder.Property(p => p.Responsible).HasMaxLength(ProposalContent.MaxNameLength);
        builder.Property(p => p.Track).HasMaxLength(ProposalContent.MaxNameLength);
        builder.Property(p => p.Category).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.Amounts).AsJsonList("AmountsJson");
        builder.Property(p => p.Milestones).AsJsonList("MilestonesJson");
        builder.Property(p => p.Revisions).AsJsonList("RevisionsJson");
        builder.Property(p => p.StatusHistory).AsJsonList("StatusHistoryJson");
        builder.Ignore(p => p.Content);
        builder.Ignore(p => p.CurrentRevision);
        builder.Ignore(p => p.HasUnknownAmounts);
        builder.Ignore(p => p.EditRefusal);
        builder.Ignore(p => p.EditNeedsReason);

        builder.HasOne<SavingsProgramme>().WithMany().HasForeignKey(p => p.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ReorganisationProposal>().WithMany().HasForeignKey(p => p.ReorganisationProposalId).OnDelete(DeleteBehavior.Restrict);

        builder.HasIndex(p => new { p.ProgrammeId, p.NumberKey }).IsUnique();
        builder.HasIndex(p => p.Status);
        builder.HasIndex(p => p.OwnerCentreCode);
        builder.HasIndex(p => p.ReorganisationProposalId);
    }
}
