using AntiTrafik.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AntiTrafik.Data.Configurations;

public sealed class DataStampConfiguration : IEntityTypeConfiguration<DataStamp>
{
    public void Configure(EntityTypeBuilder<DataStamp> builder)
    {
        builder.ToTable("DataStamp");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.HasData(new { Id = DataStamp.TheOne, Saves = 0L });
    }
}
