using AntiTrafik.Domain;
using AntiTrafik.Domain.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AntiTrafik.Data.Configurations;

/// <summary>The justice track of a case: proceedings with their hearings, compensation, and the non-punishment record.</summary>
public sealed class ProceedingConfiguration : IEntityTypeConfiguration<Proceeding>
{
    public void Configure(EntityTypeBuilder<Proceeding> builder)
    {
        builder.HasIndex(p => p.CaseId);
        builder.HasOne<Case>().WithMany().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Agency>().WithMany().HasForeignKey(p => p.RecordedByAgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(p => p.ProtectedPoliceFile).HasMaxLength(1000);
        builder.Property(p => p.ProtectedProsecutionFile).HasMaxLength(1000);
        builder.Property(p => p.ProtectedCourtFile).HasMaxLength(1000);
        builder.Property(p => p.ProsecutionOffice).HasMaxLength(200);
        builder.Property(p => p.Court).HasMaxLength(200);
        builder.Property(p => p.CreatedById).HasMaxLength(450);
        builder.Property(p => p.UpdatedById).HasMaxLength(450);
        builder.Ignore(p => p.LeftTheTraffickingArticles);
        builder.HasMany(p => p.Hearings).WithOne().HasForeignKey(h => h.ProceedingId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class HearingConfiguration : IEntityTypeConfiguration<Hearing>
{
    public void Configure(EntityTypeBuilder<Hearing> builder) => builder.Property(h => h.ProtectedNote).HasMaxLength(8000);
}

public sealed class CompensationConfiguration : IEntityTypeConfiguration<Compensation>
{
    public void Configure(EntityTypeBuilder<Compensation> builder)
    {
        builder.HasIndex(c => c.CaseId);
        builder.HasOne<Case>().WithMany().HasForeignKey(c => c.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(c => c.AmountClaimed).HasPrecision(14, 2);
        builder.Property(c => c.AmountAwarded).HasPrecision(14, 2);
        builder.Property(c => c.AmountPaid).HasPrecision(14, 2);
        builder.Property(c => c.CreatedById).HasMaxLength(450);
        builder.Property(c => c.UpdatedById).HasMaxLength(450);
    }
}

public sealed class NonPunishmentConfiguration : IEntityTypeConfiguration<NonPunishment>
{
    public void Configure(EntityTypeBuilder<NonPunishment> builder)
    {
        builder.HasIndex(n => n.CaseId);
        builder.HasOne<Case>().WithMany().HasForeignKey(n => n.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(n => n.ProtectedOffence).HasMaxLength(8000);
        builder.Property(n => n.CreatedById).HasMaxLength(450);
        builder.Property(n => n.UpdatedById).HasMaxLength(450);
    }
}
