using AntiTrafik.Domain;
using AntiTrafik.Domain.SignIns;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AntiTrafik.Data.Configurations;

public sealed class SignInSessionConfiguration : IEntityTypeConfiguration<SignInSession>
{
    public void Configure(EntityTypeBuilder<SignInSession> builder)
    {
        builder.Property(s => s.Key).HasMaxLength(SignInSession.KeyMaxLength).IsUnicode(false);
        builder.HasIndex(s => s.Key).IsUnique();
        builder.Property(s => s.UserId).HasMaxLength(450);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => s.UserId);
        builder.HasIndex(s => s.ExpiresAt);
        builder.Property(s => s.Browser).HasMaxLength(SignInSession.BrowserMaxLength);
        builder.Property(s => s.Address).HasMaxLength(SignInSession.AddressMaxLength).IsUnicode(false);
    }
}

public sealed class SignInThrottleConfiguration : IEntityTypeConfiguration<SignInThrottle>
{
    public void Configure(EntityTypeBuilder<SignInThrottle> builder)
    {
        builder.Property(t => t.AccountKey).HasMaxLength(SignInThrottle.AccountKeyMaxLength).IsUnicode(false);
        builder.Property(t => t.Address).HasMaxLength(SignInThrottle.AddressMaxLength).IsUnicode(false);
        builder.HasIndex(t => new { t.AccountKey, t.Address }).IsUnique();
        builder.HasIndex(t => t.LastFailureAt);
    }
}
