using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AntiTrafik.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class StatisticsIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Referrals_Statistics",
                table: "Referrals",
                columns: new[] { "SentAt", "State", "ReceivingAgencyId", "SendingAgencyId", "AnsweredAt", "DueAt", "CaseId" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Statistics",
                table: "Cases",
                columns: new[] { "IdentifiedOn", "LeadAgencyId", "CountyId", "PersonKey", "Status", "IsMinor", "AgeAtIdentification", "Sex", "Citizenship", "Forms", "Channel", "RegisteringAgencyId", "RegisteredAt", "ClosedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Referrals_Statistics",
                table: "Referrals");

            migrationBuilder.DropIndex(
                name: "IX_Cases_Statistics",
                table: "Cases");
        }
    }
}
