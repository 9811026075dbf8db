using HojeTaastrup.Admin.Data.Configurations.Savings;
using HojeTaastrup.Admin.Domain.Hearings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HojeTaastrup.Admin.Data.Configurations.Hearings;

// A hearing's invited committees, subjects and the administration's comments are values of the hearing (JSON
// text, like a savings proposal's lists); its status is computed from the clock, never stored.
internal sealed class HearingConfiguration : IEntityTypeConfiguration<Hearing>
{
    public void Configure(EntityTypeBuilder<Hearing> builder)
    {
        builder.ToTable("Hearings");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Title).HasMaxLength(Hearing.MaxTitleLength);
        builder.Property(h => h.Intro).HasMaxLength(Hearing.MaxIntroLength);
        builder.Property(h => h.CaseNumber).HasMaxLength(Hearing.MaxCaseNumberLength);
        builder.Property(h => h.ContactPerson).HasMaxLength(Hearing.MaxNameLength);
        builder.Property(h => h.Unit).HasMaxLength(Hearing.MaxNameLength);
        builder.Property(h => h.PublishedBy).HasMaxLength(Hearing.MaxNameLength);
        builder.Property(h => h.CommitteeIds).AsJsonList("CommitteeIdsJson");
        builder.Property(h => h.ProposalIds).AsJsonList("ProposalIdsJson");
        builder.Property(h => h.Comments).AsJsonList("CommentsJson");
        builder.Ignore(h => h.Deadline);
        builder.Ignore(h => h.Subjects);
        builder.HasIndex(h => h.Opens);
    }
}

// One row per hearing, committee and subject (Guid.Empty: general remarks): the unique index makes two first
// submissions racing for the same answer a 409. The revisions are JSON, kept for the record.
internal sealed class HearingResponseConfiguration : IEntityTypeConfiguration<HearingResponse>
{
    public void Configure(EntityTypeBuilder<HearingResponse> builder)
    {
        builder.ToTable("HearingResponses");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Draft).HasMaxLength(HearingResponse.MaxTextLength);
        builder.Property(r => r.Revisions).AsJsonList("RevisionsJson");
        builder.Ignore(r => r.ProposalId);
        builder.Ignore(r => r.Current);
        builder.Ignore(r => r.ReceivedAt);
        builder.HasOne<Hearing>().WithMany().HasForeignKey(r => r.HearingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Committee>().WithMany().HasForeignKey(r => r.CommitteeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.HearingId, r.CommitteeId, r.Subject }).IsUnique();
    }
}

internal sealed class CommitteeConfiguration : IEntityTypeConfiguration<Committee>
{
    public void Configure(EntityTypeBuilder<Committee> builder)
    {
        builder.ToTable("Committees");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Name).HasMaxLength(Committee.MaxNameLength);
        builder.Property(c => c.NameKey).HasMaxLength(Committee.MaxNameLength);
        builder.Property(c => c.Level).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.ChairUserId).HasMaxLength(450);
        builder.Property(c => c.Members).AsJsonList("MembersJson");
        builder.Property(c => c.CentreCodes).AsJsonList("CentreCodesJson");
        builder.HasIndex(c => c.NameKey).IsUnique();
    }
}
