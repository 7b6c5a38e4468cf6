using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Whereabouts.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class TracingRequestsAndCaptivity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "TracingRequestId",
                table: "FamilyNotifications",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CaptivityEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    OccurredOn = table.Column<string>(type: "character varying(11)", maxLength: 11, nullable: false),
                    DetainingParty = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    By = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    SourceId = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RetractedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RetractedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RetractionReason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaptivityEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaptivityEvents_Parties_DetainingParty",
                        column: x => x.DetainingParty,
                        principalTable: "Parties",
                        principalColumn: "Slug",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CaptivityEvents_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CaptivityEvents_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TracingRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Reference = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ReceivedOn = table.Column<string>(type: "character varying(11)", maxLength: 11, nullable: false),
                    Channel = table.Column<int>(type: "integer", nullable: false),
                    EnquirerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Relationship = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Language = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    ShareWith = table.Column<string[]>(type: "text[]", nullable: false),
                    ContactMayBeShared = table.Column<bool>(type: "boolean", nullable: false),
                    SoughtName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SoughtBirthDate = table.Column<string>(type: "character varying(11)", maxLength: 11, nullable: true),
                    LastSeenPlace = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    LastSeenOn = table.Column<string>(type: "character varying(11)", maxLength: 11, nullable: true),
                    LastSeenWith = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Circumstances = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    SourceId = table.Column<Guid>(type: "uuid", nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    HasContact = table.Column<bool>(type: "boolean", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TracingRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TracingRequests_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TracingRequests_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EnquirerContacts",
                columns: table => new
                {
                    TracingRequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProtectedText = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EnquirerContacts", x => x.TracingRequestId);
                    table.ForeignKey(
                        name: "FK_EnquirerContacts_TracingRequests_TracingRequestId",
                        column: x => x.TracingRequestId,
                        principalTable: "TracingRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TracingContactEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    By = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    TracingRequestId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TracingContactEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TracingContactEvents_TracingRequests_TracingRequestId",
                        column: x => x.TracingRequestId,
                        principalTable: "TracingRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TracingRequestSteps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    By = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    TracingRequestId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TracingRequestSteps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TracingRequestSteps_TracingRequests_TracingRequestId",
                        column: x => x.TracingRequestId,
                        principalTable: "TracingRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FamilyNotifications_TracingRequestId",
                table: "FamilyNotifications",
                column: "TracingRequestId");

            migrationBuilder.CreateIndex(
                name: "IX_CaptivityEvents_DetainingParty_Kind",
                table: "CaptivityEvents",
                columns: new[] { "DetainingParty", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_CaptivityEvents_PersonId",
                table: "CaptivityEvents",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_CaptivityEvents_SourceId",
                table: "CaptivityEvents",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_TracingContactEvents_TracingRequestId",
                table: "TracingContactEvents",
                column: "TracingRequestId");

            migrationBuilder.CreateIndex(
                name: "IX_TracingRequests_PersonId",
                table: "TracingRequests",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_TracingRequests_Reference",
                table: "TracingRequests",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TracingRequests_SourceId",
                table: "TracingRequests",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_TracingRequests_Status",
                table: "TracingRequests",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_TracingRequestSteps_TracingRequestId",
                table: "TracingRequestSteps",
                column: "TracingRequestId");

            migrationBuilder.AddForeignKey(
                name: "FK_FamilyNotifications_TracingRequests_TracingRequestId",
                table: "FamilyNotifications",
                column: "TracingRequestId",
                principalTable: "TracingRequests",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_FamilyNotifications_TracingRequests_TracingRequestId",
                table: "FamilyNotifications");

            migrationBuilder.DropTable(
                name: "CaptivityEvents");

            migrationBuilder.DropTable(
                name: "EnquirerContacts");

            migrationBuilder.DropTable(
                name: "TracingContactEvents");

            migrationBuilder.DropTable(
                name: "TracingRequestSteps");

            migrationBuilder.DropTable(
                name: "TracingRequests");

            migrationBuilder.DropIndex(
                name: "IX_FamilyNotifications_TracingRequestId",
                table: "FamilyNotifications");

            migrationBuilder.DropColumn(
                name: "TracingRequestId",
                table: "FamilyNotifications");
        }
    }
}
