using AntiTrafik.Domain;
using AntiTrafik.Domain.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AntiTrafik.Data.Configurations;

public sealed class CaseDocumentConfiguration : IEntityTypeConfiguration<CaseDocument>
{
    public void Configure(EntityTypeBuilder<CaseDocument> builder)
    {
        builder.ToTable("CaseDocuments");
        // Sealed text: a description of at most 300 characters or a file name of 200 is well under 4 000 as ciphertext.
        builder.Property(d => d.ProtectedDescription).HasMaxLength(4000);
        builder.Property(d => d.ProtectedFileName).HasMaxLength(4000).IsRequired();
        builder.Property(d => d.ContentType).HasMaxLength(100).IsUnicode(false).IsRequired();
        builder.Property(d => d.StoredName).HasMaxLength(32).IsUnicode(false);
        builder.Property(d => d.UploadedById).HasMaxLength(450).IsRequired();
        builder.HasOne<Case>().WithMany().HasForeignKey(d => d.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Agency>().WithMany().HasForeignKey(d => d.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(d => d.Content).WithOne().HasForeignKey<CaseDocumentContent>(c => c.DocumentId).OnDelete(DeleteBehavior.Cascade);
        // A case's documents, newest first.
        builder.HasIndex(d => new { d.CaseId, d.UploadedAt });
    }
}

public sealed class CaseDocumentContentConfiguration : IEntityTypeConfiguration<CaseDocumentContent>
{
    public void Configure(EntityTypeBuilder<CaseDocumentContent> builder)
    {
        builder.ToTable("CaseDocumentContents");
        builder.HasKey(c => c.DocumentId);
        builder.Property(c => c.DocumentId).ValueGeneratedNever();
        builder.Property(c => c.Sealed).IsRequired();
    }
}
