using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Whereabouts.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class NameKeysByIdentity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PersonNameKeys_IdentityId",
                table: "PersonNameKeys");

            migrationBuilder.CreateIndex(
                name: "IX_PersonNameKeys_IdentityId_Key",
                table: "PersonNameKeys",
                columns: new[] { "IdentityId", "Key" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PersonNameKeys_IdentityId_Key",
                table: "PersonNameKeys");

            migrationBuilder.CreateIndex(
                name: "IX_PersonNameKeys_IdentityId",
                table: "PersonNameKeys",
                column: "IdentityId");
        }
    }
}
