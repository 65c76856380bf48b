using AntiTrafik.Domain;
using AntiTrafik.Domain.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AntiTrafik.Data.Configurations;

/// <summary>A case's assistance plan (one per case) with its needs, goals and reviews.</summary>
public sealed class AssistancePlanConfiguration : IEntityTypeConfiguration<AssistancePlan>
{
    public void Configure(EntityTypeBuilder<AssistancePlan> builder)
    {
        builder.HasIndex(p => p.CaseId).IsUnique();
        builder.HasOne<Case>().WithMany().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Agency>().WithMany().HasForeignKey(p => p.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(p => p.ProtectedPersonViews).HasMaxLength(16000);
        builder.Property(p => p.SubmittedById).HasMaxLength(450);
        builder.Property(p => p.ApprovedById).HasMaxLength(450);
        builder.Property(p => p.CreatedById).HasMaxLength(450);
        builder.Property(p => p.UpdatedById).HasMaxLength(450);

        // The work queue's "review due" reads plans by their next review's date.
        builder.HasIndex(p => new { p.AgencyId, p.NextReviewDue });

        builder.HasMany(p => p.Needs).WithOne().HasForeignKey(n => n.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Goals).WithOne().HasForeignKey(g => g.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Reviews).WithOne().HasForeignKey(r => r.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class PlanNeedConfiguration : IEntityTypeConfiguration<PlanNeed>
{
    public void Configure(EntityTypeBuilder<PlanNeed> builder)
    {
        builder.HasIndex(n => new { n.PlanId, n.Area }).IsUnique();
        builder.Property(n => n.ProtectedNote).HasMaxLength(8000);
    }
}

public sealed class PlanGoalConfiguration : IEntityTypeConfiguration<PlanGoal>
{
    public void Configure(EntityTypeBuilder<PlanGoal> builder)
    {
        builder.Property(g => g.ProtectedText).HasMaxLength(8000);
        builder.HasOne(g => g.ResponsibleAgency).WithMany().HasForeignKey(g => g.ResponsibleAgencyId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class PlanReviewConfiguration : IEntityTypeConfiguration<PlanReview>
{
    public void Configure(EntityTypeBuilder<PlanReview> builder)
    {
        builder.HasIndex(r => new { r.PlanId, r.Number }).IsUnique();
        builder.Property(r => r.ProtectedProgress).HasMaxLength(16000);
        builder.Property(r => r.WrittenById).HasMaxLength(450);
        builder.Property(r => r.ApprovedById).HasMaxLength(450);
    }
}
