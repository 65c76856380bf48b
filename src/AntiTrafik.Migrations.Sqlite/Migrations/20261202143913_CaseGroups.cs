using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AntiTrafik.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CaseGroups : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CaseGroups",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProtectedReference = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CreatedByAgencyId = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UpdatedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseGroups", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseGroups_Agencies_CreatedByAgencyId",
                        column: x => x.CreatedByAgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CaseGroupMembers",
                columns: table => new
                {
                    GroupId = table.Column<int>(type: "INTEGER", nullable: false),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseGroupMembers", x => new { x.GroupId, x.CaseId });
                    table.ForeignKey(
                        name: "FK_CaseGroupMembers_CaseGroups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "CaseGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CaseGroupMembers_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PersonsOfInterest",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    GroupId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProtectedDescription = table.Column<string>(type: "TEXT", maxLength: 16000, nullable: false),
                    RecordedByAgencyId = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UpdatedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PersonsOfInterest", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PersonsOfInterest_Agencies_RecordedByAgencyId",
                        column: x => x.RecordedByAgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PersonsOfInterest_CaseGroups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "CaseGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CaseGroupMembers_CaseId",
                table: "CaseGroupMembers",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseGroups_CreatedByAgencyId",
                table: "CaseGroups",
                column: "CreatedByAgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_PersonsOfInterest_GroupId",
                table: "PersonsOfInterest",
                column: "GroupId");

            migrationBuilder.CreateIndex(
                name: "IX_PersonsOfInterest_RecordedByAgencyId",
                table: "PersonsOfInterest",
                column: "RecordedByAgencyId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseGroupMembers");

            migrationBuilder.DropTable(
                name: "PersonsOfInterest");

            migrationBuilder.DropTable(
                name: "CaseGroups");
        }
    }
}
