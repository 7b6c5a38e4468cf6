using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Whereabouts.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EvidenceFilesAndPlaceControl : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "EvidenceFiles",
                columns: table => new
                {
                    Sha256 = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    Length = table.Column<long>(type: "INTEGER", nullable: false),
                    MediaType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AddedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AddedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvidenceFiles", x => x.Sha256);
                });

            migrationBuilder.CreateTable(
                name: "PlaceControls",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlaceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Party = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Holder = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    From = table.Column<string>(type: "TEXT", maxLength: 11, nullable: false),
                    To = table.Column<string>(type: "TEXT", maxLength: 11, nullable: true),
                    SourceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Locator = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    RetractedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    RetractedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RetractionReason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlaceControls", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlaceControls_Parties_Party",
                        column: x => x.Party,
                        principalTable: "Parties",
                        principalColumn: "Slug",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PlaceControls_Places_PlaceId",
                        column: x => x.PlaceId,
                        principalTable: "Places",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PlaceControls_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SourceFiles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SourceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    AttachedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AttachedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    DetachedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    DetachedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DetachReason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SourceFiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SourceFiles_EvidenceFiles_Sha256",
                        column: x => x.Sha256,
                        principalTable: "EvidenceFiles",
                        principalColumn: "Sha256",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SourceFiles_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "VerificationSteps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SourceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FileSha256 = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: true),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    Methods = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VerificationSteps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VerificationSteps_EvidenceFiles_FileSha256",
                        column: x => x.FileSha256,
                        principalTable: "EvidenceFiles",
                        principalColumn: "Sha256",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_VerificationSteps_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PlaceControls_Party",
                table: "PlaceControls",
                column: "Party");

            migrationBuilder.CreateIndex(
                name: "IX_PlaceControls_PlaceId",
                table: "PlaceControls",
                column: "PlaceId");

            migrationBuilder.CreateIndex(
                name: "IX_PlaceControls_SourceId",
                table: "PlaceControls",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_SourceFiles_Sha256",
                table: "SourceFiles",
                column: "Sha256");

            migrationBuilder.CreateIndex(
                name: "IX_SourceFiles_SourceId",
                table: "SourceFiles",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_VerificationSteps_FileSha256",
                table: "VerificationSteps",
                column: "FileSha256");

            migrationBuilder.CreateIndex(
                name: "IX_VerificationSteps_SourceId",
                table: "VerificationSteps",
                column: "SourceId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PlaceControls");

            migrationBuilder.DropTable(
                name: "SourceFiles");

            migrationBuilder.DropTable(
                name: "VerificationSteps");

            migrationBuilder.DropTable(
                name: "EvidenceFiles");
        }
    }
}
