using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Whereabouts.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LegalCasesAndNotifications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FamilyNotifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ToldOn = table.Column<string>(type: "TEXT", maxLength: 11, nullable: false),
                    ConveyedStatus = table.Column<int>(type: "INTEGER", nullable: true),
                    Message = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ToldBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Recipient = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SourceIds = table.Column<string>(type: "TEXT", nullable: false),
                    CorrectsId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FamilyNotifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FamilyNotifications_FamilyNotifications_CorrectsId",
                        column: x => x.CorrectsId,
                        principalTable: "FamilyNotifications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FamilyNotifications_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LegalCases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ForumKind = table.Column<int>(type: "INTEGER", nullable: false),
                    ForumName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    LodgedOn = table.Column<string>(type: "TEXT", maxLength: 11, nullable: false),
                    PersonIds = table.Column<string>(type: "TEXT", nullable: false),
                    Counsel = table.Column<string>(type: "TEXT", nullable: false),
                    Charges = table.Column<string>(type: "TEXT", nullable: false),
                    Sentence = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceIds = table.Column<string>(type: "TEXT", nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LegalCases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LegalProceedings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    On = table.Column<string>(type: "TEXT", maxLength: 11, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    SourceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    LegalCaseId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LegalProceedings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LegalProceedings_LegalCases_LegalCaseId",
                        column: x => x.LegalCaseId,
                        principalTable: "LegalCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LegalProceedings_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FamilyNotifications_CorrectsId",
                table: "FamilyNotifications",
                column: "CorrectsId");

            migrationBuilder.CreateIndex(
                name: "IX_FamilyNotifications_PersonId",
                table: "FamilyNotifications",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_LegalCases_Number",
                table: "LegalCases",
                column: "Number");

            migrationBuilder.CreateIndex(
                name: "IX_LegalCases_Status",
                table: "LegalCases",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_LegalProceedings_LegalCaseId",
                table: "LegalProceedings",
                column: "LegalCaseId");

            migrationBuilder.CreateIndex(
                name: "IX_LegalProceedings_SourceId",
                table: "LegalProceedings",
                column: "SourceId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FamilyNotifications");

            migrationBuilder.DropTable(
                name: "LegalProceedings");

            migrationBuilder.DropTable(
                name: "LegalCases");
        }
    }
}
