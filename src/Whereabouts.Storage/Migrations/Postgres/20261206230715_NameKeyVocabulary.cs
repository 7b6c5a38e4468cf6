using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Whereabouts.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class NameKeyVocabulary : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PersonNameKeyCounts",
                columns: table => new
                {
                    Key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    Rows = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PersonNameKeyCounts", x => x.Key);
                });

            // A registry indexed before the vocabulary existed gets its counts from its keys.
            migrationBuilder.Sql("INSERT INTO \"PersonNameKeyCounts\" (\"Key\", \"Rows\") SELECT \"Key\", COUNT(*) FROM \"PersonNameKeys\" GROUP BY \"Key\"");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PersonNameKeyCounts");
        }
    }
}
