using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BudgetPilot.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AllocatorState : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "allocator_days",
                columns: table => new
                {
                    workspace_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    campaign_id = table.Column<string>(type: "TEXT", maxLength: 160, nullable: false),
                    date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    spend = table.Column<double>(type: "REAL", nullable: false),
                    value = table.Column<double>(type: "REAL", nullable: false),
                    conversions = table.Column<double>(type: "REAL", nullable: false),
                    value_age1 = table.Column<double>(type: "REAL", nullable: false),
                    value_age2 = table.Column<double>(type: "REAL", nullable: false),
                    value_age3 = table.Column<double>(type: "REAL", nullable: false),
                    value_age4 = table.Column<double>(type: "REAL", nullable: false),
                    value_age5 = table.Column<double>(type: "REAL", nullable: false),
                    value_age6 = table.Column<double>(type: "REAL", nullable: false),
                    value_age7 = table.Column<double>(type: "REAL", nullable: false),
                    learned = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_allocator_days", x => new { x.workspace_id, x.campaign_id, x.date });
                });

            migrationBuilder.CreateTable(
                name: "allocator_state",
                columns: table => new
                {
                    workspace_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    last_decided = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    maturity = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_allocator_state", x => x.workspace_id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_allocator_days_workspace_date",
                table: "allocator_days",
                columns: new[] { "workspace_id", "date" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "allocator_days");

            migrationBuilder.DropTable(
                name: "allocator_state");
        }
    }
}
