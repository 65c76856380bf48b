using AntiTrafik.Domain;
using AntiTrafik.Domain.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AntiTrafik.Data.Configurations;

public sealed class ChildPathwayConfiguration : IEntityTypeConfiguration<ChildPathway>
{
    public void Configure(EntityTypeBuilder<ChildPathway> builder)
    {
        builder.HasIndex(c => c.CaseId).IsUnique();
        builder.HasOne<Case>().WithMany().HasForeignKey(c => c.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Agency>().WithMany().HasForeignKey(c => c.ChildProtectionUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.ProtectedGuardianName).HasMaxLength(2000);
        builder.Property(c => c.ProtectedDetermination).HasMaxLength(16000);
        builder.Property(c => c.ProtectedChildViews).HasMaxLength(16000);
        builder.Property(c => c.CreatedById).HasMaxLength(450);
        builder.Property(c => c.UpdatedById).HasMaxLength(450);
    }
}
