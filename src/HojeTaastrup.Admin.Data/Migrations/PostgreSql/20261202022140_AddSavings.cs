using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HojeTaastrup.Admin.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class AddSavings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SavingsProgrammes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    FirstYear = table.Column<int>(type: "integer", nullable: false),
                    LastYear = table.Column<int>(type: "integer", nullable: false),
                    TargetsJson = table.Column<string>(type: "text", nullable: false),
                    TracksJson = table.Column<string>(type: "text", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SavingsProgrammes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SavingsProposals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    NumberKey = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    OwnerCentreCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    OwnerCentreName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Responsible = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Category = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Track = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    AmountsJson = table.Column<string>(type: "text", nullable: false),
                    MilestonesJson = table.Column<string>(type: "text", nullable: false),
                    ReorganisationProposalId = table.Column<Guid>(type: "uuid", nullable: true),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    RevisionsJson = table.Column<string>(type: "text", nullable: false),
                    StatusHistoryJson = table.Column<string>(type: "text", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SavingsProposals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SavingsProposals_ReorganisationProposals_ReorganisationProp~",
                        column: x => x.ReorganisationProposalId,
                        principalTable: "ReorganisationProposals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SavingsProposals_SavingsProgrammes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "SavingsProgrammes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SavingsProposals_OwnerCentreCode",
                table: "SavingsProposals",
                column: "OwnerCentreCode");

            migrationBuilder.CreateIndex(
                name: "IX_SavingsProposals_ProgrammeId_NumberKey",
                table: "SavingsProposals",
                columns: new[] { "ProgrammeId", "NumberKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SavingsProposals_ReorganisationProposalId",
                table: "SavingsProposals",
                column: "ReorganisationProposalId");

            migrationBuilder.CreateIndex(
                name: "IX_SavingsProposals_Status",
                table: "SavingsProposals",
                column: "Status");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SavingsProposals");

            migrationBuilder.DropTable(
                name: "SavingsProgrammes");
        }
    }
}
