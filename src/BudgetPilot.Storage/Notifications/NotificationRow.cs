using BudgetPilot.Core.Alerts;
using BudgetPilot.Core.Notifications;
using BudgetPilot.Storage.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BudgetPilot.Storage.Notifications;

internal sealed class NotificationRow
{
    public Guid Id { get; set; }

    public required string WorkspaceId { get; set; }

    public required string Channel { get; set; }

    public NotificationKind Kind { get; set; }

    public AlertSeverity Severity { get; set; }

    public required string DedupeKey { get; set; }

    public string? RateKey { get; set; }

    public required string Title { get; set; }

    public required string Body { get; set; }

    public required string LinksJson { get; set; }

    public required string ItemsJson { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset DueAt { get; set; }

    public OutboxStatus Status { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    public static NotificationRow From(OutboxMessage m)
    {
        var row = new NotificationRow
        {
            Id = m.Id,
            WorkspaceId = m.WorkspaceId,
            Channel = m.Channel,
            DedupeKey = m.DedupeKey,
            Title = m.Title,
            Body = m.Body,
            LinksJson = "[]",
            ItemsJson = "[]",
        };
        row.CopyFrom(m);
        return row;
    }

    public void CopyFrom(OutboxMessage m)
    {
        Kind = m.Kind;
        Severity = m.Severity;
        DedupeKey = m.DedupeKey;
        RateKey = m.RateKey;
        Title = m.Title;
        Body = m.Body;
        LinksJson = JsonColumn.Write(m.Links);
        ItemsJson = JsonColumn.Write(m.Items);
        CreatedAt = m.CreatedAt;
        DueAt = m.DueAt;
        Status = m.Status;
        Attempts = m.Attempts;
        LastError = m.LastError;
        SentAt = m.SentAt;
    }

    public OutboxMessage ToMessage() => new(Id, WorkspaceId, Channel, Kind, Severity, DedupeKey, Title, Body, CreatedAt, DueAt, Status)
    {
        RateKey = RateKey,
        Links = JsonColumn.Read<List<NotificationLink>>(LinksJson),
        Items = JsonColumn.Read<List<string>>(ItemsJson),
        Attempts = Attempts,
        LastError = LastError,
        SentAt = SentAt,
    };

    public static void Configure(EntityTypeBuilder<NotificationRow> entity)
    {
        entity.ToTable("notifications");
        entity.HasKey(n => n.Id);
        entity.Property(n => n.Id).ValueGeneratedNever();
        entity.Property(n => n.WorkspaceId).HasMaxLength(64);
        entity.Property(n => n.Channel).HasMaxLength(40);
        entity.Property(n => n.DedupeKey).HasMaxLength(200);
        entity.Property(n => n.RateKey).HasMaxLength(200);
        entity.Property(n => n.LastError).HasMaxLength(2000);
        entity.HasIndex(n => new { n.WorkspaceId, n.CreatedAt });
        entity.HasIndex(n => new { n.Status, n.DueAt });
    }
}
