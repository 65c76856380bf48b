using AntiTrafik.Domain;
using AntiTrafik.Domain.SignIns;
using AntiTrafik.Domain.Drafts;
using AntiTrafik.Domain.Audit;
using AntiTrafik.Domain.Cases;
using AntiTrafik.Domain.Meetings;
using AntiTrafik.Domain.Referrals;
using AntiTrafik.Domain.Trainings;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace AntiTrafik.Data;

public sealed class AppDbContext(DbContextOptions<AppDbContext> options)
    : IdentityDbContext<ApplicationUser, IdentityRole, string, IdentityUserClaim<string>, IdentityUserRole<string>,
        IdentityUserLogin<string>, IdentityRoleClaim<string>, IdentityUserToken<string>, IdentityUserPasskey<string>>(options)
{
    public DbSet<County> Counties => Set<County>();
    public DbSet<Municipality> Municipalities => Set<Municipality>();
    public DbSet<Agency> Agencies => Set<Agency>();
    public DbSet<Case> Cases => Set<Case>();
    public DbSet<CaseEvent> CaseEvents => Set<CaseEvent>();
    public DbSet<CaseDocument> CaseDocuments => Set<CaseDocument>();
    public DbSet<CaseDocumentContent> CaseDocumentContents => Set<CaseDocumentContent>();
    public DbSet<IdentificationAssessment> IdentificationAssessments => Set<IdentificationAssessment>();
    public DbSet<ConsentRecord> ConsentRecords => Set<ConsentRecord>();
    public DbSet<CaseNumberSequence> CaseNumberSequences => Set<CaseNumberSequence>();
    public DbSet<AuditEntry> AuditTrail => Set<AuditEntry>();
    public DbSet<Referral> Referrals => Set<Referral>();
    public DbSet<ServiceDelivery> ServiceDeliveries => Set<ServiceDelivery>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<Meeting> Meetings => Set<Meeting>();
    public DbSet<ActionItem> ActionItems => Set<ActionItem>();
    public DbSet<MeetingCaseLink> MeetingCaseLinks => Set<MeetingCaseLink>();
    public DbSet<Programme> Programmes => Set<Programme>();
    public DbSet<Training> Trainings => Set<Training>();
    public DbSet<TrainingMaterial> TrainingMaterials => Set<TrainingMaterial>();
    public DbSet<AwarenessActivity> AwarenessActivities => Set<AwarenessActivity>();
    public DbSet<Bulletin> Bulletins => Set<Bulletin>();
    public DbSet<DataStamp> DataStamp => Set<DataStamp>();
    public DbSet<SignInSession> SignInSessions => Set<SignInSession>();
    public DbSet<SignInThrottle> SignInThrottles => Set<SignInThrottle>();
    public DbSet<Draft> Drafts => Set<Draft>();
    public DbSet<AssistancePlan> AssistancePlans => Set<AssistancePlan>();
    public DbSet<RiskAssessment> RiskAssessments => Set<RiskAssessment>();
    public DbSet<Proceeding> Proceedings => Set<Proceeding>();
    public DbSet<Compensation> Compensations => Set<Compensation>();
    public DbSet<NonPunishment> NonPunishments => Set<NonPunishment>();
    public DbSet<ChildPathway> ChildPathways => Set<ChildPathway>();
    public DbSet<CaseGroup> CaseGroups => Set<CaseGroup>();
    public DbSet<CaseGroupMember> CaseGroupMembers => Set<CaseGroupMember>();
    public DbSet<PersonOfInterest> PersonsOfInterest => Set<PersonOfInterest>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);

        foreach (var entity in builder.Model.GetEntityTypes())
        {
            if (typeof(IVersioned).IsAssignableFrom(entity.ClrType))
            {
                builder.Entity(entity.ClrType).Property(nameof(IVersioned.Version)).IsConcurrencyToken();
            }
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configuration)
    {
        // Every DateTime is UTC; SQLite hands values back without a kind, so mark them on the way in.
        configuration.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configuration.Properties<DateTime?>().HaveConversion<NullableUtcDateTimeConverter>();
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.ToUniversalTime(), v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

    private sealed class NullableUtcDateTimeConverter() : ValueConverter<DateTime?, DateTime?>(
        v => v.HasValue ? v.Value.ToUniversalTime() : v,
        v => v.HasValue ? DateTime.SpecifyKind(v.Value, DateTimeKind.Utc) : v);
}
