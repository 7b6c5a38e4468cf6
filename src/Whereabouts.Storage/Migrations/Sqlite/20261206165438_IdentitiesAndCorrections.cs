using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Whereabouts.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class IdentitiesAndCorrections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PersonNameKeys_Key_SortName_PersonId",
                table: "PersonNameKeys");

            migrationBuilder.AddColumn<Guid>(
                name: "IdentityId",
                table: "PersonNameKeys",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<Guid>(
                name: "IdentityId",
                table: "PersonIndex",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<Guid>(
                name: "IdentityId",
                table: "People",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<string>(
                name: "NameWithdrawals",
                table: "People",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Side",
                table: "ListEntries",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            // Every record stands alone until someone judges two of them to be one person.
            migrationBuilder.Sql("UPDATE \"People\" SET \"IdentityId\" = \"Id\";");
            migrationBuilder.Sql("UPDATE \"PersonIndex\" SET \"IdentityId\" = \"PersonId\";");
            migrationBuilder.Sql("UPDATE \"PersonNameKeys\" SET \"IdentityId\" = \"PersonId\";");

            migrationBuilder.CreateTable(
                name: "PersonPairs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FirstPersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SecondPersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Origin = table.Column<int>(type: "INTEGER", nullable: false),
                    Probability = table.Column<double>(type: "REAL", nullable: true),
                    Weight = table.Column<double>(type: "REAL", nullable: true),
                    Explanation = table.Column<string>(type: "TEXT", maxLength: 16000, nullable: true),
                    Decision = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Judgements = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PersonPairs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PersonPairs_People_FirstPersonId",
                        column: x => x.FirstPersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PersonPairs_People_SecondPersonId",
                        column: x => x.SecondPersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PersonNameKeys_IdentityId",
                table: "PersonNameKeys",
                column: "IdentityId");

            migrationBuilder.CreateIndex(
                name: "IX_PersonNameKeys_Key_SortName_IdentityId_PersonId",
                table: "PersonNameKeys",
                columns: new[] { "Key", "SortName", "IdentityId", "PersonId" });

            migrationBuilder.CreateIndex(
                name: "IX_PersonIndex_IdentityId",
                table: "PersonIndex",
                column: "IdentityId");

            migrationBuilder.CreateIndex(
                name: "IX_People_IdentityId",
                table: "People",
                column: "IdentityId");

            migrationBuilder.CreateIndex(
                name: "IX_PersonPairs_Decision_Probability",
                table: "PersonPairs",
                columns: new[] { "Decision", "Probability" });

            migrationBuilder.CreateIndex(
                name: "IX_PersonPairs_FirstPersonId_SecondPersonId",
                table: "PersonPairs",
                columns: new[] { "FirstPersonId", "SecondPersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PersonPairs_SecondPersonId",
                table: "PersonPairs",
                column: "SecondPersonId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PersonPairs");

            migrationBuilder.DropIndex(
                name: "IX_PersonNameKeys_IdentityId",
                table: "PersonNameKeys");

            migrationBuilder.DropIndex(
                name: "IX_PersonNameKeys_Key_SortName_IdentityId_PersonId",
                table: "PersonNameKeys");

            migrationBuilder.DropIndex(
                name: "IX_PersonIndex_IdentityId",
                table: "PersonIndex");

            migrationBuilder.DropIndex(
                name: "IX_People_IdentityId",
                table: "People");

            migrationBuilder.DropColumn(
                name: "IdentityId",
                table: "PersonNameKeys");

            migrationBuilder.DropColumn(
                name: "IdentityId",
                table: "PersonIndex");

            migrationBuilder.DropColumn(
                name: "IdentityId",
                table: "People");

            migrationBuilder.DropColumn(
                name: "NameWithdrawals",
                table: "People");

            migrationBuilder.DropColumn(
                name: "Side",
                table: "ListEntries");

            migrationBuilder.CreateIndex(
                name: "IX_PersonNameKeys_Key_SortName_PersonId",
                table: "PersonNameKeys",
                columns: new[] { "Key", "SortName", "PersonId" });
        }
    }
}
