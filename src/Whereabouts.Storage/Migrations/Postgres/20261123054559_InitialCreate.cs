using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Whereabouts.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Incidents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    StartedOn = table.Column<string>(type: "character varying(11)", maxLength: 11, nullable: false),
                    EndedOn = table.Column<string>(type: "character varying(11)", maxLength: 11, nullable: true),
                    Description = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    PlaceIds = table.Column<Guid[]>(type: "uuid[]", nullable: false),
                    Parties = table.Column<string[]>(type: "text[]", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Incidents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Places",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Latitude = table.Column<double>(type: "double precision", nullable: true),
                    Longitude = table.Column<double>(type: "double precision", nullable: true),
                    ParentId = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Names = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Places", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Places_Places_ParentId",
                        column: x => x.ParentId,
                        principalTable: "Places",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Sources",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Publisher = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Author = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Url = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    PublishedOn = table.Column<string>(type: "character varying(11)", maxLength: 11, nullable: true),
                    RetrievedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Reliability = table.Column<int>(type: "integer", nullable: false),
                    Notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ContentSha256 = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Sources", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "People",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Sex = table.Column<int>(type: "integer", nullable: false),
                    BirthDate = table.Column<string>(type: "character varying(11)", maxLength: 11, nullable: true),
                    BirthPlaceId = table.Column<Guid>(type: "uuid", nullable: true),
                    Side = table.Column<int>(type: "integer", nullable: false),
                    Role = table.Column<int>(type: "integer", nullable: false),
                    Force = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Rank = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Unit = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ServiceNumber = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    IsInvented = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Names = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_People", x => x.Id);
                    table.ForeignKey(
                        name: "FK_People_Places_BirthPlaceId",
                        column: x => x.BirthPlaceId,
                        principalTable: "Places",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CountClaims",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SourceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: true),
                    CountMax = table.Column<int>(type: "integer", nullable: true),
                    Qualifier = table.Column<int>(type: "integer", nullable: false),
                    Category = table.Column<int>(type: "integer", nullable: false),
                    Side = table.Column<int>(type: "integer", nullable: true),
                    IncidentId = table.Column<Guid>(type: "uuid", nullable: true),
                    PlaceId = table.Column<Guid>(type: "uuid", nullable: true),
                    AsOf = table.Column<string>(type: "character varying(11)", maxLength: 11, nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    ClaimedBy = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Quote = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CountClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CountClaims_Incidents_IncidentId",
                        column: x => x.IncidentId,
                        principalTable: "Incidents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CountClaims_Places_PlaceId",
                        column: x => x.PlaceId,
                        principalTable: "Places",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CountClaims_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FateAssertions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    AsOf = table.Column<string>(type: "character varying(11)", maxLength: 11, nullable: false),
                    EvidenceSourceId = table.Column<Guid>(type: "uuid", nullable: false),
                    EvidenceQuote = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    EvidenceLocator = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    EvidenceCredibility = table.Column<int>(type: "integer", nullable: false),
                    IncidentId = table.Column<Guid>(type: "uuid", nullable: true),
                    PlaceId = table.Column<Guid>(type: "uuid", nullable: true),
                    Note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FateAssertions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FateAssertions_Incidents_IncidentId",
                        column: x => x.IncidentId,
                        principalTable: "Incidents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FateAssertions_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FateAssertions_Places_PlaceId",
                        column: x => x.PlaceId,
                        principalTable: "Places",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FateAssertions_Sources_EvidenceSourceId",
                        column: x => x.EvidenceSourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FateRetractions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AssertionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Reason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    EvidenceSourceId = table.Column<Guid>(type: "uuid", nullable: false),
                    EvidenceQuote = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    EvidenceLocator = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    EvidenceCredibility = table.Column<int>(type: "integer", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FateRetractions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FateRetractions_FateAssertions_AssertionId",
                        column: x => x.AssertionId,
                        principalTable: "FateAssertions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FateRetractions_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FateRetractions_Sources_EvidenceSourceId",
                        column: x => x.EvidenceSourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CountClaims_IncidentId",
                table: "CountClaims",
                column: "IncidentId");

            migrationBuilder.CreateIndex(
                name: "IX_CountClaims_PlaceId",
                table: "CountClaims",
                column: "PlaceId");

            migrationBuilder.CreateIndex(
                name: "IX_CountClaims_SourceId",
                table: "CountClaims",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_FateAssertions_EvidenceSourceId",
                table: "FateAssertions",
                column: "EvidenceSourceId");

            migrationBuilder.CreateIndex(
                name: "IX_FateAssertions_IncidentId",
                table: "FateAssertions",
                column: "IncidentId");

            migrationBuilder.CreateIndex(
                name: "IX_FateAssertions_PersonId",
                table: "FateAssertions",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_FateAssertions_PlaceId",
                table: "FateAssertions",
                column: "PlaceId");

            migrationBuilder.CreateIndex(
                name: "IX_FateAssertions_Status",
                table: "FateAssertions",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_FateRetractions_AssertionId",
                table: "FateRetractions",
                column: "AssertionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FateRetractions_EvidenceSourceId",
                table: "FateRetractions",
                column: "EvidenceSourceId");

            migrationBuilder.CreateIndex(
                name: "IX_FateRetractions_PersonId",
                table: "FateRetractions",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_People_BirthPlaceId",
                table: "People",
                column: "BirthPlaceId");

            migrationBuilder.CreateIndex(
                name: "IX_People_ServiceNumber",
                table: "People",
                column: "ServiceNumber");

            migrationBuilder.CreateIndex(
                name: "IX_Places_ParentId",
                table: "Places",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_Sources_ContentSha256",
                table: "Sources",
                column: "ContentSha256");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CountClaims");

            migrationBuilder.DropTable(
                name: "FateRetractions");

            migrationBuilder.DropTable(
                name: "FateAssertions");

            migrationBuilder.DropTable(
                name: "Incidents");

            migrationBuilder.DropTable(
                name: "People");

            migrationBuilder.DropTable(
                name: "Sources");

            migrationBuilder.DropTable(
                name: "Places");
        }
    }
}
