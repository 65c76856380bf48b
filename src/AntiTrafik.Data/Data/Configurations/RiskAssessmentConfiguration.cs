using AntiTrafik.Domain;
using AntiTrafik.Domain.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AntiTrafik.Data.Configurations;

public sealed class RiskAssessmentConfiguration : IEntityTypeConfiguration<RiskAssessment>
{
    public void Configure(EntityTypeBuilder<RiskAssessment> builder)
    {
        // The header reads a case's latest assessment.
        builder.HasIndex(r => new { r.CaseId, r.AssessedOn });
        builder.HasOne<Case>().WithMany().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Agency>().WithMany().HasForeignKey(r => r.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.ProtectedSafetyPlan).HasMaxLength(16000);
        builder.Property(r => r.ProtectedReasons).HasMaxLength(8000);
        builder.Property(r => r.UserId).HasMaxLength(450);
        builder.Property(r => r.CreatedById).HasMaxLength(450);
        builder.Property(r => r.UpdatedById).HasMaxLength(450);
    }
}
