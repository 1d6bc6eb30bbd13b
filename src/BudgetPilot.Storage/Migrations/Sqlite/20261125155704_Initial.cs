using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BudgetPilot.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "alerts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    workspace_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    campaign_id = table.Column<string>(type: "TEXT", maxLength: 160, nullable: true),
                    kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    severity = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    message = table.Column<string>(type: "TEXT", nullable: false),
                    opened_at = table.Column<long>(type: "INTEGER", nullable: false),
                    last_seen_at = table.Column<long>(type: "INTEGER", nullable: false),
                    resolved_at = table.Column<long>(type: "INTEGER", nullable: true),
                    observed = table.Column<decimal>(type: "TEXT", precision: 20, scale: 6, nullable: true),
                    threshold = table.Column<decimal>(type: "TEXT", precision: 20, scale: 6, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_alerts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "approval_requests",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    workspace_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    campaign_id = table.Column<string>(type: "TEXT", maxLength: 160, nullable: false),
                    action_json = table.Column<string>(type: "TEXT", nullable: false),
                    why_approval_needed = table.Column<string>(type: "TEXT", nullable: false),
                    requested_at = table.Column<long>(type: "INTEGER", nullable: false),
                    expires_at = table.Column<long>(type: "INTEGER", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    decided_by = table.Column<string>(type: "TEXT", nullable: true),
                    decided_at = table.Column<long>(type: "INTEGER", nullable: true),
                    comment = table.Column<string>(type: "TEXT", nullable: true),
                    execution_result = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_approval_requests", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "audit_entries",
                columns: table => new
                {
                    sequence = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    workspace_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    at = table.Column<long>(type: "INTEGER", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    actor = table.Column<string>(type: "TEXT", nullable: false),
                    reason = table.Column<string>(type: "TEXT", nullable: false),
                    idempotency_key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    action_id = table.Column<string>(type: "TEXT", nullable: true),
                    campaign_id = table.Column<string>(type: "TEXT", maxLength: 160, nullable: true),
                    campaign_name = table.Column<string>(type: "TEXT", nullable: true),
                    action = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    before_status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    before_budget = table.Column<decimal>(type: "TEXT", precision: 20, scale: 6, nullable: true),
                    after_status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    after_budget = table.Column<decimal>(type: "TEXT", precision: 20, scale: 6, nullable: true),
                    outcome = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    moved = table.Column<decimal>(type: "TEXT", precision: 20, scale: 6, nullable: false),
                    confidence = table.Column<double>(type: "REAL", nullable: true),
                    group_id = table.Column<string>(type: "TEXT", nullable: true),
                    detail = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_entries", x => x.sequence);
                });

            migrationBuilder.CreateTable(
                name: "campaigns",
                columns: table => new
                {
                    workspace_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    campaign_id = table.Column<string>(type: "TEXT", maxLength: 160, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    daily_budget = table.Column<decimal>(type: "TEXT", precision: 20, scale: 6, nullable: false),
                    started_at = table.Column<long>(type: "INTEGER", nullable: false),
                    has_shared_budget = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_campaigns", x => new { x.workspace_id, x.campaign_id });
                });

            migrationBuilder.CreateTable(
                name: "cycles",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    workspace_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    at = table.Column<long>(type: "INTEGER", nullable: false),
                    duration = table.Column<long>(type: "INTEGER", nullable: false),
                    hour_mark = table.Column<bool>(type: "INTEGER", nullable: false),
                    report_json = table.Column<string>(type: "TEXT", nullable: true),
                    counts_json = table.Column<string>(type: "TEXT", nullable: false),
                    errors_json = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cycles", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "grace_pauses",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    workspace_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    campaign_id = table.Column<string>(type: "TEXT", maxLength: 160, nullable: false),
                    action_json = table.Column<string>(type: "TEXT", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    due_at = table.Column<long>(type: "INTEGER", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    decided_by = table.Column<string>(type: "TEXT", nullable: true),
                    closed_at = table.Column<long>(type: "INTEGER", nullable: true),
                    note = table.Column<string>(type: "TEXT", nullable: true),
                    extensions = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_grace_pauses", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "metric_samples",
                columns: table => new
                {
                    workspace_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    campaign_id = table.Column<string>(type: "TEXT", maxLength: 160, nullable: false),
                    hour = table.Column<long>(type: "INTEGER", nullable: false),
                    spend = table.Column<decimal>(type: "TEXT", precision: 20, scale: 6, nullable: false),
                    impressions = table.Column<long>(type: "INTEGER", nullable: false),
                    clicks = table.Column<long>(type: "INTEGER", nullable: false),
                    conversions = table.Column<decimal>(type: "TEXT", precision: 20, scale: 6, nullable: false),
                    conversion_value = table.Column<decimal>(type: "TEXT", precision: 20, scale: 6, nullable: false),
                    impression_share = table.Column<double>(type: "REAL", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_metric_samples", x => new { x.workspace_id, x.campaign_id, x.hour });
                });

            migrationBuilder.CreateIndex(
                name: "IX_alerts_workspace_id_opened_at",
                table: "alerts",
                columns: new[] { "workspace_id", "opened_at" });

            migrationBuilder.CreateIndex(
                name: "IX_alerts_workspace_id_resolved_at",
                table: "alerts",
                columns: new[] { "workspace_id", "resolved_at" });

            migrationBuilder.CreateIndex(
                name: "ix_alerts_open",
                table: "alerts",
                column: "workspace_id",
                filter: "resolved_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_approval_requests_workspace_id_requested_at",
                table: "approval_requests",
                columns: new[] { "workspace_id", "requested_at" });

            migrationBuilder.CreateIndex(
                name: "ix_approval_requests_pending",
                table: "approval_requests",
                columns: new[] { "workspace_id", "expires_at" },
                filter: "status = 'Pending'");

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_idempotency_key_kind",
                table: "audit_entries",
                columns: new[] { "idempotency_key", "kind" });

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_workspace_id_at",
                table: "audit_entries",
                columns: new[] { "workspace_id", "at" });

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_workspace_id_sequence",
                table: "audit_entries",
                columns: new[] { "workspace_id", "sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_cycles_workspace_id_at",
                table: "cycles",
                columns: new[] { "workspace_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_grace_pauses_waiting",
                table: "grace_pauses",
                columns: new[] { "workspace_id", "due_at" },
                filter: "status = 'Waiting'");

            migrationBuilder.CreateIndex(
                name: "IX_metric_samples_workspace_id_hour",
                table: "metric_samples",
                columns: new[] { "workspace_id", "hour" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "alerts");

            migrationBuilder.DropTable(
                name: "approval_requests");

            migrationBuilder.DropTable(
                name: "audit_entries");

            migrationBuilder.DropTable(
                name: "campaigns");

            migrationBuilder.DropTable(
                name: "cycles");

            migrationBuilder.DropTable(
                name: "grace_pauses");

            migrationBuilder.DropTable(
                name: "metric_samples");
        }
    }
}
