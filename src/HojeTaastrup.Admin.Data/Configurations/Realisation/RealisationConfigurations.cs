using HojeTaastrup.Admin.Data.Configurations.Savings;
using HojeTaastrup.Admin.Domain.Realisation;
using HojeTaastrup.Admin.Domain.Savings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HojeTaastrup.Admin.Data.Configurations.Realisation;

// One realisation plan per proposal (unique), locked at adoption; its plan, re-baselines and forecasts are values
// stored as JSON text like the savings proposal's amounts.
internal sealed class ProposalRealisationConfiguration : IEntityTypeConfiguration<ProposalRealisation>
{
    public void Configure(EntityTypeBuilder<ProposalRealisation> builder)
    {
        builder.ToTable("ProposalRealisations");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.BaselinedBy).HasMaxLength(200);
        builder.Property(r => r.Planned).AsJsonList("PlannedJson");
        builder.Property(r => r.Rebaselines).AsJsonList("RebaselinesJson");
        builder.Property(r => r.Forecasts).AsJsonList("ForecastsJson");
        builder.HasOne<SavingsProposal>().WithMany().HasForeignKey(r => r.ProposalId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<SavingsProgramme>().WithMany().HasForeignKey(r => r.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => r.ProposalId).IsUnique();
        builder.HasIndex(r => r.ProgrammeId);
    }
}

// Entries are rows (10,000 from one finance file), summed per proposal and year in SQL. The import key is unique in
// its programme, so the same file imported twice, even at once, counts once (the second save is a 409).
internal sealed class RealisationEntryConfiguration : IEntityTypeConfiguration<RealisationEntry>
{
    public void Configure(EntityTypeBuilder<RealisationEntry> builder)
    {
        builder.ToTable("RealisationEntries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Note).HasMaxLength(RealisationEntry.MaxNoteLength);
        builder.Property(e => e.RecordedBy).HasMaxLength(200);
        builder.Property(e => e.ImportKey).HasMaxLength(RealisationEntry.MaxImportKeyLength);
        builder.Property(e => e.Source).HasConversion<string>().HasMaxLength(16);
        builder.HasOne<SavingsProposal>().WithMany().HasForeignKey(e => e.ProposalId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<SavingsProgramme>().WithMany().HasForeignKey(e => e.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.ProgrammeId, e.Year });
        builder.HasIndex(e => e.ProposalId);
        builder.HasIndex(e => new { e.ProgrammeId, e.ImportKey }).IsUnique();
    }
}

internal sealed class CoverMeasureConfiguration : IEntityTypeConfiguration<CoverMeasure>
{
    public void Configure(EntityTypeBuilder<CoverMeasure> builder)
    {
        builder.ToTable("CoverMeasures");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Title).HasMaxLength(CoverMeasure.MaxTitleLength);
        builder.Property(c => c.Note).HasMaxLength(CoverMeasure.MaxNoteLength);
        builder.Property(c => c.DecidedBy).HasMaxLength(200);
        builder.Ignore(c => c.RealisedRefusal);
        builder.HasOne<SavingsProgramme>().WithMany().HasForeignKey(c => c.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<SavingsProposal>().WithMany().HasForeignKey(c => c.ProposalId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.ProgrammeId);
    }
}

// A follow-up's snapshot is one JSON value per kind of figure: it is read whole and never changed.
internal sealed class BudgetFollowUpConfiguration : IEntityTypeConfiguration<BudgetFollowUp>
{
    public void Configure(EntityTypeBuilder<BudgetFollowUp> builder)
    {
        builder.ToTable("BudgetFollowUps");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Name).HasMaxLength(BudgetFollowUp.MaxNameLength);
        builder.Property(f => f.NameKey).HasMaxLength(BudgetFollowUp.MaxNameLength);
        builder.Property(f => f.FrozenBy).HasMaxLength(200);
        builder.Property(f => f.Years).AsJsonList("YearsJson");
        builder.Property(f => f.Proposals).AsJsonList("ProposalsJson");
        builder.Property(f => f.Covers).AsJsonList("CoversJson");
        builder.Ignore(f => f.Figures);
        builder.HasOne<SavingsProgramme>().WithMany().HasForeignKey(f => f.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(f => new { f.ProgrammeId, f.NameKey }).IsUnique();
    }
}

internal sealed class InvestmentFundConfiguration : IEntityTypeConfiguration<InvestmentFund>
{
    public void Configure(EntityTypeBuilder<InvestmentFund> builder)
    {
        builder.ToTable("InvestmentFunds");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Name).HasMaxLength(InvestmentFund.MaxNameLength);
        builder.Property(f => f.Grants).AsJsonList("GrantsJson");
        builder.Property(f => f.Disbursements).AsJsonList("DisbursementsJson");
        builder.Ignore(f => f.Granted);
        builder.Ignore(f => f.Disbursed);
        builder.Ignore(f => f.Remaining);
        builder.Ignore(f => f.YearlyEffect);
        builder.HasOne<SavingsProgramme>().WithMany().HasForeignKey(f => f.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(f => f.ProgrammeId);
    }
}
