using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AntiTrafik.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class InboxInProgressIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Referrals_ReceivingAgencyId_State_SentAt",
                table: "Referrals",
                columns: new[] { "ReceivingAgencyId", "State", "SentAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Referrals_ReceivingAgencyId_State_SentAt",
                table: "Referrals");
        }
    }
}
