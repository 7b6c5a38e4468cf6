using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Whereabouts.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SourceArchivesAndClaimReview : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Review",
                table: "CountClaims",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ReviewedAt",
                table: "CountClaims",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewedBy",
                table: "CountClaims",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "SourceArchives",
                columns: table => new
                {
                    SourceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    MediaType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    ArchivedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ArchivedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SourceArchives", x => x.SourceId);
                    table.ForeignKey(
                        name: "FK_SourceArchives_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CountClaims_Review_SourceId",
                table: "CountClaims",
                columns: new[] { "Review", "SourceId" });

            migrationBuilder.CreateIndex(
                name: "IX_SourceArchives_Sha256",
                table: "SourceArchives",
                column: "Sha256",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SourceArchives");

            migrationBuilder.DropIndex(
                name: "IX_CountClaims_Review_SourceId",
                table: "CountClaims");

            migrationBuilder.DropColumn(
                name: "Review",
                table: "CountClaims");

            migrationBuilder.DropColumn(
                name: "ReviewedAt",
                table: "CountClaims");

            migrationBuilder.DropColumn(
                name: "ReviewedBy",
                table: "CountClaims");
        }
    }
}
