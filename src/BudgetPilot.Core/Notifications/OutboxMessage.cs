using BudgetPilot.Core.Alerts;

namespace BudgetPilot.Core.Notifications;

/// <summary>
/// One message for one channel, persisted before any delivery is tried: its status, attempts and last
/// error are the record of what the manager was (or was not) told.
/// </summary>
public sealed record OutboxMessage(
    Guid Id,
    string WorkspaceId,
    string Channel,
    NotificationKind Kind,
    AlertSeverity Severity,
    string DedupeKey,
    string Title,
    string Body,
    DateTimeOffset CreatedAt,
    DateTimeOffset DueAt,
    OutboxStatus Status)
{
    public IReadOnlyList<NotificationLink> Links { get; init; } = [];

    public string? RateKey { get; init; }

    /// <summary>For a digest, the titles of the events it carries.</summary>
    public IReadOnlyList<string> Items { get; init; } = [];

    public int Attempts { get; init; }

    public string? LastError { get; init; }

    public DateTimeOffset? SentAt { get; init; }

    public bool IsDigest => Items.Count > 0;

}
