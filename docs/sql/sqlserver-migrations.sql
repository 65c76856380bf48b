IF OBJECT_ID(N'[__EFMigrationsHistory]') IS NULL
BEGIN
    CREATE TABLE [__EFMigrationsHistory] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK___EFMigrationsHistory] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE TABLE [AspNetRoles] (
        [Id] nvarchar(450) NOT NULL,
        [Name] nvarchar(256) NULL,
        [NormalizedName] nvarchar(256) NULL,
        [ConcurrencyStamp] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetRoles] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE TABLE [AuditTrail] (
        [Id] bigint NOT NULL,
        [At] datetime2 NOT NULL,
        [UserId] nvarchar(450) NULL,
        [AgencyId] int NULL,
        [Role] nvarchar(32) NULL,
        [IpAddress] nvarchar(64) NULL,
        [Action] int NOT NULL,
        [EntityType] nvarchar(64) NOT NULL,
        [EntityId] nvarchar(64) NULL,
        [Fields] nvarchar(1000) NULL,
        [PreviousHash] nvarchar(64) NOT NULL,
        [Hash] nvarchar(64) NOT NULL,
        CONSTRAINT [PK_AuditTrail] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE TABLE [Bulletins] (
        [Id] int NOT NULL IDENTITY,
        [Number] int NOT NULL,
        [PeriodFrom] date NOT NULL,
        [PeriodTo] date NOT NULL,
        [Title] nvarchar(300) NOT NULL,
        [Introduction] nvarchar(max) NULL,
        [State] int NOT NULL,
        [IssuedAt] datetime2 NULL,
        [Version] int NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [CreatedById] nvarchar(450) NULL,
        [UpdatedAt] datetime2 NULL,
        [UpdatedById] nvarchar(450) NULL,
        CONSTRAINT [PK_Bulletins] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE TABLE [CaseNumberSequences] (
        [Year] int NOT NULL,
        [Last] int NOT NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_CaseNumberSequences] PRIMARY KEY ([Year])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE TABLE [Counties] (
        [Id] int NOT NULL IDENTITY,
        [Name] nvarchar(64) NOT NULL,
        CONSTRAINT [PK_Counties] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE TABLE [DataStamp] (
        [Id] int NOT NULL,
        [Saves] bigint NOT NULL,
        CONSTRAINT [PK_DataStamp] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE TABLE [Notifications] (
        [Id] bigint NOT NULL IDENTITY,
        [AgencyId] int NOT NULL,
        [Kind] int NOT NULL,
        [CaseId] int NOT NULL,
        [CaseNumber] nvarchar(16) NOT NULL,
        [ReferralId] int NULL,
        [CreatedAt] datetime2 NOT NULL,
        [ReadAt] datetime2 NULL,
        CONSTRAINT [PK_Notifications] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE TABLE [Programmes] (
        [Id] int NOT NULL IDENTITY,
        [Title] nvarchar(300) NOT NULL,
        [Goal] nvarchar(2000) NULL,
        [TargetParticipants] int NOT NULL,
        [Version] int NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [CreatedById] nvarchar(450) NULL,
        [UpdatedAt] datetime2 NULL,
        [UpdatedById] nvarchar(450) NULL,
        CONSTRAINT [PK_Programmes] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE TABLE [SignInThrottles] (
        [Id] int NOT NULL IDENTITY,
        [AccountKey] varchar(64) NOT NULL,
        [Address] varchar(45) NOT NULL,
        [Failures] int NOT NULL,
        [LastFailureAt] datetime2 NOT NULL,
        [NextTryAt] datetime2 NOT NULL,
        CONSTRAINT [PK_SignInThrottles] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE TABLE [AspNetRoleClaims] (
        [Id] int NOT NULL IDENTITY,
        [RoleId] nvarchar(450) NOT NULL,
        [ClaimType] nvarchar(max) NULL,
        [ClaimValue] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetRoleClaims] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AspNetRoleClaims_AspNetRoles_RoleId] FOREIGN KEY ([RoleId]) REFERENCES [AspNetRoles] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE TABLE [BulletinItem] (
        [Id] int NOT NULL IDENTITY,
        [BulletinId] int NOT NULL,
        [Order] int NOT NULL,
        [Source] int NOT NULL,
        [SourceId] int NOT NULL,
        [Date] date NOT NULL,
        [DateTo] date NULL,
        [Title] nvarchar(300) NOT NULL,
        [Place] nvarchar(300) NULL,
        [Summary] nvarchar(max) NULL,
        [Organisers] nvarchar(1000) NULL,
        [Participants] nvarchar(2000) NULL,
        CONSTRAINT [PK_BulletinItem] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_BulletinItem_Bulletins_BulletinId] FOREIGN KEY ([BulletinId]) REFERENCES [Bulletins] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE TABLE [Agencies] (
        [Id] int NOT NULL IDENTITY,
        [Code] nvarchar(32) NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [Abbreviation] nvarchar(32) NULL,
        [Kind] int NOT NULL,
        [CountyId] int NULL,
        [IsActive] bit NOT NULL,
        [Version] int NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [CreatedById] nvarchar(450) NULL,
        [UpdatedAt] datetime2 NULL,
        [UpdatedById] nvarchar(450) NULL,
        CONSTRAINT [PK_Agencies] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Agencies_Counties_CountyId] FOREIGN KEY ([CountyId]) REFERENCES [Counties] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE TABLE [AwarenessActivities] (
        [Id] int NOT NULL IDENTITY,
        [Title] nvarchar(300) NOT NULL,
        [StartsOn] date NOT NULL,
        [EndsOn] date NOT NULL,
        [CountyId] int NULL,
        [City] nvarchar(100) NULL,
        [Venue] nvarchar(200) NULL,
        [Organisers] nvarchar(1000) NULL,
        [Partners] nvarchar(1000) NULL,
        [AudienceReached] int NULL,
        [Description] nvarchar(4000) NULL,
        [NotForPublication] bit NOT NULL,
        [Version] int NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [CreatedById] nvarchar(450) NULL,
        [UpdatedAt] datetime2 NULL,
        [UpdatedById] nvarchar(450) NULL,
        CONSTRAINT [PK_AwarenessActivities] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AwarenessActivities_Counties_CountyId] FOREIGN KEY ([CountyId]) REFERENCES [Counties] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE TABLE [Municipalities] (
        [Id] int NOT NULL IDENTITY,
        [Name] nvarchar(64) NOT NULL,
        [CountyId] int NOT NULL,
        CONSTRAINT [PK_Municipalities] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Municipalities_Counties_CountyId] FOREIGN KEY ([CountyId]) REFERENCES [Counties] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE TABLE [AspNetUsers] (
        [Id] nvarchar(450) NOT NULL,
        [FullName] nvarchar(120) NOT NULL,
        [AgencyId] int NOT NULL,
        [IsDisabled] bit NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [FailedSignInsReportedAt] datetime2 NULL,
        [UserName] nvarchar(256) NULL,
        [NormalizedUserName] nvarchar(256) NULL,
        [Email] nvarchar(256) NULL,
        [NormalizedEmail] nvarchar(256) NULL,
        [EmailConfirmed] bit NOT NULL,
        [PasswordHash] nvarchar(max) NULL,
        [SecurityStamp] nvarchar(max) NULL,
        [ConcurrencyStamp] nvarchar(max) NULL,
        [PhoneNumber] nvarchar(max) NULL,
        [PhoneNumberConfirmed] bit NOT NULL,
        [TwoFactorEnabled] bit NOT NULL,
        [LockoutEnd] datetimeoffset NULL,
        [LockoutEnabled] bit NOT NULL,
        [AccessFailedCount] int NOT NULL,
        CONSTRAINT [PK_AspNetUsers] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AspNetUsers_Agencies_AgencyId] FOREIGN KEY ([AgencyId]) REFERENCES [Agencies] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE TABLE [Meetings] (
        [Id] int NOT NULL IDENTITY,
        [Title] nvarchar(300) NOT NULL,
        [Kind] int NOT NULL,
        [StartsAt] datetime2 NOT NULL,
        [CountyId] int NULL,
        [City] nvarchar(100) NULL,
        [Venue] nvarchar(200) NULL,
        [OrganiserAgencyId] int NULL,
        [Partners] nvarchar(1000) NULL,
        [Chair] nvarchar(200) NULL,
        [HeadCount] int NULL,
        [State] int NOT NULL,
        [NotForPublication] bit NOT NULL,
        [ApprovedAt] datetime2 NULL,
        [Version] int NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [CreatedById] nvarchar(450) NULL,
        [UpdatedAt] datetime2 NULL,
        [UpdatedById] nvarchar(450) NULL,
        CONSTRAINT [PK_Meetings] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Meetings_Agencies_OrganiserAgencyId] FOREIGN KEY ([OrganiserAgencyId]) REFERENCES [Agencies] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Meetings_Counties_CountyId] FOREIGN KEY ([CountyId]) REFERENCES [Counties] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE TABLE [Trainings] (
        [Id] int NOT NULL IDENTITY,
        [ProgrammeId] int NULL,
        [Title] nvarchar(300) NOT NULL,
        [Topic] nvarchar(300) NULL,
        [Kind] int NOT NULL,
        [StartsOn] date NOT NULL,
        [EndsOn] date NOT NULL,
        [CountyId] int NULL,
        [City] nvarchar(100) NULL,
        [Venue] nvarchar(200) NULL,
        [OrganiserAgencyId] int NULL,
        [Partners] nvarchar(1000) NULL,
        [Funder] nvarchar(200) NULL,
        [Project] nvarchar(300) NULL,
        [Audience] nvarchar(300) NULL,
        [Trainers] nvarchar(500) NULL,
        [Materials] nvarchar(1000) NULL,
        [State] int NOT NULL,
        [Summary] nvarchar(4000) NULL,
        [NotForPublication] bit NOT NULL,
        [Version] int NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [CreatedById] nvarchar(450) NULL,
        [UpdatedAt] datetime2 NULL,
        [UpdatedById] nvarchar(450) NULL,
        CONSTRAINT [PK_Trainings] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Trainings_Agencies_OrganiserAgencyId] FOREIGN KEY ([OrganiserAgencyId]) REFERENCES [Agencies] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Trainings_Counties_CountyId] FOREIGN KEY ([CountyId]) REFERENCES [Counties] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Trainings_Programmes_ProgrammeId] FOREIGN KEY ([ProgrammeId]) REFERENCES [Programmes] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE TABLE [Cases] (
        [Id] int NOT NULL IDENTITY,
        [Number] nvarchar(16) NOT NULL,
        [RegisteringAgencyId] int NOT NULL,
        [RegisteredById] nvarchar(450) NOT NULL,
        [RegisteredAt] datetime2 NOT NULL,
        [LeadAgencyId] int NOT NULL,
        [ProposedLeadAgencyId] int NULL,
        [PersonKey] uniqueidentifier NOT NULL,
        [ProtectedIdentity] nvarchar(max) NOT NULL,
        [Initials] nvarchar(8) NOT NULL,
        [PersonalNumberHash] nvarchar(64) NULL,
        [NameHash] nvarchar(64) NOT NULL,
        [Sex] int NOT NULL,
        [DateOfBirth] date NULL,
        [EstimatedAge] int NULL,
        [AgeAtIdentification] int NULL,
        [BirthYear] int NULL,
        [IsMinor] bit NOT NULL,
        [Citizenship] nchar(2) NOT NULL,
        [CountyId] int NULL,
        [MunicipalityId] int NULL,
        [Languages] nvarchar(200) NULL,
        [Disabilities] nvarchar(500) NULL,
        [AccompanyingChildren] int NOT NULL,
        [Forms] int NOT NULL,
        [LabourSector] int NULL,
        [Means] int NOT NULL,
        [IsCrossBorder] bit NOT NULL,
        [RecruitmentCountries] nvarchar(200) NULL,
        [TransitCountries] nvarchar(200) NULL,
        [ExploitationCountries] nvarchar(200) NULL,
        [IdentifiedOn] date NOT NULL,
        [PlaceOfIdentification] nvarchar(200) NULL,
        [Channel] int NOT NULL,
        [UnaccompaniedChild] bit NOT NULL,
        [Status] int NOT NULL,
        [IdentificationRound] int NOT NULL,
        [StatusDecidedAt] datetime2 NULL,
        [PoliceAgencyId] int NOT NULL,
        [SocialServiceAgencyId] int NOT NULL,
        [ClosedAt] datetime2 NULL,
        [ClosureReason] int NULL,
        [Version] int NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [CreatedById] nvarchar(450) NULL,
        [UpdatedAt] datetime2 NULL,
        [UpdatedById] nvarchar(450) NULL,
        CONSTRAINT [PK_Cases] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Cases_Agencies_LeadAgencyId] FOREIGN KEY ([LeadAgencyId]) REFERENCES [Agencies] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Cases_Agencies_PoliceAgencyId] FOREIGN KEY ([PoliceAgencyId]) REFERENCES [Agencies] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Cases_Agencies_ProposedLeadAgencyId] FOREIGN KEY ([ProposedLeadAgencyId]) REFERENCES [Agencies] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Cases_Agencies_RegisteringAgencyId] FOREIGN KEY ([RegisteringAgencyId]) REFERENCES [Agencies] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Cases_Agencies_SocialServiceAgencyId] FOREIGN KEY ([SocialServiceAgencyId]) REFERENCES [Agencies] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Cases_Counties_CountyId] FOREIGN KEY ([CountyId]) REFERENCES [Counties] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Cases_Municipalities_MunicipalityId] FOREIGN KEY ([MunicipalityId]) REFERENCES [Municipalities] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserClaims] (
        [Id] int NOT NULL IDENTITY,
        [UserId] nvarchar(450) NOT NULL,
        [ClaimType] nvarchar(max) NULL,
        [ClaimValue] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetUserClaims] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AspNetUserClaims_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserLogins] (
        [LoginProvider] nvarchar(450) NOT NULL,
        [ProviderKey] nvarchar(450) NOT NULL,
        [ProviderDisplayName] nvarchar(max) NULL,
        [UserId] nvarchar(450) NOT NULL,
        CONSTRAINT [PK_AspNetUserLogins] PRIMARY KEY ([LoginProvider], [ProviderKey]),
        CONSTRAINT [FK_AspNetUserLogins_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserPasskeys] (
        [CredentialId] varbinary(1024) NOT NULL,
        [UserId] nvarchar(450) NOT NULL,
        [Data] nvarchar(max) NOT NULL,
        CONSTRAINT [PK_AspNetUserPasskeys] PRIMARY KEY ([CredentialId]),
        CONSTRAINT [FK_AspNetUserPasskeys_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserRoles] (
        [UserId] nvarchar(450) NOT NULL,
        [RoleId] nvarchar(450) NOT NULL,
        CONSTRAINT [PK_AspNetUserRoles] PRIMARY KEY ([UserId], [RoleId]),
        CONSTRAINT [FK_AspNetUserRoles_AspNetRoles_RoleId] FOREIGN KEY ([RoleId]) REFERENCES [AspNetRoles] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_AspNetUserRoles_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserTokens] (
        [UserId] nvarchar(450) NOT NULL,
        [LoginProvider] nvarchar(450) NOT NULL,
        [Name] nvarchar(450) NOT NULL,
        [Value] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetUserTokens] PRIMARY KEY ([UserId], [LoginProvider], [Name]),
        CONSTRAINT [FK_AspNetUserTokens_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE TABLE [SignInSessions] (
        [Id] int NOT NULL IDENTITY,
        [Key] varchar(64) NOT NULL,
        [UserId] nvarchar(450) NOT NULL,
        [StartedAt] datetime2 NOT NULL,
        [LastSeenAt] datetime2 NOT NULL,
        [ExpiresAt] datetime2 NOT NULL,
        [Browser] nvarchar(60) NULL,
        [Address] varchar(45) NULL,
        [Ticket] varbinary(max) NOT NULL,
        CONSTRAINT [PK_SignInSessions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_SignInSessions_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE TABLE [ActionItems] (
        [Id] int NOT NULL IDENTITY,
        [MeetingId] int NOT NULL,
        [Description] nvarchar(1000) NOT NULL,
        [ResponsibleAgencyId] int NOT NULL,
        [DueOn] date NOT NULL,
        [State] int NOT NULL,
        [Note] nvarchar(2000) NULL,
        [Version] int NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [CreatedById] nvarchar(450) NULL,
        [UpdatedAt] datetime2 NULL,
        [UpdatedById] nvarchar(450) NULL,
        CONSTRAINT [PK_ActionItems] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ActionItems_Agencies_ResponsibleAgencyId] FOREIGN KEY ([ResponsibleAgencyId]) REFERENCES [Agencies] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ActionItems_Meetings_MeetingId] FOREIGN KEY ([MeetingId]) REFERENCES [Meetings] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE TABLE [AgendaItem] (
        [Id] int NOT NULL IDENTITY,
        [MeetingId] int NOT NULL,
        [Order] int NOT NULL,
        [Title] nvarchar(300) NOT NULL,
        [Minutes] nvarchar(max) NULL,
        [Decisions] nvarchar(max) NULL,
        CONSTRAINT [PK_AgendaItem] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AgendaItem_Meetings_MeetingId] FOREIGN KEY ([MeetingId]) REFERENCES [Meetings] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE TABLE [MeetingAmendment] (
        [Id] int NOT NULL IDENTITY,
        [MeetingId] int NOT NULL,
        [Reason] nvarchar(1000) NOT NULL,
        [Changes] nvarchar(500) NOT NULL,
        [UserId] nvarchar(450) NOT NULL,
        [At] datetime2 NOT NULL,
        CONSTRAINT [PK_MeetingAmendment] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_MeetingAmendment_Meetings_MeetingId] FOREIGN KEY ([MeetingId]) REFERENCES [Meetings] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE TABLE [MeetingAttendance] (
        [MeetingId] int NOT NULL,
        [AgencyId] int NOT NULL,
        CONSTRAINT [PK_MeetingAttendance] PRIMARY KEY ([MeetingId], [AgencyId]),
        CONSTRAINT [FK_MeetingAttendance_Agencies_AgencyId] FOREIGN KEY ([AgencyId]) REFERENCES [Agencies] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_MeetingAttendance_Meetings_MeetingId] FOREIGN KEY ([MeetingId]) REFERENCES [Meetings] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE TABLE [Participant] (
        [Id] int NOT NULL IDENTITY,
        [MeetingId] int NOT NULL,
        [Name] nvarchar(150) NOT NULL,
        [Function] nvarchar(150) NULL,
        [Institution] nvarchar(200) NULL,
        CONSTRAINT [PK_Participant] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Participant_Meetings_MeetingId] FOREIGN KEY ([MeetingId]) REFERENCES [Meetings] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE TABLE [ParticipantCount] (
        [Id] int NOT NULL IDENTITY,
        [TrainingId] int NOT NULL,
        [AgencyId] int NULL,
        [Institution] nvarchar(200) NULL,
        [Women] int NOT NULL,
        [Men] int NOT NULL,
        [Unspecified] int NOT NULL,
        CONSTRAINT [PK_ParticipantCount] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ParticipantCount_Agencies_AgencyId] FOREIGN KEY ([AgencyId]) REFERENCES [Agencies] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ParticipantCount_Trainings_TrainingId] FOREIGN KEY ([TrainingId]) REFERENCES [Trainings] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE TABLE [TrainingMaterials] (
        [Id] int NOT NULL IDENTITY,
        [TrainingId] int NOT NULL,
        [FileName] nvarchar(200) NOT NULL,
        [StoredName] varchar(32) NOT NULL,
        [ContentType] varchar(100) NOT NULL,
        [Length] bigint NOT NULL,
        [Sha256] varchar(64) NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [CreatedById] nvarchar(450) NULL,
        [UpdatedAt] datetime2 NULL,
        [UpdatedById] nvarchar(450) NULL,
        CONSTRAINT [PK_TrainingMaterials] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_TrainingMaterials_Trainings_TrainingId] FOREIGN KEY ([TrainingId]) REFERENCES [Trainings] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE TABLE [TrainingParticipant] (
        [Id] int NOT NULL IDENTITY,
        [TrainingId] int NOT NULL,
        [UserId] nvarchar(450) NULL,
        [Name] nvarchar(150) NOT NULL,
        [Function] nvarchar(150) NULL,
        [Institution] nvarchar(200) NULL,
        CONSTRAINT [PK_TrainingParticipant] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_TrainingParticipant_Trainings_TrainingId] FOREIGN KEY ([TrainingId]) REFERENCES [Trainings] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE TABLE [CaseEvents] (
        [Id] bigint NOT NULL IDENTITY,
        [CaseId] int NOT NULL,
        [Kind] int NOT NULL,
        [UserId] nvarchar(450) NOT NULL,
        [AgencyId] int NOT NULL,
        [At] datetime2 NOT NULL,
        [ProtectedText] nvarchar(max) NULL,
        CONSTRAINT [PK_CaseEvents] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CaseEvents_Cases_CaseId] FOREIGN KEY ([CaseId]) REFERENCES [Cases] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE TABLE [ConsentRecords] (
        [Id] int NOT NULL IDENTITY,
        [CaseId] int NOT NULL,
        [Subject] int NOT NULL,
        [Given] bit NOT NULL,
        [GivenBy] int NOT NULL,
        [RecordedById] nvarchar(450) NOT NULL,
        [AgencyId] int NOT NULL,
        [RecordedAt] datetime2 NOT NULL,
        CONSTRAINT [PK_ConsentRecords] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ConsentRecords_Cases_CaseId] FOREIGN KEY ([CaseId]) REFERENCES [Cases] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE TABLE [IdentificationAssessments] (
        [Id] int NOT NULL IDENTITY,
        [CaseId] int NOT NULL,
        [Round] int NOT NULL,
        [Side] int NOT NULL,
        [AgencyId] int NOT NULL,
        [UserId] nvarchar(450) NOT NULL,
        [Finding] int NOT NULL,
        [ProtectedReasons] nvarchar(max) NOT NULL,
        [RecordedAt] datetime2 NOT NULL,
        CONSTRAINT [PK_IdentificationAssessments] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_IdentificationAssessments_Cases_CaseId] FOREIGN KEY ([CaseId]) REFERENCES [Cases] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE TABLE [MeetingCaseLinks] (
        [Id] int NOT NULL IDENTITY,
        [MeetingId] int NOT NULL,
        [CaseId] int NOT NULL,
        [ProtectedDecision] nvarchar(max) NOT NULL,
        CONSTRAINT [PK_MeetingCaseLinks] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_MeetingCaseLinks_Cases_CaseId] FOREIGN KEY ([CaseId]) REFERENCES [Cases] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_MeetingCaseLinks_Meetings_MeetingId] FOREIGN KEY ([MeetingId]) REFERENCES [Meetings] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE TABLE [Referrals] (
        [Id] int NOT NULL IDENTITY,
        [CaseId] int NOT NULL,
        [CaseRegisteredAt] datetime2 NOT NULL,
        [SendingAgencyId] int NOT NULL,
        [SentById] nvarchar(450) NOT NULL,
        [ReceivingAgencyId] int NOT NULL,
        [Services] int NOT NULL,
        [Urgency] int NOT NULL,
        [ProtectedNote] nvarchar(max) NULL,
        [ProtectedGround] nvarchar(max) NULL,
        [State] int NOT NULL,
        [SentAt] datetime2 NOT NULL,
        [DueAt] datetime2 NOT NULL,
        [AnsweredAt] datetime2 NULL,
        [ClosedAt] datetime2 NULL,
        [OverdueNotifiedAt] datetime2 NULL,
        [Version] int NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [CreatedById] nvarchar(450) NULL,
        [UpdatedAt] datetime2 NULL,
        [UpdatedById] nvarchar(450) NULL,
        CONSTRAINT [PK_Referrals] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Referrals_Agencies_ReceivingAgencyId] FOREIGN KEY ([ReceivingAgencyId]) REFERENCES [Agencies] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Referrals_Agencies_SendingAgencyId] FOREIGN KEY ([SendingAgencyId]) REFERENCES [Agencies] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Referrals_Cases_CaseId] FOREIGN KEY ([CaseId]) REFERENCES [Cases] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE TABLE [ReferralTransition] (
        [Id] bigint NOT NULL IDENTITY,
        [ReferralId] int NOT NULL,
        [From] int NULL,
        [To] int NOT NULL,
        [UserId] nvarchar(450) NOT NULL,
        [AgencyId] int NOT NULL,
        [At] datetime2 NOT NULL,
        [ProtectedReason] nvarchar(max) NULL,
        CONSTRAINT [PK_ReferralTransition] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ReferralTransition_Referrals_ReferralId] FOREIGN KEY ([ReferralId]) REFERENCES [Referrals] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE TABLE [ServiceDeliveries] (
        [Id] bigint NOT NULL IDENTITY,
        [ReferralId] int NOT NULL,
        [Service] int NOT NULL,
        [DeliveredOn] date NOT NULL,
        [ProtectedNote] nvarchar(max) NULL,
        [UserId] nvarchar(450) NOT NULL,
        [AgencyId] int NOT NULL,
        [RecordedAt] datetime2 NOT NULL,
        CONSTRAINT [PK_ServiceDeliveries] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ServiceDeliveries_Referrals_ReferralId] FOREIGN KEY ([ReferralId]) REFERENCES [Referrals] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'Id', N'Saves') AND [object_id] = OBJECT_ID(N'[DataStamp]'))
        SET IDENTITY_INSERT [DataStamp] ON;
    EXEC(N'INSERT INTO [DataStamp] ([Id], [Saves])
    VALUES (1, CAST(0 AS bigint))');
    IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'Id', N'Saves') AND [object_id] = OBJECT_ID(N'[DataStamp]'))
        SET IDENTITY_INSERT [DataStamp] OFF;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE INDEX [IX_ActionItems_MeetingId] ON [ActionItems] ([MeetingId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE INDEX [IX_ActionItems_ResponsibleAgencyId_State_DueOn] ON [ActionItems] ([ResponsibleAgencyId], [State], [DueOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Agencies_Code] ON [Agencies] ([Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE INDEX [IX_Agencies_CountyId] ON [Agencies] ([CountyId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE INDEX [IX_Agencies_Kind_CountyId] ON [Agencies] ([Kind], [CountyId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Agencies_Name] ON [Agencies] ([Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE INDEX [IX_AgendaItem_MeetingId_Order] ON [AgendaItem] ([MeetingId], [Order]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetRoleClaims_RoleId] ON [AspNetRoleClaims] ([RoleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [RoleNameIndex] ON [AspNetRoles] ([NormalizedName]) WHERE [NormalizedName] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUserClaims_UserId] ON [AspNetUserClaims] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUserLogins_UserId] ON [AspNetUserLogins] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUserPasskeys_UserId] ON [AspNetUserPasskeys] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUserRoles_RoleId] ON [AspNetUserRoles] ([RoleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE INDEX [EmailIndex] ON [AspNetUsers] ([NormalizedEmail]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUsers_AgencyId] ON [AspNetUsers] ([AgencyId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [UserNameIndex] ON [AspNetUsers] ([NormalizedUserName]) WHERE [NormalizedUserName] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE INDEX [IX_AuditTrail_At] ON [AuditTrail] ([At]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE INDEX [IX_AuditTrail_EntityType_EntityId] ON [AuditTrail] ([EntityType], [EntityId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE INDEX [IX_AuditTrail_UserId] ON [AuditTrail] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE INDEX [IX_AwarenessActivities_CountyId] ON [AwarenessActivities] ([CountyId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE INDEX [IX_AwarenessActivities_StartsOn] ON [AwarenessActivities] ([StartsOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE INDEX [IX_BulletinItem_BulletinId] ON [BulletinItem] ([BulletinId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Bulletins_Number] ON [Bulletins] ([Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE INDEX [IX_CaseEvents_CaseId_At] ON [CaseEvents] ([CaseId], [At]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE INDEX [IX_Cases_CountyId_Status_RegisteredAt] ON [Cases] ([CountyId], [Status], [RegisteredAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE INDEX [IX_Cases_LeadAgencyId_RegisteredAt] ON [Cases] ([LeadAgencyId], [RegisteredAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE INDEX [IX_Cases_MunicipalityId] ON [Cases] ([MunicipalityId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE INDEX [IX_Cases_NameHash_BirthYear] ON [Cases] ([NameHash], [BirthYear]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Cases_Number] ON [Cases] ([Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE INDEX [IX_Cases_PersonalNumberHash] ON [Cases] ([PersonalNumberHash]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE INDEX [IX_Cases_PersonKey] ON [Cases] ([PersonKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE INDEX [IX_Cases_PoliceAgencyId_RegisteredAt] ON [Cases] ([PoliceAgencyId], [RegisteredAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE INDEX [IX_Cases_PoliceAgencyId_Status] ON [Cases] ([PoliceAgencyId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE INDEX [IX_Cases_ProposedLeadAgencyId] ON [Cases] ([ProposedLeadAgencyId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE INDEX [IX_Cases_RegisteredAt] ON [Cases] ([RegisteredAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE INDEX [IX_Cases_RegisteringAgencyId] ON [Cases] ([RegisteringAgencyId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE INDEX [IX_Cases_SocialServiceAgencyId_RegisteredAt] ON [Cases] ([SocialServiceAgencyId], [RegisteredAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE INDEX [IX_Cases_SocialServiceAgencyId_Status] ON [Cases] ([SocialServiceAgencyId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE INDEX [IX_Cases_Statistics] ON [Cases] ([IdentifiedOn], [LeadAgencyId], [CountyId], [PersonKey], [Status], [IsMinor], [AgeAtIdentification], [Sex], [Citizenship], [Forms], [Channel], [RegisteringAgencyId], [RegisteredAt], [ClosedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE INDEX [IX_Cases_Status_RegisteredAt] ON [Cases] ([Status], [RegisteredAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE INDEX [IX_ConsentRecords_CaseId_Subject] ON [ConsentRecords] ([CaseId], [Subject]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Counties_Name] ON [Counties] ([Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_IdentificationAssessments_CaseId_Round_Side] ON [IdentificationAssessments] ([CaseId], [Round], [Side]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE INDEX [IX_MeetingAmendment_MeetingId] ON [MeetingAmendment] ([MeetingId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE INDEX [IX_MeetingAttendance_AgencyId] ON [MeetingAttendance] ([AgencyId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE INDEX [IX_MeetingCaseLinks_CaseId] ON [MeetingCaseLinks] ([CaseId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_MeetingCaseLinks_MeetingId_CaseId] ON [MeetingCaseLinks] ([MeetingId], [CaseId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE INDEX [IX_Meetings_CountyId] ON [Meetings] ([CountyId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE INDEX [IX_Meetings_Kind_CountyId_StartsAt] ON [Meetings] ([Kind], [CountyId], [StartsAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE INDEX [IX_Meetings_OrganiserAgencyId] ON [Meetings] ([OrganiserAgencyId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE INDEX [IX_Meetings_StartsAt] ON [Meetings] ([StartsAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Municipalities_CountyId_Name] ON [Municipalities] ([CountyId], [Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE INDEX [IX_Notifications_AgencyId_ReadAt_CreatedAt] ON [Notifications] ([AgencyId], [ReadAt], [CreatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE INDEX [IX_Participant_MeetingId] ON [Participant] ([MeetingId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE INDEX [IX_ParticipantCount_AgencyId] ON [ParticipantCount] ([AgencyId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE INDEX [IX_ParticipantCount_TrainingId] ON [ParticipantCount] ([TrainingId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE INDEX [IX_Referrals_CaseId_ReceivingAgencyId_State] ON [Referrals] ([CaseId], [ReceivingAgencyId], [State]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE INDEX [IX_Referrals_ReceivingAgencyId_CaseRegisteredAt_CaseId_State] ON [Referrals] ([ReceivingAgencyId], [CaseRegisteredAt], [CaseId], [State]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE INDEX [IX_Referrals_ReceivingAgencyId_State_DueAt] ON [Referrals] ([ReceivingAgencyId], [State], [DueAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE INDEX [IX_Referrals_ReceivingAgencyId_State_SentAt] ON [Referrals] ([ReceivingAgencyId], [State], [SentAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE INDEX [IX_Referrals_SendingAgencyId_SentAt] ON [Referrals] ([SendingAgencyId], [SentAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE INDEX [IX_Referrals_SendingAgencyId_State] ON [Referrals] ([SendingAgencyId], [State]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE INDEX [IX_Referrals_State_DueAt] ON [Referrals] ([State], [DueAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE INDEX [IX_Referrals_Statistics] ON [Referrals] ([SentAt], [State], [ReceivingAgencyId], [SendingAgencyId], [AnsweredAt], [DueAt], [CaseId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE INDEX [IX_ReferralTransition_ReferralId] ON [ReferralTransition] ([ReferralId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE INDEX [IX_ServiceDeliveries_ReferralId] ON [ServiceDeliveries] ([ReferralId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE INDEX [IX_SignInSessions_ExpiresAt] ON [SignInSessions] ([ExpiresAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_SignInSessions_Key] ON [SignInSessions] ([Key]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE INDEX [IX_SignInSessions_UserId] ON [SignInSessions] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_SignInThrottles_AccountKey_Address] ON [SignInThrottles] ([AccountKey], [Address]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE INDEX [IX_SignInThrottles_LastFailureAt] ON [SignInThrottles] ([LastFailureAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_TrainingMaterials_StoredName] ON [TrainingMaterials] ([StoredName]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE INDEX [IX_TrainingMaterials_TrainingId] ON [TrainingMaterials] ([TrainingId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE INDEX [IX_TrainingParticipant_TrainingId] ON [TrainingParticipant] ([TrainingId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE INDEX [IX_Trainings_CountyId] ON [Trainings] ([CountyId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE INDEX [IX_Trainings_OrganiserAgencyId] ON [Trainings] ([OrganiserAgencyId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE INDEX [IX_Trainings_ProgrammeId] ON [Trainings] ([ProgrammeId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    CREATE INDEX [IX_Trainings_StartsOn] ON [Trainings] ([StartsOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202001745_Initial'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261202001745_Initial', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202011624_CaseSearchTokens'
)
BEGIN
    CREATE TABLE [CaseSearchTokens] (
        [Id] bigint NOT NULL IDENTITY,
        [CaseId] int NOT NULL,
        [Token] varchar(32) NOT NULL,
        CONSTRAINT [PK_CaseSearchTokens] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CaseSearchTokens_Cases_CaseId] FOREIGN KEY ([CaseId]) REFERENCES [Cases] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202011624_CaseSearchTokens'
)
BEGIN
    CREATE INDEX [IX_CaseSearchTokens_CaseId] ON [CaseSearchTokens] ([CaseId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202011624_CaseSearchTokens'
)
BEGIN
    CREATE INDEX [IX_CaseSearchTokens_Token_CaseId] ON [CaseSearchTokens] ([Token], [CaseId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202011624_CaseSearchTokens'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261202011624_CaseSearchTokens', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202024946_NotificationsForMeetingsAndEmailChoice'
)
BEGIN
    EXEC sp_rename N'[Notifications].[CaseNumber]', N'Subject', 'COLUMN';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202024946_NotificationsForMeetingsAndEmailChoice'
)
BEGIN
    DECLARE @var nvarchar(max);
    SELECT @var = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[Notifications]') AND [c].[name] = N'CaseId');
    IF @var IS NOT NULL EXEC(N'ALTER TABLE [Notifications] DROP CONSTRAINT ' + @var + ';');
    ALTER TABLE [Notifications] ALTER COLUMN [CaseId] int NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202024946_NotificationsForMeetingsAndEmailChoice'
)
BEGIN
    ALTER TABLE [Notifications] ADD [MeetingId] int NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202024946_NotificationsForMeetingsAndEmailChoice'
)
BEGIN
    DECLARE @var1 nvarchar(max);
    SELECT @var1 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[Notifications]') AND [c].[name] = N'Subject');
    IF @var1 IS NOT NULL EXEC(N'ALTER TABLE [Notifications] DROP CONSTRAINT ' + @var1 + ';');
    ALTER TABLE [Notifications] ALTER COLUMN [Subject] nvarchar(300) NOT NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202024946_NotificationsForMeetingsAndEmailChoice'
)
BEGIN
    ALTER TABLE [AspNetUsers] ADD [LastDigestAt] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202024946_NotificationsForMeetingsAndEmailChoice'
)
BEGIN
    ALTER TABLE [AspNetUsers] ADD [NotificationEmail] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202024946_NotificationsForMeetingsAndEmailChoice'
)
BEGIN
    CREATE INDEX [IX_Notifications_AgencyId_CreatedAt] ON [Notifications] ([AgencyId], [CreatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202024946_NotificationsForMeetingsAndEmailChoice'
)
BEGIN
    CREATE INDEX [IX_Notifications_MeetingId] ON [Notifications] ([MeetingId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202024946_NotificationsForMeetingsAndEmailChoice'
)
BEGIN
    ALTER TABLE [Notifications] ADD CONSTRAINT [FK_Notifications_Meetings_MeetingId] FOREIGN KEY ([MeetingId]) REFERENCES [Meetings] ([Id]) ON DELETE NO ACTION;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202024946_NotificationsForMeetingsAndEmailChoice'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261202024946_NotificationsForMeetingsAndEmailChoice', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202025358_CaseSearchIndexVersion'
)
BEGIN
    ALTER TABLE [Cases] ADD [SearchIndexVersion] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202025358_CaseSearchIndexVersion'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261202025358_CaseSearchIndexVersion', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202030016_Drafts'
)
BEGIN
    CREATE TABLE [Drafts] (
        [Id] uniqueidentifier NOT NULL,
        [OwnerId] nvarchar(450) NOT NULL,
        [Form] varchar(40) NOT NULL,
        [RecordId] int NOT NULL,
        [ProtectedFields] nvarchar(max) NOT NULL,
        [BaseVersion] int NULL,
        [CreatedAt] datetime2 NOT NULL,
        [SavedAt] datetime2 NOT NULL,
        CONSTRAINT [PK_Drafts] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Drafts_AspNetUsers_OwnerId] FOREIGN KEY ([OwnerId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202030016_Drafts'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Drafts_OwnerId_Form_RecordId] ON [Drafts] ([OwnerId], [Form], [RecordId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202030016_Drafts'
)
BEGIN
    CREATE INDEX [IX_Drafts_SavedAt] ON [Drafts] ([SavedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202030016_Drafts'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261202030016_Drafts', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202091529_MeetingParticipantPublicOfficial'
)
BEGIN
    ALTER TABLE [Participant] ADD [IsPublicOfficial] bit NOT NULL DEFAULT CAST(0 AS bit);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202091529_MeetingParticipantPublicOfficial'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261202091529_MeetingParticipantPublicOfficial', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202095353_QueueAndSearchIndexes'
)
BEGIN
    DROP INDEX [IX_Referrals_SendingAgencyId_State] ON [Referrals];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202095353_QueueAndSearchIndexes'
)
BEGIN
    CREATE INDEX [IX_Referrals_SendingAgencyId_State_DueAt] ON [Referrals] ([SendingAgencyId], [State], [DueAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202095353_QueueAndSearchIndexes'
)
BEGIN
    CREATE INDEX [IX_Cases_SearchIndexVersion] ON [Cases] ([SearchIndexVersion]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202095353_QueueAndSearchIndexes'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261202095353_QueueAndSearchIndexes', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202134109_AssistancePlansAndRisk'
)
BEGIN
    CREATE TABLE [AssistancePlans] (
        [Id] int NOT NULL IDENTITY,
        [CaseId] int NOT NULL,
        [AgencyId] int NOT NULL,
        [AgreedWithPerson] bit NOT NULL,
        [ProtectedPersonViews] nvarchar(max) NULL,
        [ReviewEveryMonths] int NOT NULL,
        [State] int NOT NULL,
        [SubmittedById] nvarchar(450) NULL,
        [SubmittedAt] datetime2 NULL,
        [ApprovedById] nvarchar(450) NULL,
        [ApprovedAt] datetime2 NULL,
        [NextReviewDue] date NULL,
        [Version] int NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [CreatedById] nvarchar(450) NULL,
        [UpdatedAt] datetime2 NULL,
        [UpdatedById] nvarchar(450) NULL,
        CONSTRAINT [PK_AssistancePlans] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AssistancePlans_Agencies_AgencyId] FOREIGN KEY ([AgencyId]) REFERENCES [Agencies] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_AssistancePlans_Cases_CaseId] FOREIGN KEY ([CaseId]) REFERENCES [Cases] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202134109_AssistancePlansAndRisk'
)
BEGIN
    CREATE TABLE [RiskAssessments] (
        [Id] int NOT NULL IDENTITY,
        [CaseId] int NOT NULL,
        [Occasion] int NOT NULL,
        [AssessedOn] date NOT NULL,
        [ReTrafficking] int NOT NULL,
        [TraffickerThreats] int NOT NULL,
        [Health] int NOT NULL,
        [Family] int NOT NULL,
        [Level] int NOT NULL,
        [ProtectedSafetyPlan] nvarchar(max) NULL,
        [ProtectedReasons] nvarchar(max) NULL,
        [AgencyId] int NOT NULL,
        [UserId] nvarchar(450) NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [CreatedById] nvarchar(450) NULL,
        [UpdatedAt] datetime2 NULL,
        [UpdatedById] nvarchar(450) NULL,
        CONSTRAINT [PK_RiskAssessments] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_RiskAssessments_Agencies_AgencyId] FOREIGN KEY ([AgencyId]) REFERENCES [Agencies] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_RiskAssessments_Cases_CaseId] FOREIGN KEY ([CaseId]) REFERENCES [Cases] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202134109_AssistancePlansAndRisk'
)
BEGIN
    CREATE TABLE [PlanGoal] (
        [Id] int NOT NULL IDENTITY,
        [PlanId] int NOT NULL,
        [Area] int NOT NULL,
        [ProtectedText] nvarchar(max) NOT NULL,
        [ResponsibleAgencyId] int NOT NULL,
        [DueOn] date NOT NULL,
        [Services] int NOT NULL,
        [Status] int NOT NULL,
        CONSTRAINT [PK_PlanGoal] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_PlanGoal_Agencies_ResponsibleAgencyId] FOREIGN KEY ([ResponsibleAgencyId]) REFERENCES [Agencies] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_PlanGoal_AssistancePlans_PlanId] FOREIGN KEY ([PlanId]) REFERENCES [AssistancePlans] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202134109_AssistancePlansAndRisk'
)
BEGIN
    CREATE TABLE [PlanNeed] (
        [Id] int NOT NULL IDENTITY,
        [PlanId] int NOT NULL,
        [Area] int NOT NULL,
        [Level] int NOT NULL,
        [ProtectedNote] nvarchar(max) NULL,
        CONSTRAINT [PK_PlanNeed] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_PlanNeed_AssistancePlans_PlanId] FOREIGN KEY ([PlanId]) REFERENCES [AssistancePlans] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202134109_AssistancePlansAndRisk'
)
BEGIN
    CREATE TABLE [PlanReview] (
        [Id] int NOT NULL IDENTITY,
        [PlanId] int NOT NULL,
        [Number] int NOT NULL,
        [ReviewedOn] date NOT NULL,
        [ProtectedProgress] nvarchar(max) NULL,
        [WrittenById] nvarchar(450) NOT NULL,
        [WrittenAt] datetime2 NOT NULL,
        [State] int NOT NULL,
        [ApprovedById] nvarchar(450) NULL,
        [ApprovedAt] datetime2 NULL,
        CONSTRAINT [PK_PlanReview] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_PlanReview_AssistancePlans_PlanId] FOREIGN KEY ([PlanId]) REFERENCES [AssistancePlans] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202134109_AssistancePlansAndRisk'
)
BEGIN
    CREATE INDEX [IX_AssistancePlans_AgencyId_NextReviewDue] ON [AssistancePlans] ([AgencyId], [NextReviewDue]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202134109_AssistancePlansAndRisk'
)
BEGIN
    CREATE UNIQUE INDEX [IX_AssistancePlans_CaseId] ON [AssistancePlans] ([CaseId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202134109_AssistancePlansAndRisk'
)
BEGIN
    CREATE INDEX [IX_PlanGoal_PlanId] ON [PlanGoal] ([PlanId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202134109_AssistancePlansAndRisk'
)
BEGIN
    CREATE INDEX [IX_PlanGoal_ResponsibleAgencyId] ON [PlanGoal] ([ResponsibleAgencyId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202134109_AssistancePlansAndRisk'
)
BEGIN
    CREATE UNIQUE INDEX [IX_PlanNeed_PlanId_Area] ON [PlanNeed] ([PlanId], [Area]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202134109_AssistancePlansAndRisk'
)
BEGIN
    CREATE UNIQUE INDEX [IX_PlanReview_PlanId_Number] ON [PlanReview] ([PlanId], [Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202134109_AssistancePlansAndRisk'
)
BEGIN
    CREATE INDEX [IX_RiskAssessments_AgencyId] ON [RiskAssessments] ([AgencyId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202134109_AssistancePlansAndRisk'
)
BEGIN
    CREATE INDEX [IX_RiskAssessments_CaseId_AssessedOn] ON [RiskAssessments] ([CaseId], [AssessedOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202134109_AssistancePlansAndRisk'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261202134109_AssistancePlansAndRisk', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202140220_JusticeTrack'
)
BEGIN
    CREATE TABLE [Compensations] (
        [Id] int NOT NULL IDENTITY,
        [CaseId] int NOT NULL,
        [Source] int NOT NULL,
        [ClaimedOn] date NOT NULL,
        [AmountClaimed] decimal(14,2) NOT NULL,
        [AmountAwarded] decimal(14,2) NULL,
        [AmountPaid] decimal(14,2) NULL,
        [CreatedAt] datetime2 NOT NULL,
        [CreatedById] nvarchar(450) NULL,
        [UpdatedAt] datetime2 NULL,
        [UpdatedById] nvarchar(450) NULL,
        CONSTRAINT [PK_Compensations] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Compensations_Cases_CaseId] FOREIGN KEY ([CaseId]) REFERENCES [Cases] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202140220_JusticeTrack'
)
BEGIN
    CREATE TABLE [NonPunishments] (
        [Id] int NOT NULL IDENTITY,
        [CaseId] int NOT NULL,
        [ProtectedOffence] nvarchar(max) NOT NULL,
        [ChargedOn] date NOT NULL,
        [Outcome] int NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [CreatedById] nvarchar(450) NULL,
        [UpdatedAt] datetime2 NULL,
        [UpdatedById] nvarchar(450) NULL,
        CONSTRAINT [PK_NonPunishments] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_NonPunishments_Cases_CaseId] FOREIGN KEY ([CaseId]) REFERENCES [Cases] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202140220_JusticeTrack'
)
BEGIN
    CREATE TABLE [Proceedings] (
        [Id] int NOT NULL IDENTITY,
        [CaseId] int NOT NULL,
        [ReportedOn] date NOT NULL,
        [ProtectedPoliceFile] nvarchar(1000) NULL,
        [ProsecutionOffice] nvarchar(200) NULL,
        [ProtectedProsecutionFile] nvarchar(1000) NULL,
        [Court] nvarchar(200) NULL,
        [ProtectedCourtFile] nvarchar(1000) NULL,
        [Charge] int NOT NULL,
        [RequalifiedTo] int NULL,
        [Role] int NOT NULL,
        [Protection] int NOT NULL,
        [Stage] int NOT NULL,
        [Outcome] int NOT NULL,
        [SentenceMonths] int NULL,
        [RecordedByAgencyId] int NOT NULL,
        [Version] int NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [CreatedById] nvarchar(450) NULL,
        [UpdatedAt] datetime2 NULL,
        [UpdatedById] nvarchar(450) NULL,
        CONSTRAINT [PK_Proceedings] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Proceedings_Agencies_RecordedByAgencyId] FOREIGN KEY ([RecordedByAgencyId]) REFERENCES [Agencies] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Proceedings_Cases_CaseId] FOREIGN KEY ([CaseId]) REFERENCES [Cases] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202140220_JusticeTrack'
)
BEGIN
    CREATE TABLE [Hearing] (
        [Id] int NOT NULL IDENTITY,
        [ProceedingId] int NOT NULL,
        [On] date NOT NULL,
        [ProtectedNote] nvarchar(max) NULL,
        CONSTRAINT [PK_Hearing] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Hearing_Proceedings_ProceedingId] FOREIGN KEY ([ProceedingId]) REFERENCES [Proceedings] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202140220_JusticeTrack'
)
BEGIN
    CREATE INDEX [IX_Compensations_CaseId] ON [Compensations] ([CaseId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202140220_JusticeTrack'
)
BEGIN
    CREATE INDEX [IX_Hearing_ProceedingId] ON [Hearing] ([ProceedingId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202140220_JusticeTrack'
)
BEGIN
    CREATE INDEX [IX_NonPunishments_CaseId] ON [NonPunishments] ([CaseId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202140220_JusticeTrack'
)
BEGIN
    CREATE INDEX [IX_Proceedings_CaseId] ON [Proceedings] ([CaseId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202140220_JusticeTrack'
)
BEGIN
    CREATE INDEX [IX_Proceedings_RecordedByAgencyId] ON [Proceedings] ([RecordedByAgencyId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202140220_JusticeTrack'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261202140220_JusticeTrack', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202141514_ChildPathway'
)
BEGIN
    CREATE TABLE [ChildPathways] (
        [Id] int NOT NULL IDENTITY,
        [CaseId] int NOT NULL,
        [ProtectedGuardianName] nvarchar(2000) NULL,
        [GuardianAppointedOn] date NULL,
        [GuardianAppointedBy] int NULL,
        [ChildProtectionUnitId] int NULL,
        [AssessedOn] date NULL,
        [DeterminedOn] date NULL,
        [ProtectedDetermination] nvarchar(max) NULL,
        [FamilyTracing] int NOT NULL,
        [ProtectedChildViews] nvarchar(max) NULL,
        [ChildHeardOn] date NULL,
        [Version] int NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [CreatedById] nvarchar(450) NULL,
        [UpdatedAt] datetime2 NULL,
        [UpdatedById] nvarchar(450) NULL,
        CONSTRAINT [PK_ChildPathways] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ChildPathways_Agencies_ChildProtectionUnitId] FOREIGN KEY ([ChildProtectionUnitId]) REFERENCES [Agencies] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ChildPathways_Cases_CaseId] FOREIGN KEY ([CaseId]) REFERENCES [Cases] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202141514_ChildPathway'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ChildPathways_CaseId] ON [ChildPathways] ([CaseId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202141514_ChildPathway'
)
BEGIN
    CREATE INDEX [IX_ChildPathways_ChildProtectionUnitId] ON [ChildPathways] ([ChildProtectionUnitId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202141514_ChildPathway'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261202141514_ChildPathway', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202143922_CaseGroups'
)
BEGIN
    CREATE TABLE [CaseGroups] (
        [Id] int NOT NULL IDENTITY,
        [ProtectedReference] nvarchar(2000) NOT NULL,
        [CreatedByAgencyId] int NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [CreatedById] nvarchar(450) NULL,
        [UpdatedAt] datetime2 NULL,
        [UpdatedById] nvarchar(450) NULL,
        CONSTRAINT [PK_CaseGroups] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CaseGroups_Agencies_CreatedByAgencyId] FOREIGN KEY ([CreatedByAgencyId]) REFERENCES [Agencies] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202143922_CaseGroups'
)
BEGIN
    CREATE TABLE [CaseGroupMembers] (
        [GroupId] int NOT NULL,
        [CaseId] int NOT NULL,
        CONSTRAINT [PK_CaseGroupMembers] PRIMARY KEY ([GroupId], [CaseId]),
        CONSTRAINT [FK_CaseGroupMembers_CaseGroups_GroupId] FOREIGN KEY ([GroupId]) REFERENCES [CaseGroups] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_CaseGroupMembers_Cases_CaseId] FOREIGN KEY ([CaseId]) REFERENCES [Cases] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202143922_CaseGroups'
)
BEGIN
    CREATE TABLE [PersonsOfInterest] (
        [Id] int NOT NULL IDENTITY,
        [GroupId] int NOT NULL,
        [ProtectedDescription] nvarchar(max) NOT NULL,
        [RecordedByAgencyId] int NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [CreatedById] nvarchar(450) NULL,
        [UpdatedAt] datetime2 NULL,
        [UpdatedById] nvarchar(450) NULL,
        CONSTRAINT [PK_PersonsOfInterest] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_PersonsOfInterest_Agencies_RecordedByAgencyId] FOREIGN KEY ([RecordedByAgencyId]) REFERENCES [Agencies] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_PersonsOfInterest_CaseGroups_GroupId] FOREIGN KEY ([GroupId]) REFERENCES [CaseGroups] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202143922_CaseGroups'
)
BEGIN
    CREATE INDEX [IX_CaseGroupMembers_CaseId] ON [CaseGroupMembers] ([CaseId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202143922_CaseGroups'
)
BEGIN
    CREATE INDEX [IX_CaseGroups_CreatedByAgencyId] ON [CaseGroups] ([CreatedByAgencyId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202143922_CaseGroups'
)
BEGIN
    CREATE INDEX [IX_PersonsOfInterest_GroupId] ON [PersonsOfInterest] ([GroupId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202143922_CaseGroups'
)
BEGIN
    CREATE INDEX [IX_PersonsOfInterest_RecordedByAgencyId] ON [PersonsOfInterest] ([RecordedByAgencyId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202143922_CaseGroups'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261202143922_CaseGroups', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202144537_CaseDocuments'
)
BEGIN
    CREATE TABLE [CaseDocuments] (
        [Id] int NOT NULL IDENTITY,
        [CaseId] int NOT NULL,
        [Kind] int NOT NULL,
        [ProtectedDescription] nvarchar(4000) NULL,
        [ProtectedFileName] nvarchar(4000) NOT NULL,
        [ContentType] varchar(100) NOT NULL,
        [Length] bigint NOT NULL,
        [StoredName] varchar(32) NULL,
        [AgencyId] int NOT NULL,
        [UploadedById] nvarchar(450) NOT NULL,
        [UploadedAt] datetime2 NOT NULL,
        CONSTRAINT [PK_CaseDocuments] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CaseDocuments_Agencies_AgencyId] FOREIGN KEY ([AgencyId]) REFERENCES [Agencies] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_CaseDocuments_Cases_CaseId] FOREIGN KEY ([CaseId]) REFERENCES [Cases] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202144537_CaseDocuments'
)
BEGIN
    CREATE TABLE [CaseDocumentContents] (
        [DocumentId] int NOT NULL,
        [Sealed] varbinary(max) NOT NULL,
        CONSTRAINT [PK_CaseDocumentContents] PRIMARY KEY ([DocumentId]),
        CONSTRAINT [FK_CaseDocumentContents_CaseDocuments_DocumentId] FOREIGN KEY ([DocumentId]) REFERENCES [CaseDocuments] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202144537_CaseDocuments'
)
BEGIN
    CREATE INDEX [IX_CaseDocuments_AgencyId] ON [CaseDocuments] ([AgencyId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202144537_CaseDocuments'
)
BEGIN
    CREATE INDEX [IX_CaseDocuments_CaseId_UploadedAt] ON [CaseDocuments] ([CaseId], [UploadedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202144537_CaseDocuments'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261202144537_CaseDocuments', N'10.0.14');
END;

COMMIT;
GO

