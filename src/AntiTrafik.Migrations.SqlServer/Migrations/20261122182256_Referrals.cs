using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AntiTrafik.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Referrals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ProposedLeadAgencyId",
                table: "Cases",
                type: "int",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Notifications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    AgencyId = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    CaseId = table.Column<int>(type: "int", nullable: false),
                    CaseNumber = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    ReferralId = table.Column<int>(type: "int", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ReadAt = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Referrals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CaseId = table.Column<int>(type: "int", nullable: false),
                    SendingAgencyId = table.Column<int>(type: "int", nullable: false),
                    SentById = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    ReceivingAgencyId = table.Column<int>(type: "int", nullable: false),
                    Services = table.Column<int>(type: "int", nullable: false),
                    Urgency = table.Column<int>(type: "int", nullable: false),
                    ProtectedNote = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: true),
                    ProtectedGround = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: true),
                    State = table.Column<int>(type: "int", nullable: false),
                    SentAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    DueAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    AnsweredAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    OverdueNotifiedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedById = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    UpdatedById = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Referrals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Referrals_Agencies_ReceivingAgencyId",
                        column: x => x.ReceivingAgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Referrals_Agencies_SendingAgencyId",
                        column: x => x.SendingAgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Referrals_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReferralTransition",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ReferralId = table.Column<int>(type: "int", nullable: false),
                    From = table.Column<int>(type: "int", nullable: true),
                    To = table.Column<int>(type: "int", nullable: false),
                    UserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    AgencyId = table.Column<int>(type: "int", nullable: false),
                    At = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ProtectedReason = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReferralTransition", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReferralTransition_Referrals_ReferralId",
                        column: x => x.ReferralId,
                        principalTable: "Referrals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ServiceDeliveries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ReferralId = table.Column<int>(type: "int", nullable: false),
                    Service = table.Column<int>(type: "int", nullable: false),
                    DeliveredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ProtectedNote = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: true),
                    UserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    AgencyId = table.Column<int>(type: "int", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceDeliveries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServiceDeliveries_Referrals_ReferralId",
                        column: x => x.ReferralId,
                        principalTable: "Referrals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_ProposedLeadAgencyId",
                table: "Cases",
                column: "ProposedLeadAgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_AgencyId_ReadAt_CreatedAt",
                table: "Notifications",
                columns: new[] { "AgencyId", "ReadAt", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_CaseId_ReceivingAgencyId_State",
                table: "Referrals",
                columns: new[] { "CaseId", "ReceivingAgencyId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_ReceivingAgencyId_State_DueAt",
                table: "Referrals",
                columns: new[] { "ReceivingAgencyId", "State", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_SendingAgencyId_State",
                table: "Referrals",
                columns: new[] { "SendingAgencyId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_State_DueAt",
                table: "Referrals",
                columns: new[] { "State", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ReferralTransition_ReferralId",
                table: "ReferralTransition",
                column: "ReferralId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceDeliveries_ReferralId",
                table: "ServiceDeliveries",
                column: "ReferralId");

            migrationBuilder.AddForeignKey(
                name: "FK_Cases_Agencies_ProposedLeadAgencyId",
                table: "Cases",
                column: "ProposedLeadAgencyId",
                principalTable: "Agencies",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Cases_Agencies_ProposedLeadAgencyId",
                table: "Cases");

            migrationBuilder.DropTable(
                name: "Notifications");

            migrationBuilder.DropTable(
                name: "ReferralTransition");

            migrationBuilder.DropTable(
                name: "ServiceDeliveries");

            migrationBuilder.DropTable(
                name: "Referrals");

            migrationBuilder.DropIndex(
                name: "IX_Cases_ProposedLeadAgencyId",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ProposedLeadAgencyId",
                table: "Cases");
        }
    }
}
