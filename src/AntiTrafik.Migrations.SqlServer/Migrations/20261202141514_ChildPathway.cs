using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AntiTrafik.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ChildPathway : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ChildPathways",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CaseId = table.Column<int>(type: "int", nullable: false),
                    ProtectedGuardianName = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    GuardianAppointedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    GuardianAppointedBy = table.Column<int>(type: "int", nullable: true),
                    ChildProtectionUnitId = table.Column<int>(type: "int", nullable: true),
                    AssessedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DeterminedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ProtectedDetermination = table.Column<string>(type: "nvarchar(max)", maxLength: 16000, nullable: true),
                    FamilyTracing = table.Column<int>(type: "int", nullable: false),
                    ProtectedChildViews = table.Column<string>(type: "nvarchar(max)", maxLength: 16000, nullable: true),
                    ChildHeardOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedById = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    UpdatedById = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChildPathways", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChildPathways_Agencies_ChildProtectionUnitId",
                        column: x => x.ChildProtectionUnitId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ChildPathways_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ChildPathways_CaseId",
                table: "ChildPathways",
                column: "CaseId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ChildPathways_ChildProtectionUnitId",
                table: "ChildPathways",
                column: "ChildProtectionUnitId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ChildPathways");
        }
    }
}
