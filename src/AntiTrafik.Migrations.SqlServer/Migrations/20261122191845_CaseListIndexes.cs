using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AntiTrafik.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class CaseListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_CountyId",
                table: "Cases");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_CountyId_Status_RegisteredAt",
                table: "Cases",
                columns: new[] { "CountyId", "Status", "RegisteredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Status_RegisteredAt",
                table: "Cases",
                columns: new[] { "Status", "RegisteredAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_CountyId_Status_RegisteredAt",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_Status_RegisteredAt",
                table: "Cases");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_CountyId",
                table: "Cases",
                column: "CountyId");
        }
    }
}
