using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AntiTrafik.Migrations.SqlServer.Migrations
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
                type: "datetime2",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            // Every referral already sent gets its case's registration time (it never changes afterwards).
            // Through EXEC: the idempotent script runs a migration as one batch, compiled before the column exists.
            migrationBuilder.Sql("EXEC(N'UPDATE r SET r.CaseRegisteredAt = c.RegisteredAt FROM Referrals AS r INNER JOIN Cases AS c ON c.Id = r.CaseId');");

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
