using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HojeTaastrup.Admin.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class AddOrganisationAndReorganisation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "OrganisationVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    Source = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrganisationVersions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReorganisationProposals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Purpose = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    EffectiveDate = table.Column<DateOnly>(type: "date", nullable: false),
                    TargetCentreCount = table.Column<int>(type: "integer", nullable: true),
                    TargetYearlySaving = table.Column<long>(type: "bigint", nullable: true),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    BaselineJson = table.Column<string>(type: "text", nullable: false),
                    ChangesJson = table.Column<string>(type: "text", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReorganisationProposals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Centres",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationVersionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Key = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    DirectorateKey = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Centres", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Centres_OrganisationVersions_OrganisationVersionId",
                        column: x => x.OrganisationVersionId,
                        principalTable: "OrganisationVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Directorates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationVersionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Key = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DirectorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Directorates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Directorates_OrganisationVersions_OrganisationVersionId",
                        column: x => x.OrganisationVersionId,
                        principalTable: "OrganisationVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Units",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationVersionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Key = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CentreKey = table.Column<Guid>(type: "uuid", nullable: false),
                    Fte = table.Column<decimal>(type: "numeric(9,1)", precision: 9, scale: 1, nullable: false),
                    Payroll = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Units", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Units_OrganisationVersions_OrganisationVersionId",
                        column: x => x.OrganisationVersionId,
                        principalTable: "OrganisationVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ImplementationProjects",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProposalId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Owner = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImplementationProjects", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ImplementationProjects_ReorganisationProposals_ProposalId",
                        column: x => x.ProposalId,
                        principalTable: "ReorganisationProposals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Centres_OrganisationVersionId_Code",
                table: "Centres",
                columns: new[] { "OrganisationVersionId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Centres_OrganisationVersionId_Key",
                table: "Centres",
                columns: new[] { "OrganisationVersionId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Directorates_OrganisationVersionId_Key",
                table: "Directorates",
                columns: new[] { "OrganisationVersionId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ImplementationProjects_ProposalId",
                table: "ImplementationProjects",
                column: "ProposalId");

            migrationBuilder.CreateIndex(
                name: "IX_OrganisationVersions_EffectiveFrom",
                table: "OrganisationVersions",
                column: "EffectiveFrom",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReorganisationProposals_Status",
                table: "ReorganisationProposals",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_Units_OrganisationVersionId_CentreKey",
                table: "Units",
                columns: new[] { "OrganisationVersionId", "CentreKey" });

            migrationBuilder.CreateIndex(
                name: "IX_Units_OrganisationVersionId_Key",
                table: "Units",
                columns: new[] { "OrganisationVersionId", "Key" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Centres");

            migrationBuilder.DropTable(
                name: "Directorates");

            migrationBuilder.DropTable(
                name: "ImplementationProjects");

            migrationBuilder.DropTable(
                name: "Units");

            migrationBuilder.DropTable(
                name: "ReorganisationProposals");

            migrationBuilder.DropTable(
                name: "OrganisationVersions");
        }
    }
}
