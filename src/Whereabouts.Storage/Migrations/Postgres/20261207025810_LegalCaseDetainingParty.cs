using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Whereabouts.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class LegalCaseDetainingParty : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DetainingParty",
                table: "LegalCases",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_LegalCases_DetainingParty",
                table: "LegalCases",
                column: "DetainingParty");

            migrationBuilder.AddForeignKey(
                name: "FK_LegalCases_Parties_DetainingParty",
                table: "LegalCases",
                column: "DetainingParty",
                principalTable: "Parties",
                principalColumn: "Slug",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_LegalCases_Parties_DetainingParty",
                table: "LegalCases");

            migrationBuilder.DropIndex(
                name: "IX_LegalCases_DetainingParty",
                table: "LegalCases");

            migrationBuilder.DropColumn(
                name: "DetainingParty",
                table: "LegalCases");
        }
    }
}
