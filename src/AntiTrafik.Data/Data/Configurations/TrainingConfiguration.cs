using AntiTrafik.Domain.Trainings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AntiTrafik.Data.Configurations;

public sealed class ProgrammeConfiguration : IEntityTypeConfiguration<Programme>
{
    public void Configure(EntityTypeBuilder<Programme> builder)
    {
        builder.Property(p => p.Title).HasMaxLength(300);
        builder.Property(p => p.Goal).HasMaxLength(2000);
        builder.Property(p => p.CreatedById).HasMaxLength(450);
        builder.Property(p => p.UpdatedById).HasMaxLength(450);
        builder.HasMany(p => p.Trainings).WithOne(t => t.Programme).HasForeignKey(t => t.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class TrainingConfiguration : IEntityTypeConfiguration<Training>
{
    public void Configure(EntityTypeBuilder<Training> builder)
    {
        builder.Property(t => t.Title).HasMaxLength(300);
        builder.Property(t => t.Topic).HasMaxLength(300);
        builder.Property(t => t.City).HasMaxLength(100);
        builder.Property(t => t.Venue).HasMaxLength(200);
        builder.Property(t => t.Partners).HasMaxLength(1000);
        builder.Property(t => t.Funder).HasMaxLength(200);
        builder.Property(t => t.Project).HasMaxLength(300);
        builder.Property(t => t.Audience).HasMaxLength(300);
        builder.Property(t => t.Trainers).HasMaxLength(500);
        builder.Property(t => t.Materials).HasMaxLength(1000);
        builder.Property(t => t.Summary).HasMaxLength(4000);
        builder.Property(t => t.CreatedById).HasMaxLength(450);
        builder.Property(t => t.UpdatedById).HasMaxLength(450);
        builder.Ignore(t => t.TotalParticipants);
        builder.HasOne(t => t.County).WithMany().HasForeignKey(t => t.CountyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(t => t.OrganiserAgency).WithMany().HasForeignKey(t => t.OrganiserAgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(t => t.Counts).WithOne().HasForeignKey(c => c.TrainingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(t => t.Participants).WithOne().HasForeignKey(p => p.TrainingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(t => t.MaterialFiles).WithOne().HasForeignKey(m => m.TrainingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => t.StartsOn);
    }
}

public sealed class ParticipantCountConfiguration : IEntityTypeConfiguration<ParticipantCount>
{
    public void Configure(EntityTypeBuilder<ParticipantCount> builder)
    {
        builder.Property(c => c.Institution).HasMaxLength(200);
        builder.Ignore(c => c.Total);
        builder.HasOne(c => c.Agency).WithMany().HasForeignKey(c => c.AgencyId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class TrainingParticipantConfiguration : IEntityTypeConfiguration<TrainingParticipant>
{
    public void Configure(EntityTypeBuilder<TrainingParticipant> builder)
    {
        builder.Property(p => p.UserId).HasMaxLength(450);
        builder.Property(p => p.Name).HasMaxLength(150);
        builder.Property(p => p.Function).HasMaxLength(150);
        builder.Property(p => p.Institution).HasMaxLength(200);
    }
}

public sealed class AwarenessActivityConfiguration : IEntityTypeConfiguration<AwarenessActivity>
{
    public void Configure(EntityTypeBuilder<AwarenessActivity> builder)
    {
        builder.Property(a => a.Title).HasMaxLength(300);
        builder.Property(a => a.City).HasMaxLength(100);
        builder.Property(a => a.Venue).HasMaxLength(200);
        builder.Property(a => a.Organisers).HasMaxLength(1000);
        builder.Property(a => a.Partners).HasMaxLength(1000);
        builder.Property(a => a.Description).HasMaxLength(4000);
        builder.Property(a => a.CreatedById).HasMaxLength(450);
        builder.Property(a => a.UpdatedById).HasMaxLength(450);
        builder.HasOne(a => a.County).WithMany().HasForeignKey(a => a.CountyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => a.StartsOn);
    }
}

public sealed class BulletinConfiguration : IEntityTypeConfiguration<Bulletin>
{
    public void Configure(EntityTypeBuilder<Bulletin> builder)
    {
        builder.Property(b => b.Title).HasMaxLength(300);
        builder.Property(b => b.Introduction).HasMaxLength(8000);
        builder.Property(b => b.CreatedById).HasMaxLength(450);
        builder.Property(b => b.UpdatedById).HasMaxLength(450);
        builder.Ignore(b => b.IsIssued);
        builder.HasIndex(b => b.Number).IsUnique();
        builder.HasMany(b => b.Items).WithOne().HasForeignKey(i => i.BulletinId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class BulletinItemConfiguration : IEntityTypeConfiguration<BulletinItem>
{
    public void Configure(EntityTypeBuilder<BulletinItem> builder)
    {
        builder.Property(i => i.Title).HasMaxLength(300);
        builder.Property(i => i.Place).HasMaxLength(300);
        builder.Property(i => i.Summary).HasMaxLength(8000);
        builder.Property(i => i.Organisers).HasMaxLength(1000);
        builder.Property(i => i.Participants).HasMaxLength(2000);
    }
}

public sealed class TrainingMaterialConfiguration : IEntityTypeConfiguration<TrainingMaterial>
{
    public void Configure(EntityTypeBuilder<TrainingMaterial> builder)
    {
        builder.Property(m => m.FileName).HasMaxLength(TrainingMaterial.FileNameMaxLength);
        builder.Property(m => m.StoredName).HasMaxLength(32).IsUnicode(false);
        builder.Property(m => m.ContentType).HasMaxLength(100).IsUnicode(false);
        builder.Property(m => m.Sha256).HasMaxLength(64).IsUnicode(false);
        builder.Property(m => m.CreatedById).HasMaxLength(450);
        builder.Property(m => m.UpdatedById).HasMaxLength(450);
        builder.HasIndex(m => m.StoredName).IsUnique();
    }
}
