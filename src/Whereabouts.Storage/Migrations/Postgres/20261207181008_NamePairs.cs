using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Whereabouts.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class NamePairs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PersonNamePairs",
                columns: table => new
                {
                    IdentityId = table.Column<Guid>(type: "uuid", nullable: false),
                    Key = table.Column<string>(type: "character varying(201)", maxLength: 201, nullable: false, collation: "C"),
                    SortName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PersonNamePairs", x => new { x.Key, x.IdentityId });
                });

            // Every identity's pairs of its distinct keys, the lower key first (compared as bytes, as
            // PersonNamePair.Of orders them), before the indexes are built.
            migrationBuilder.Sql(
                "INSERT INTO \"PersonNamePairs\" (\"Key\", \"IdentityId\", \"SortName\") "
                + "SELECT a.\"Key\" || chr(31) || b.\"Key\", a.\"IdentityId\", e.\"SortName\" "
                + "FROM (SELECT DISTINCT \"IdentityId\", \"Key\" FROM \"PersonNameKeys\") AS a "
                + "INNER JOIN (SELECT DISTINCT \"IdentityId\", \"Key\" FROM \"PersonNameKeys\") AS b ON b.\"IdentityId\" = a.\"IdentityId\" AND a.\"Key\" < b.\"Key\" "
                + "INNER JOIN \"PersonIndex\" AS e ON e.\"PersonId\" = a.\"IdentityId\";");

            migrationBuilder.CreateIndex(
                name: "IX_PersonNamePairs_IdentityId",
                table: "PersonNamePairs",
                column: "IdentityId");

            migrationBuilder.CreateIndex(
                name: "IX_PersonNamePairs_Key_SortName_IdentityId",
                table: "PersonNamePairs",
                columns: new[] { "Key", "SortName", "IdentityId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PersonNamePairs");
        }
    }
}
