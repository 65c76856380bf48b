using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AntiTrafik.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class CaseRegistry : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AuditTrail",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false),
                    At = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    AgencyId = table.Column<int>(type: "int", nullable: true),
                    Role = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    IpAddress = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    Action = table.Column<int>(type: "int", nullable: false),
                    EntityType = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    EntityId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    Fields = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    PreviousHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditTrail", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CaseNumberSequences",
                columns: table => new
                {
                    Year = table.Column<int>(type: "int", nullable: false),
                    Last = table.Column<int>(type: "int", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseNumberSequences", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "Cases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Number = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    RegisteringAgencyId = table.Column<int>(type: "int", nullable: false),
                    RegisteredById = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    RegisteredAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    LeadAgencyId = table.Column<int>(type: "int", nullable: false),
                    PersonKey = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ProtectedIdentity = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    Initials = table.Column<string>(type: "nvarchar(8)", maxLength: 8, nullable: false),
                    PersonalNumberHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    NameHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Sex = table.Column<int>(type: "int", nullable: false),
                    DateOfBirth = table.Column<DateOnly>(type: "date", nullable: true),
                    EstimatedAge = table.Column<int>(type: "int", nullable: true),
                    AgeAtIdentification = table.Column<int>(type: "int", nullable: true),
                    BirthYear = table.Column<int>(type: "int", nullable: true),
                    IsMinor = table.Column<bool>(type: "bit", nullable: false),
                    Citizenship = table.Column<string>(type: "nchar(2)", fixedLength: true, maxLength: 2, nullable: false),
                    CountyId = table.Column<int>(type: "int", nullable: true),
                    MunicipalityId = table.Column<int>(type: "int", nullable: true),
                    Languages = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Disabilities = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    AccompanyingChildren = table.Column<int>(type: "int", nullable: false),
                    Forms = table.Column<int>(type: "int", nullable: false),
                    LabourSector = table.Column<int>(type: "int", nullable: true),
                    Means = table.Column<int>(type: "int", nullable: false),
                    IsCrossBorder = table.Column<bool>(type: "bit", nullable: false),
                    RecruitmentCountries = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    TransitCountries = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    ExploitationCountries = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    IdentifiedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    PlaceOfIdentification = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Channel = table.Column<int>(type: "int", nullable: false),
                    UnaccompaniedChild = table.Column<bool>(type: "bit", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    IdentificationRound = table.Column<int>(type: "int", nullable: false),
                    StatusDecidedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    PoliceAgencyId = table.Column<int>(type: "int", nullable: false),
                    SocialServiceAgencyId = table.Column<int>(type: "int", nullable: false),
                    ClosedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ClosureReason = table.Column<int>(type: "int", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedById = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    UpdatedById = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Cases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Cases_Agencies_LeadAgencyId",
                        column: x => x.LeadAgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Cases_Agencies_PoliceAgencyId",
                        column: x => x.PoliceAgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Cases_Agencies_RegisteringAgencyId",
                        column: x => x.RegisteringAgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Cases_Agencies_SocialServiceAgencyId",
                        column: x => x.SocialServiceAgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Cases_Counties_CountyId",
                        column: x => x.CountyId,
                        principalTable: "Counties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Cases_Municipalities_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CaseEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CaseId = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    UserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    AgencyId = table.Column<int>(type: "int", nullable: false),
                    At = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ProtectedText = table.Column<string>(type: "nvarchar(max)", maxLength: 16000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseEvents_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ConsentRecords",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CaseId = table.Column<int>(type: "int", nullable: false),
                    Subject = table.Column<int>(type: "int", nullable: false),
                    Given = table.Column<bool>(type: "bit", nullable: false),
                    GivenBy = table.Column<int>(type: "int", nullable: false),
                    RecordedById = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    AgencyId = table.Column<int>(type: "int", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsentRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConsentRecords_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IdentificationAssessments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CaseId = table.Column<int>(type: "int", nullable: false),
                    Round = table.Column<int>(type: "int", nullable: false),
                    Side = table.Column<int>(type: "int", nullable: false),
                    AgencyId = table.Column<int>(type: "int", nullable: false),
                    UserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    Finding = table.Column<int>(type: "int", nullable: false),
                    ProtectedReasons = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IdentificationAssessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IdentificationAssessments_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AuditTrail_At",
                table: "AuditTrail",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_AuditTrail_EntityType_EntityId",
                table: "AuditTrail",
                columns: new[] { "EntityType", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditTrail_UserId",
                table: "AuditTrail",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseEvents_CaseId_At",
                table: "CaseEvents",
                columns: new[] { "CaseId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_CountyId",
                table: "Cases",
                column: "CountyId");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_LeadAgencyId_RegisteredAt",
                table: "Cases",
                columns: new[] { "LeadAgencyId", "RegisteredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_MunicipalityId",
                table: "Cases",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_NameHash_BirthYear",
                table: "Cases",
                columns: new[] { "NameHash", "BirthYear" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Number",
                table: "Cases",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cases_PersonalNumberHash",
                table: "Cases",
                column: "PersonalNumberHash");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_PersonKey",
                table: "Cases",
                column: "PersonKey");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_PoliceAgencyId_Status",
                table: "Cases",
                columns: new[] { "PoliceAgencyId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_RegisteredAt",
                table: "Cases",
                column: "RegisteredAt");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_RegisteringAgencyId",
                table: "Cases",
                column: "RegisteringAgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_SocialServiceAgencyId_Status",
                table: "Cases",
                columns: new[] { "SocialServiceAgencyId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ConsentRecords_CaseId_Subject",
                table: "ConsentRecords",
                columns: new[] { "CaseId", "Subject" });

            migrationBuilder.CreateIndex(
                name: "IX_IdentificationAssessments_CaseId_Round_Side",
                table: "IdentificationAssessments",
                columns: new[] { "CaseId", "Round", "Side" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditTrail");

            migrationBuilder.DropTable(
                name: "CaseEvents");

            migrationBuilder.DropTable(
                name: "CaseNumberSequences");

            migrationBuilder.DropTable(
                name: "ConsentRecords");

            migrationBuilder.DropTable(
                name: "IdentificationAssessments");

            migrationBuilder.DropTable(
                name: "Cases");
        }
    }
}
