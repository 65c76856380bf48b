using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AntiTrafik.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CaseListNewestFirst : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "CaseRegisteredAt",
                table: "Referrals",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            // Every referral already sent gets its case's registration time (it never changes afterwards).
            migrationBuilder.Sql("UPDATE Referrals SET CaseRegisteredAt = (SELECT c.RegisteredAt FROM Cases AS c WHERE c.Id = Referrals.CaseId);");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_ReceivingAgencyId_CaseRegisteredAt_CaseId_State",
                table: "Referrals",
                columns: new[] { "ReceivingAgencyId", "CaseRegisteredAt", "CaseId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_PoliceAgencyId_RegisteredAt",
                table: "Cases",
                columns: new[] { "PoliceAgencyId", "RegisteredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_SocialServiceAgencyId_RegisteredAt",
                table: "Cases",
                columns: new[] { "SocialServiceAgencyId", "RegisteredAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Referrals_ReceivingAgencyId_CaseRegisteredAt_CaseId_State",
                table: "Referrals");

            migrationBuilder.DropIndex(
                name: "IX_Cases_PoliceAgencyId_RegisteredAt",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_SocialServiceAgencyId_RegisteredAt",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "CaseRegisteredAt",
                table: "Referrals");
        }
    }
}
