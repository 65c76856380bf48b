using AntiTrafik.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AntiTrafik.Data.Configurations;

public sealed class CountyConfiguration : IEntityTypeConfiguration<County>
{
    public void Configure(EntityTypeBuilder<County> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(64);
        builder.HasIndex(c => c.Name).IsUnique();
    }
}

public sealed class MunicipalityConfiguration : IEntityTypeConfiguration<Municipality>
{
    public void Configure(EntityTypeBuilder<Municipality> builder)
    {
        builder.Property(m => m.Name).HasMaxLength(64);
        builder.HasIndex(m => new { m.CountyId, m.Name }).IsUnique();
        builder.HasOne(m => m.County).WithMany(c => c.Municipalities)
            .HasForeignKey(m => m.CountyId).OnDelete(DeleteBehavior.Restrict);
    }
}
