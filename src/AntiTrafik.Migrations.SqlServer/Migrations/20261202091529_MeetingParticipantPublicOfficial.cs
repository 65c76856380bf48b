using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AntiTrafik.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class MeetingParticipantPublicOfficial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "IsPublicOfficial",
                table: "Participant",
                type: "bit",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "IsPublicOfficial",
                table: "Participant");
        }
    }
}
