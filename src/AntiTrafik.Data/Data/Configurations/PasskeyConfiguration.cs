using AntiTrafik.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AntiTrafik.Data.Configurations;

/// <summary>
/// Identity's passkeys (the second sign-in step with WebAuthn), configured here rather than through Identity's schema
/// version option: that option is read from the host's services, which the migration projects' design-time factories
/// do not have, so the model would differ between a migration and the running portal. The shape is Identity's own.
/// </summary>
public sealed class PasskeyConfiguration : IEntityTypeConfiguration<IdentityUserPasskey<string>>
{
    public void Configure(EntityTypeBuilder<IdentityUserPasskey<string>> builder)
    {
        builder.ToTable("AspNetUserPasskeys");
        builder.HasKey(p => p.CredentialId);
        // WebAuthn: a credential id is at most 1023 bytes.
        builder.Property(p => p.CredentialId).HasMaxLength(1024);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(p => p.UserId).IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => p.UserId);
        builder.OwnsOne(p => p.Data).ToJson();
    }
}
