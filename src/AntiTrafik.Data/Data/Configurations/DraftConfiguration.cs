using AntiTrafik.Domain;
using AntiTrafik.Domain.Drafts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AntiTrafik.Data.Configurations;

public sealed class DraftConfiguration : IEntityTypeConfiguration<Draft>
{
    public void Configure(EntityTypeBuilder<Draft> builder)
    {
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.OwnerId).HasMaxLength(450);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(d => d.OwnerId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(d => d.Form).HasMaxLength(Draft.FormMaxLength).IsUnicode(false);
        // One draft per person and form: saving again replaces it.
        builder.HasIndex(d => new { d.OwnerId, d.Form, d.RecordId }).IsUnique();
        builder.HasIndex(d => d.SavedAt);
    }
}
