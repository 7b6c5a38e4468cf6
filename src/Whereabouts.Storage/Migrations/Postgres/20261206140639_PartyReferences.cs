using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Whereabouts.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PartyReferences : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // A registry made before parties were data was made for the conflict the old enum named:
            // it gets those two parties, and every side, claim and transfer its party's slug, before
            // the references are constrained (docs/adr/0016).
            migrationBuilder.Sql(PartiesAsDataSql.InsertFormerSides);
            migrationBuilder.Sql(PartiesAsDataSql.SidesToSlugs);

            migrationBuilder.CreateIndex(
                name: "IX_People_Side",
                table: "People",
                column: "Side");

            migrationBuilder.CreateIndex(
                name: "IX_CountClaims_Side",
                table: "CountClaims",
                column: "Side");

            migrationBuilder.AddForeignKey(
                name: "FK_CountClaims_Parties_Side",
                table: "CountClaims",
                column: "Side",
                principalTable: "Parties",
                principalColumn: "Slug",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_People_Parties_Side",
                table: "People",
                column: "Side",
                principalTable: "Parties",
                principalColumn: "Slug",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_CountClaims_Parties_Side",
                table: "CountClaims");

            migrationBuilder.DropForeignKey(
                name: "FK_People_Parties_Side",
                table: "People");

            migrationBuilder.DropIndex(
                name: "IX_People_Side",
                table: "People");

            migrationBuilder.DropIndex(
                name: "IX_CountClaims_Side",
                table: "CountClaims");
        }
    }
}
