using BudgetPilot.Core.Alerts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BudgetPilot.Storage.Alerts;

internal sealed class AlertRow
{
    public Guid Id { get; set; }

    public required string WorkspaceId { get; set; }

    public string? CampaignId { get; set; }

    public AlertKind Kind { get; set; }

    public AlertSeverity Severity { get; set; }

    public required string Message { get; set; }

    public DateTimeOffset OpenedAt { get; set; }

    public DateTimeOffset LastSeenAt { get; set; }

    public DateTimeOffset? ResolvedAt { get; set; }

    public decimal? Observed { get; set; }

    public decimal? Threshold { get; set; }

    public static AlertRow From(Alert alert)
    {
        var row = new AlertRow { Id = alert.Id, WorkspaceId = alert.WorkspaceId, Message = alert.Message };
        row.CopyFrom(alert);
        return row;
    }

    public void CopyFrom(Alert alert)
    {
        WorkspaceId = alert.WorkspaceId;
        CampaignId = alert.Campaign?.ToString();
        Kind = alert.Kind;
        Severity = alert.Severity;
        Message = alert.Message;
        OpenedAt = alert.OpenedAt;
        LastSeenAt = alert.LastSeenAt;
        ResolvedAt = alert.ResolvedAt;
        Observed = alert.Observed;
        Threshold = alert.Threshold;
    }

    public Alert ToAlert() => new(
        Id,
        WorkspaceId,
        CampaignId is null ? null : Core.Campaigns.CampaignId.Parse(CampaignId),
        Kind,
        Severity,
        Message,
        OpenedAt,
        LastSeenAt)
    {
        ResolvedAt = ResolvedAt,
        Observed = Observed,
        Threshold = Threshold,
    };

    public static void Configure(EntityTypeBuilder<AlertRow> entity)
    {
        entity.ToTable("alerts");
        entity.HasKey(a => a.Id);
        entity.Property(a => a.Id).ValueGeneratedNever();
        entity.Property(a => a.WorkspaceId).HasMaxLength(64);
        entity.Property(a => a.CampaignId).HasMaxLength(160);
        entity.HasIndex(a => a.WorkspaceId).HasFilter("resolved_at IS NULL").HasDatabaseName("ix_alerts_open");
        entity.HasIndex(a => new { a.WorkspaceId, a.OpenedAt });
        entity.HasIndex(a => new { a.WorkspaceId, a.ResolvedAt });
    }
}
