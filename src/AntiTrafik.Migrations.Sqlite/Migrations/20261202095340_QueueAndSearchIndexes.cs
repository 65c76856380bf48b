using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AntiTrafik.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class QueueAndSearchIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Referrals_SendingAgencyId_State",
                table: "Referrals");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_SendingAgencyId_State_DueAt",
                table: "Referrals",
                columns: new[] { "SendingAgencyId", "State", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_SearchIndexVersion",
                table: "Cases",
                column: "SearchIndexVersion");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Referrals_SendingAgencyId_State_DueAt",
                table: "Referrals");

            migrationBuilder.DropIndex(
                name: "IX_Cases_SearchIndexVersion",
                table: "Cases");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_SendingAgencyId_State",
                table: "Referrals",
                columns: new[] { "SendingAgencyId", "State" });
        }
    }
}
