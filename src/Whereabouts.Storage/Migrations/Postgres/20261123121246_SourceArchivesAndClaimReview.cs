using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Whereabouts.Storage.Migrations.Postgres
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
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ReviewedAt",
                table: "CountClaims",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewedBy",
                table: "CountClaims",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "SourceArchives",
                columns: table => new
                {
                    SourceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Sha256 = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    FileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    MediaType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false),
                    Text = table.Column<string>(type: "text", nullable: false),
                    ArchivedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ArchivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
