using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AntiTrafik.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class JusticeTrack : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Compensations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<int>(type: "INTEGER", nullable: false),
                    ClaimedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AmountClaimed = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    AmountAwarded = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    AmountPaid = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UpdatedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Compensations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Compensations_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "NonPunishments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProtectedOffence = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    ChargedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Outcome = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UpdatedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NonPunishments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NonPunishments_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Proceedings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReportedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ProtectedPoliceFile = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ProsecutionOffice = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ProtectedProsecutionFile = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Court = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ProtectedCourtFile = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Charge = table.Column<int>(type: "INTEGER", nullable: false),
                    RequalifiedTo = table.Column<int>(type: "INTEGER", nullable: true),
                    Role = table.Column<int>(type: "INTEGER", nullable: false),
                    Protection = table.Column<int>(type: "INTEGER", nullable: false),
                    Stage = table.Column<int>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<int>(type: "INTEGER", nullable: false),
                    SentenceMonths = table.Column<int>(type: "INTEGER", nullable: true),
                    RecordedByAgencyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UpdatedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Proceedings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Proceedings_Agencies_RecordedByAgencyId",
                        column: x => x.RecordedByAgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Proceedings_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Hearing",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProceedingId = table.Column<int>(type: "INTEGER", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ProtectedNote = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Hearing", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Hearing_Proceedings_ProceedingId",
                        column: x => x.ProceedingId,
                        principalTable: "Proceedings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Compensations_CaseId",
                table: "Compensations",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Hearing_ProceedingId",
                table: "Hearing",
                column: "ProceedingId");

            migrationBuilder.CreateIndex(
                name: "IX_NonPunishments_CaseId",
                table: "NonPunishments",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Proceedings_CaseId",
                table: "Proceedings",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Proceedings_RecordedByAgencyId",
                table: "Proceedings",
                column: "RecordedByAgencyId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Compensations");

            migrationBuilder.DropTable(
                name: "Hearing");

            migrationBuilder.DropTable(
                name: "NonPunishments");

            migrationBuilder.DropTable(
                name: "Proceedings");
        }
    }
}
