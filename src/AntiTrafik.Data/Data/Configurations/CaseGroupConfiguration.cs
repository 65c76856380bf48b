using AntiTrafik.Domain;
using AntiTrafik.Domain.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AntiTrafik.Data.Configurations;

public sealed class CaseGroupConfiguration : IEntityTypeConfiguration<CaseGroup>
{
    public void Configure(EntityTypeBuilder<CaseGroup> builder)
    {
        builder.Property(g => g.ProtectedReference).HasMaxLength(2000);
        builder.Property(g => g.CreatedById).HasMaxLength(450);
        builder.Property(g => g.UpdatedById).HasMaxLength(450);
        builder.HasOne<Agency>().WithMany().HasForeignKey(g => g.CreatedByAgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(g => g.Members).WithOne().HasForeignKey(m => m.GroupId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(g => g.PersonsOfInterest).WithOne().HasForeignKey(p => p.GroupId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class CaseGroupMemberConfiguration : IEntityTypeConfiguration<CaseGroupMember>
{
    public void Configure(EntityTypeBuilder<CaseGroupMember> builder)
    {
        builder.HasKey(m => new { m.GroupId, m.CaseId });
        builder.HasIndex(m => m.CaseId);
        // A case leaves its groups with it, and a group takes its memberships with it (two roots: no multiple cascade path).
        builder.HasOne<Case>().WithMany().HasForeignKey(m => m.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class PersonOfInterestConfiguration : IEntityTypeConfiguration<PersonOfInterest>
{
    public void Configure(EntityTypeBuilder<PersonOfInterest> builder)
    {
        builder.Property(p => p.ProtectedDescription).HasMaxLength(16000);
        builder.Property(p => p.CreatedById).HasMaxLength(450);
        builder.Property(p => p.UpdatedById).HasMaxLength(450);
        builder.HasOne<Agency>().WithMany().HasForeignKey(p => p.RecordedByAgencyId).OnDelete(DeleteBehavior.Restrict);
    }
}
