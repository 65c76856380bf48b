using AntiTrafik.Domain;
using AntiTrafik.Domain.Meetings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AntiTrafik.Data.Configurations;

public sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> builder)
    {
        builder.Property(m => m.Title).HasMaxLength(Meeting.TitleMaxLength);
        builder.Property(m => m.City).HasMaxLength(100);
        builder.Property(m => m.Venue).HasMaxLength(200);
        builder.Property(m => m.Partners).HasMaxLength(1000);
        builder.Property(m => m.Chair).HasMaxLength(200);
        builder.Property(m => m.CreatedById).HasMaxLength(450);
        builder.Property(m => m.UpdatedById).HasMaxLength(450);
        builder.Ignore(m => m.IsLocked);
        builder.HasOne(m => m.County).WithMany().HasForeignKey(m => m.CountyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(m => m.OrganiserAgency).WithMany().HasForeignKey(m => m.OrganiserAgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(m => m.Agenda).WithOne().HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.Agencies).WithOne().HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.Participants).WithOne().HasForeignKey(p => p.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.Actions).WithOne(a => a.Meeting).HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.CaseLinks).WithOne().HasForeignKey(l => l.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.Amendments).WithOne().HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => m.StartsAt);
        builder.HasIndex(m => new { m.Kind, m.CountyId, m.StartsAt });
    }
}

public sealed class AgendaItemConfiguration : IEntityTypeConfiguration<AgendaItem>
{
    public void Configure(EntityTypeBuilder<AgendaItem> builder)
    {
        builder.Property(a => a.Title).HasMaxLength(300);
        builder.Property(a => a.Minutes).HasMaxLength(16000);
        builder.Property(a => a.Decisions).HasMaxLength(8000);
        builder.HasIndex(a => new { a.MeetingId, a.Order });
    }
}

public sealed class MeetingAttendanceConfiguration : IEntityTypeConfiguration<MeetingAttendance>
{
    public void Configure(EntityTypeBuilder<MeetingAttendance> builder)
    {
        builder.HasKey(a => new { a.MeetingId, a.AgencyId });
        builder.HasOne(a => a.Agency).WithMany().HasForeignKey(a => a.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => a.AgencyId);
    }
}

public sealed class ParticipantConfiguration : IEntityTypeConfiguration<Participant>
{
    public void Configure(EntityTypeBuilder<Participant> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(150);
        builder.Property(p => p.Function).HasMaxLength(150);
        builder.Property(p => p.Institution).HasMaxLength(200);
    }
}

public sealed class ActionItemConfiguration : IEntityTypeConfiguration<ActionItem>
{
    public void Configure(EntityTypeBuilder<ActionItem> builder)
    {
        builder.Property(a => a.Description).HasMaxLength(1000);
        builder.Property(a => a.Note).HasMaxLength(2000);
        builder.Property(a => a.CreatedById).HasMaxLength(450);
        builder.Property(a => a.UpdatedById).HasMaxLength(450);
        builder.HasOne(a => a.ResponsibleAgency).WithMany().HasForeignKey(a => a.ResponsibleAgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.ResponsibleAgencyId, a.State, a.DueOn });
    }
}

public sealed class MeetingCaseLinkConfiguration : IEntityTypeConfiguration<MeetingCaseLink>
{
    public void Configure(EntityTypeBuilder<MeetingCaseLink> builder)
    {
        builder.Property(l => l.ProtectedDecision).HasMaxLength(8000);
        builder.HasOne(l => l.Case).WithMany().HasForeignKey(l => l.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(l => new { l.MeetingId, l.CaseId }).IsUnique();
    }
}

public sealed class MeetingAmendmentConfiguration : IEntityTypeConfiguration<MeetingAmendment>
{
    public void Configure(EntityTypeBuilder<MeetingAmendment> builder)
    {
        builder.Property(a => a.Reason).HasMaxLength(1000);
        builder.Property(a => a.Changes).HasMaxLength(500);
        builder.Property(a => a.UserId).HasMaxLength(450);
    }
}
