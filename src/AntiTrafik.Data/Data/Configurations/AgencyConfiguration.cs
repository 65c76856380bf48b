using AntiTrafik.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AntiTrafik.Data.Configurations;

public sealed class AgencyConfiguration : IEntityTypeConfiguration<Agency>
{
    public void Configure(EntityTypeBuilder<Agency> builder)
    {
        builder.Property(a => a.Code).HasMaxLength(Agency.CodeMaxLength);
        builder.Property(a => a.Name).HasMaxLength(Agency.NameMaxLength);
        builder.Property(a => a.Abbreviation).HasMaxLength(Agency.AbbreviationMaxLength);
        builder.Property(a => a.CreatedById).HasMaxLength(450);
        builder.Property(a => a.UpdatedById).HasMaxLength(450);
        builder.HasIndex(a => a.Code).IsUnique();
        builder.HasIndex(a => a.Name).IsUnique();
        builder.HasIndex(a => new { a.Kind, a.CountyId });
        builder.HasOne(a => a.County).WithMany()
            .HasForeignKey(a => a.CountyId).OnDelete(DeleteBehavior.Restrict);
    }
}
