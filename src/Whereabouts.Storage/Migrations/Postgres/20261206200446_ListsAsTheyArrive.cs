using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Whereabouts.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ListsAsTheyArrive : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ListFingerprint",
                table: "Sources",
                type: "character(64)",
                fixedLength: true,
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "SupersedesSourceId",
                table: "Sources",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NameAsWritten",
                table: "ListEntries",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Notes",
                table: "ListEntries",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OtherColumns",
                table: "ListEntries",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Rank",
                table: "ListEntries",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ServiceNumber",
                table: "ListEntries",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Sex",
                table: "ListEntries",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Unit",
                table: "ListEntries",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ListDepartureAcknowledgements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NewerSourceId = table.Column<Guid>(type: "uuid", nullable: false),
                    GoneEntryId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    AcknowledgedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AcknowledgedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ListDepartureAcknowledgements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ListDepartureAcknowledgements_ListEntries_GoneEntryId",
                        column: x => x.GoneEntryId,
                        principalTable: "ListEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ListDepartureAcknowledgements_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ListDepartureAcknowledgements_Sources_NewerSourceId",
                        column: x => x.NewerSourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ListImports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FileName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false),
                    ContentSha256 = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    UploadedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    MappingJson = table.Column<string>(type: "text", nullable: true),
                    OptionsJson = table.Column<string>(type: "text", nullable: true),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DecidedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    FinishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SourceId = table.Column<Guid>(type: "uuid", nullable: true),
                    ReportJson = table.Column<string>(type: "text", nullable: true),
                    Problems = table.Column<string>(type: "text", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ListImports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ListImports_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Sources_ListFingerprint",
                table: "Sources",
                column: "ListFingerprint");

            migrationBuilder.CreateIndex(
                name: "IX_Sources_SupersedesSourceId",
                table: "Sources",
                column: "SupersedesSourceId");

            migrationBuilder.CreateIndex(
                name: "IX_ListDepartureAcknowledgements_GoneEntryId",
                table: "ListDepartureAcknowledgements",
                column: "GoneEntryId");

            migrationBuilder.CreateIndex(
                name: "IX_ListDepartureAcknowledgements_NewerSourceId_GoneEntryId",
                table: "ListDepartureAcknowledgements",
                columns: new[] { "NewerSourceId", "GoneEntryId" });

            migrationBuilder.CreateIndex(
                name: "IX_ListDepartureAcknowledgements_PersonId",
                table: "ListDepartureAcknowledgements",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_ListImports_SourceId",
                table: "ListImports",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_ListImports_State",
                table: "ListImports",
                column: "State");

            migrationBuilder.CreateIndex(
                name: "IX_ListImports_UploadedAt",
                table: "ListImports",
                column: "UploadedAt");

            migrationBuilder.AddForeignKey(
                name: "FK_Sources_Sources_SupersedesSourceId",
                table: "Sources",
                column: "SupersedesSourceId",
                principalTable: "Sources",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Sources_Sources_SupersedesSourceId",
                table: "Sources");

            migrationBuilder.DropTable(
                name: "ListDepartureAcknowledgements");

            migrationBuilder.DropTable(
                name: "ListImports");

            migrationBuilder.DropIndex(
                name: "IX_Sources_ListFingerprint",
                table: "Sources");

            migrationBuilder.DropIndex(
                name: "IX_Sources_SupersedesSourceId",
                table: "Sources");

            migrationBuilder.DropColumn(
                name: "ListFingerprint",
                table: "Sources");

            migrationBuilder.DropColumn(
                name: "SupersedesSourceId",
                table: "Sources");

            migrationBuilder.DropColumn(
                name: "NameAsWritten",
                table: "ListEntries");

            migrationBuilder.DropColumn(
                name: "Notes",
                table: "ListEntries");

            migrationBuilder.DropColumn(
                name: "OtherColumns",
                table: "ListEntries");

            migrationBuilder.DropColumn(
                name: "Rank",
                table: "ListEntries");

            migrationBuilder.DropColumn(
                name: "ServiceNumber",
                table: "ListEntries");

            migrationBuilder.DropColumn(
                name: "Sex",
                table: "ListEntries");

            migrationBuilder.DropColumn(
                name: "Unit",
                table: "ListEntries");
        }
    }
}
