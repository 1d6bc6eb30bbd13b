using BudgetPilot.Core.Approvals;
using BudgetPilot.Core.Decisions;
using BudgetPilot.Storage.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BudgetPilot.Storage.Approvals;

internal sealed class GracePauseRow
{
    public Guid Id { get; set; }

    public required string WorkspaceId { get; set; }

    public required string CampaignId { get; set; }

    public required string ActionJson { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset DueAt { get; set; }

    public GraceStatus Status { get; set; }

    public string? DecidedBy { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    public string? Note { get; set; }

    public int Extensions { get; set; }

    public static GracePauseRow From(GracePause pause)
    {
        var row = new GracePauseRow { Id = pause.Id, WorkspaceId = "", CampaignId = "", ActionJson = "" };
        row.CopyFrom(pause);
        return row;
    }

    public void CopyFrom(GracePause pause)
    {
        WorkspaceId = pause.WorkspaceId;
        CampaignId = pause.Action.Campaign.ToString();
        ActionJson = JsonColumn.Write(pause.Action);
        CreatedAt = pause.CreatedAt;
        DueAt = pause.DueAt;
        Status = pause.Status;
        DecidedBy = pause.DecidedBy;
        ClosedAt = pause.ClosedAt;
        Note = pause.Note;
        Extensions = pause.Extensions;
    }

    public GracePause ToPause() => new(Id, WorkspaceId, JsonColumn.Read<ProposedAction>(ActionJson), CreatedAt, DueAt, Status)
    {
        DecidedBy = DecidedBy,
        ClosedAt = ClosedAt,
        Note = Note,
        Extensions = Extensions,
    };

    public static void Configure(EntityTypeBuilder<GracePauseRow> entity)
    {
        entity.ToTable("grace_pauses");
        entity.HasKey(g => g.Id);
        entity.Property(g => g.Id).ValueGeneratedNever();
        entity.Property(g => g.WorkspaceId).HasMaxLength(64);
        entity.Property(g => g.CampaignId).HasMaxLength(160);
        entity.HasIndex(g => new { g.WorkspaceId, g.DueAt }).HasFilter("status = 'Waiting'").HasDatabaseName("ix_grace_pauses_waiting");
    }
}
