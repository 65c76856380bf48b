using AntiTrafik.Domain.Meetings;
using AntiTrafik.Domain.Referrals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AntiTrafik.Data.Configurations;

public sealed class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    public void Configure(EntityTypeBuilder<Referral> builder)
    {
        builder.Property(r => r.SentById).HasMaxLength(450);
        builder.Property(r => r.CreatedById).HasMaxLength(450);
        builder.Property(r => r.UpdatedById).HasMaxLength(450);
        builder.Property(r => r.ProtectedNote).HasMaxLength(8000);
        builder.Property(r => r.ProtectedGround).HasMaxLength(8000);
        builder.Ignore(r => r.IsLive);

        // Restrict everywhere: a case or agency is never deleted, and SQL Server refuses two cascade paths to one table.
        builder.HasOne(r => r.Case).WithMany().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.SendingAgency).WithMany().HasForeignKey(r => r.SendingAgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.ReceivingAgency).WithMany().HasForeignKey(r => r.ReceivingAgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Transitions).WithOne().HasForeignKey(t => t.ReferralId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Deliveries).WithOne().HasForeignKey(d => d.ReferralId).OnDelete(DeleteBehavior.Cascade);

        // The inbox (by receiver and state, oldest deadline first), the outbox, the case's referrals, and access checks.
        builder.HasIndex(r => new { r.ReceivingAgencyId, r.State, r.DueAt });
        builder.HasIndex(r => new { r.ReceivingAgencyId, r.State, r.SentAt });
        // A sender's referrals by state; with the deadline, its late answers are read in order from the index (the work queue).
        builder.HasIndex(r => new { r.SendingAgencyId, r.State, r.DueAt });
        builder.HasIndex(r => new { r.SendingAgencyId, r.SentAt });
        builder.HasIndex(r => new { r.CaseId, r.ReceivingAgencyId, r.State });
        builder.HasIndex(r => new { r.State, r.DueAt });
        // The cases an agency received, newest case first, with the state that decides whether they still count.
        builder.HasIndex(r => new { r.ReceivingAgencyId, r.CaseRegisteredAt, r.CaseId, r.State });
        // The statistics: a period's referrals by date sent, with all they are grouped or filtered by, read from the
        // index alone (see IX_Cases_Statistics).
        builder.HasIndex(r => new { r.SentAt, r.State, r.ReceivingAgencyId, r.SendingAgencyId, r.AnsweredAt, r.DueAt, r.CaseId }, "IX_Referrals_Statistics");
    }
}

public sealed class ReferralTransitionConfiguration : IEntityTypeConfiguration<ReferralTransition>
{
    public void Configure(EntityTypeBuilder<ReferralTransition> builder)
    {
        builder.Property(t => t.UserId).HasMaxLength(450);
        builder.Property(t => t.ProtectedReason).HasMaxLength(8000);
    }
}

public sealed class ServiceDeliveryConfiguration : IEntityTypeConfiguration<ServiceDelivery>
{
    public void Configure(EntityTypeBuilder<ServiceDelivery> builder)
    {
        builder.Property(d => d.UserId).HasMaxLength(450);
        builder.Property(d => d.ProtectedNote).HasMaxLength(8000);
    }
}

public sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.Property(n => n.Subject).HasMaxLength(Notification.SubjectMaxLength);
        // Restrict: a meeting is never deleted, and SQL Server refuses two cascade paths to one table.
        builder.HasOne<Meeting>().WithMany().HasForeignKey(n => n.MeetingId).OnDelete(DeleteBehavior.Restrict);
        // The menu's unread count; the agency's list and the daily digest (newest, or since a time).
        builder.HasIndex(n => new { n.AgencyId, n.ReadAt, n.CreatedAt });
        builder.HasIndex(n => new { n.AgencyId, n.CreatedAt });
    }
}
