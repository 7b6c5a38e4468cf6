using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Whereabouts.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SearchKeysInNameOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SortName",
                table: "PersonNameKeys",
                type: "TEXT",
                maxLength: 300,
                nullable: false,
                defaultValue: "");

            // Keys already indexed take their person's sort name.
            migrationBuilder.Sql(
                "UPDATE \"PersonNameKeys\" SET \"SortName\" = (SELECT i.\"SortName\" FROM \"PersonIndex\" i WHERE i.\"PersonId\" = \"PersonNameKeys\".\"PersonId\") " +
                "WHERE EXISTS (SELECT 1 FROM \"PersonIndex\" i WHERE i.\"PersonId\" = \"PersonNameKeys\".\"PersonId\");");

            migrationBuilder.CreateIndex(
                name: "IX_PersonNameKeys_Key_SortName_PersonId",
                table: "PersonNameKeys",
                columns: new[] { "Key", "SortName", "PersonId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PersonNameKeys_Key_SortName_PersonId",
                table: "PersonNameKeys");

            migrationBuilder.DropColumn(
                name: "SortName",
                table: "PersonNameKeys");
        }
    }
}
