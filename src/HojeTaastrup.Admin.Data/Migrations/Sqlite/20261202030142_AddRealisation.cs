using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HojeTaastrup.Admin.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddRealisation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BudgetFollowUps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NameKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FrozenAt = table.Column<long>(type: "INTEGER", nullable: false),
                    FrozenBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    YearsJson = table.Column<string>(type: "TEXT", nullable: false),
                    ProposalsJson = table.Column<string>(type: "TEXT", nullable: false),
                    CoversJson = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BudgetFollowUps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BudgetFollowUps_SavingsProgrammes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "SavingsProgrammes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CoverMeasures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    ProposalId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Realised = table.Column<long>(type: "INTEGER", nullable: false),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CoverMeasures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CoverMeasures_SavingsProgrammes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "SavingsProgrammes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CoverMeasures_SavingsProposals_ProposalId",
                        column: x => x.ProposalId,
                        principalTable: "SavingsProposals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InvestmentFunds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    GrantsJson = table.Column<string>(type: "TEXT", nullable: false),
                    DisbursementsJson = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InvestmentFunds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InvestmentFunds_SavingsProgrammes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "SavingsProgrammes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProposalRealisations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProposalId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlannedJson = table.Column<string>(type: "TEXT", nullable: false),
                    BaselinedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    BaselinedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RebaselinesJson = table.Column<string>(type: "TEXT", nullable: false),
                    ForecastsJson = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProposalRealisations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProposalRealisations_SavingsProgrammes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "SavingsProgrammes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProposalRealisations_SavingsProposals_ProposalId",
                        column: x => x.ProposalId,
                        principalTable: "SavingsProposals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RealisationEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProposalId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Correction = table.Column<bool>(type: "INTEGER", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ImportKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RealisationEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RealisationEntries_SavingsProgrammes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "SavingsProgrammes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RealisationEntries_SavingsProposals_ProposalId",
                        column: x => x.ProposalId,
                        principalTable: "SavingsProposals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BudgetFollowUps_ProgrammeId_NameKey",
                table: "BudgetFollowUps",
                columns: new[] { "ProgrammeId", "NameKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CoverMeasures_ProgrammeId",
                table: "CoverMeasures",
                column: "ProgrammeId");

            migrationBuilder.CreateIndex(
                name: "IX_CoverMeasures_ProposalId",
                table: "CoverMeasures",
                column: "ProposalId");

            migrationBuilder.CreateIndex(
                name: "IX_InvestmentFunds_ProgrammeId",
                table: "InvestmentFunds",
                column: "ProgrammeId");

            migrationBuilder.CreateIndex(
                name: "IX_ProposalRealisations_ProgrammeId",
                table: "ProposalRealisations",
                column: "ProgrammeId");

            migrationBuilder.CreateIndex(
                name: "IX_ProposalRealisations_ProposalId",
                table: "ProposalRealisations",
                column: "ProposalId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RealisationEntries_ProgrammeId_ImportKey",
                table: "RealisationEntries",
                columns: new[] { "ProgrammeId", "ImportKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RealisationEntries_ProgrammeId_Year",
                table: "RealisationEntries",
                columns: new[] { "ProgrammeId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_RealisationEntries_ProposalId",
                table: "RealisationEntries",
                column: "ProposalId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BudgetFollowUps");

            migrationBuilder.DropTable(
                name: "CoverMeasures");

            migrationBuilder.DropTable(
                name: "InvestmentFunds");

            migrationBuilder.DropTable(
                name: "ProposalRealisations");

            migrationBuilder.DropTable(
                name: "RealisationEntries");
        }
    }
}
