using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BudgetPilot.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CurrencyRates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "currency_from",
                table: "metric_samples",
                type: "character varying(3)",
                maxLength: 3,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "currency_rate",
                table: "metric_samples",
                type: "numeric(24,12)",
                precision: 24,
                scale: 12,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "currency_rate_as_of",
                table: "metric_samples",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "currency_rate_source",
                table: "metric_samples",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "currency_to",
                table: "metric_samples",
                type: "character varying(3)",
                maxLength: 3,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "reported_conversion_value",
                table: "metric_samples",
                type: "numeric(20,6)",
                precision: 20,
                scale: 6,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "reported_spend",
                table: "metric_samples",
                type: "numeric(20,6)",
                precision: 20,
                scale: 6,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "budget_currency_from",
                table: "campaigns",
                type: "character varying(3)",
                maxLength: 3,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "budget_currency_rate",
                table: "campaigns",
                type: "numeric(24,12)",
                precision: 24,
                scale: 12,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "budget_currency_rate_as_of",
                table: "campaigns",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "budget_currency_rate_source",
                table: "campaigns",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "budget_currency_to",
                table: "campaigns",
                type: "character varying(3)",
                maxLength: 3,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "budget_on_ad_sets",
                table: "campaigns",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<decimal>(
                name: "reported_daily_budget",
                table: "campaigns",
                type: "numeric(20,6)",
                precision: 20,
                scale: 6,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "currency_from",
                table: "metric_samples");

            migrationBuilder.DropColumn(
                name: "currency_rate",
                table: "metric_samples");

            migrationBuilder.DropColumn(
                name: "currency_rate_as_of",
                table: "metric_samples");

            migrationBuilder.DropColumn(
                name: "currency_rate_source",
                table: "metric_samples");

            migrationBuilder.DropColumn(
                name: "currency_to",
                table: "metric_samples");

            migrationBuilder.DropColumn(
                name: "reported_conversion_value",
                table: "metric_samples");

            migrationBuilder.DropColumn(
                name: "reported_spend",
                table: "metric_samples");

            migrationBuilder.DropColumn(
                name: "budget_currency_from",
                table: "campaigns");

            migrationBuilder.DropColumn(
                name: "budget_currency_rate",
                table: "campaigns");

            migrationBuilder.DropColumn(
                name: "budget_currency_rate_as_of",
                table: "campaigns");

            migrationBuilder.DropColumn(
                name: "budget_currency_rate_source",
                table: "campaigns");

            migrationBuilder.DropColumn(
                name: "budget_currency_to",
                table: "campaigns");

            migrationBuilder.DropColumn(
                name: "budget_on_ad_sets",
                table: "campaigns");

            migrationBuilder.DropColumn(
                name: "reported_daily_budget",
                table: "campaigns");
        }
    }
}
