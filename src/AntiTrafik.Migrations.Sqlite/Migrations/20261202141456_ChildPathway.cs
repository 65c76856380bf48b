using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AntiTrafik.Migrations.Sqlite.Migrations
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProtectedGuardianName = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    GuardianAppointedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    GuardianAppointedBy = table.Column<int>(type: "INTEGER", nullable: true),
                    ChildProtectionUnitId = table.Column<int>(type: "INTEGER", nullable: true),
                    AssessedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DeterminedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ProtectedDetermination = table.Column<string>(type: "TEXT", maxLength: 16000, nullable: true),
                    FamilyTracing = table.Column<int>(type: "INTEGER", nullable: false),
                    ProtectedChildViews = table.Column<string>(type: "TEXT", maxLength: 16000, nullable: true),
                    ChildHeardOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UpdatedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true)
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
