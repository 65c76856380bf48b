using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AntiTrafik.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class CaseSearchIndexVersion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "SearchIndexVersion",
                table: "Cases",
                type: "int",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SearchIndexVersion",
                table: "Cases");
        }
    }
}
