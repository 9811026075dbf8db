using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HojeTaastrup.Admin.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddHearings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Committees",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NameKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    MembersJson = table.Column<string>(type: "TEXT", nullable: false),
                    ChairUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    CentreCodesJson = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Committees", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Hearings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Intro = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    ContactPerson = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Opens = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Closes = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CommitteeIdsJson = table.Column<string>(type: "TEXT", nullable: false),
                    ProposalIdsJson = table.Column<string>(type: "TEXT", nullable: false),
                    ReorganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SubjectsOpenedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    PublishedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CommentsJson = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Hearings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "HearingResponses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    HearingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Subject = table.Column<Guid>(type: "TEXT", nullable: false),
                    Draft = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    DraftSavedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RevisionsJson = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HearingResponses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HearingResponses_Committees_CommitteeId",
                        column: x => x.CommitteeId,
                        principalTable: "Committees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_HearingResponses_Hearings_HearingId",
                        column: x => x.HearingId,
                        principalTable: "Hearings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Committees_NameKey",
                table: "Committees",
                column: "NameKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HearingResponses_CommitteeId",
                table: "HearingResponses",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_HearingResponses_HearingId_CommitteeId_Subject",
                table: "HearingResponses",
                columns: new[] { "HearingId", "CommitteeId", "Subject" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Hearings_Opens",
                table: "Hearings",
                column: "Opens");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "HearingResponses");

            migrationBuilder.DropTable(
                name: "Committees");

            migrationBuilder.DropTable(
                name: "Hearings");
        }
    }
}
