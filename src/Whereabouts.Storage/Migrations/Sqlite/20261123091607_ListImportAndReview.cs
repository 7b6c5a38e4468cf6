using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Whereabouts.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ListImportAndReview : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ListEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SourceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Line = table.Column<int>(type: "INTEGER", nullable: false),
                    RecordId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    GivenName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    FamilyName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Patronymic = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    BirthDate = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    BirthPlace = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Fate = table.Column<int>(type: "INTEGER", nullable: true),
                    FateAsOf = table.Column<string>(type: "TEXT", maxLength: 11, nullable: true),
                    Credibility = table.Column<int>(type: "INTEGER", nullable: false),
                    IsInvented = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ListEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ListEntries_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ListMatches",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EntryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Origin = table.Column<int>(type: "INTEGER", nullable: false),
                    Probability = table.Column<double>(type: "REAL", nullable: false),
                    Weight = table.Column<double>(type: "REAL", nullable: false),
                    Explanation = table.Column<string>(type: "TEXT", maxLength: 16000, nullable: true),
                    Decision = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Judgements = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ListMatches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ListMatches_ListEntries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "ListEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ListMatches_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ListEntries_SourceId_RecordId",
                table: "ListEntries",
                columns: new[] { "SourceId", "RecordId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ListMatches_Decision_Probability",
                table: "ListMatches",
                columns: new[] { "Decision", "Probability" });

            migrationBuilder.CreateIndex(
                name: "IX_ListMatches_EntryId_PersonId",
                table: "ListMatches",
                columns: new[] { "EntryId", "PersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ListMatches_PersonId",
                table: "ListMatches",
                column: "PersonId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ListMatches");

            migrationBuilder.DropTable(
                name: "ListEntries");
        }
    }
}
