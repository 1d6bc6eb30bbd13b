using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Decisions;
using BudgetPilot.Core.Execution;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BudgetPilot.Storage.Audit;

/// <summary>Inserted once, never changed: the context refuses updates and deletes, and so do database triggers.</summary>
internal sealed class AuditEntryRow
{
    public long Sequence { get; set; }

    public required string WorkspaceId { get; set; }

    public DateTimeOffset At { get; set; }

    public AuditKind Kind { get; set; }

    public required string Actor { get; set; }

    public required string Reason { get; set; }

    public string? IdempotencyKey { get; set; }

    public string? ActionId { get; set; }

    public string? CampaignId { get; set; }

    public string? CampaignName { get; set; }

    public ActionType? Action { get; set; }

    public CampaignStatus? BeforeStatus { get; set; }

    public decimal? BeforeBudget { get; set; }

    public CampaignStatus? AfterStatus { get; set; }

    public decimal? AfterBudget { get; set; }

    public OutcomeStatus? Outcome { get; set; }

    public decimal Moved { get; set; }

    public double? Confidence { get; set; }

    public string? GroupId { get; set; }

    public string? Detail { get; set; }

    public static AuditEntryRow From(AuditEntry entry) => new()
    {
        WorkspaceId = entry.WorkspaceId,
        At = entry.At,
        Kind = entry.Kind,
        Actor = entry.Actor,
        Reason = entry.Reason,
        IdempotencyKey = entry.IdempotencyKey,
        ActionId = entry.ActionId,
        CampaignId = entry.Campaign?.ToString(),
        CampaignName = entry.CampaignName,
        Action = entry.Action,
        BeforeStatus = entry.Before?.Status,
        BeforeBudget = entry.Before?.DailyBudget,
        AfterStatus = entry.After?.Status,
        AfterBudget = entry.After?.DailyBudget,
        Outcome = entry.Outcome,
        Moved = entry.Moved,
        Confidence = entry.Confidence,
        GroupId = entry.GroupId,
        Detail = entry.Detail,
    };

    public AuditEntry ToEntry() => new(WorkspaceId, At, Kind, Actor, Reason)
    {
        Sequence = Sequence,
        IdempotencyKey = IdempotencyKey,
        ActionId = ActionId,
        Campaign = CampaignId is null ? null : Core.Campaigns.CampaignId.Parse(CampaignId),
        CampaignName = CampaignName,
        Action = Action,
        Before = Snapshot(BeforeStatus, BeforeBudget),
        After = Snapshot(AfterStatus, AfterBudget),
        Outcome = Outcome,
        Moved = Moved,
        Confidence = Confidence,
        GroupId = GroupId,
        Detail = Detail,
    };

    private static CampaignSnapshot? Snapshot(CampaignStatus? status, decimal? budget) =>
        status is { } s && budget is { } b ? new CampaignSnapshot(s, b) : null;

    public static void Configure(EntityTypeBuilder<AuditEntryRow> entity)
    {
        entity.ToTable("audit_entries");
        entity.HasKey(a => a.Sequence);
        entity.Property(a => a.Sequence).ValueGeneratedOnAdd();
        entity.Property(a => a.WorkspaceId).HasMaxLength(64);
        entity.Property(a => a.IdempotencyKey).HasMaxLength(200);
        entity.Property(a => a.CampaignId).HasMaxLength(160);
        entity.HasIndex(a => new { a.WorkspaceId, a.Sequence });
        entity.HasIndex(a => new { a.WorkspaceId, a.At });
        entity.HasIndex(a => new { a.IdempotencyKey, a.Kind });
    }
}
