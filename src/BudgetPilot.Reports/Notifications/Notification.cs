using BudgetPilot.Core.Alerts;
using BudgetPilot.Core.Notifications;

namespace BudgetPilot.Reports.Notifications;

/// <summary>
/// One thing worth telling a manager. <see cref="DedupeKey"/> names the event itself (an alert, an
/// approval request, an action) so the same event is never sent twice on one channel.
/// </summary>
public sealed record Notification(
    string WorkspaceId,
    NotificationKind Kind,
    AlertSeverity Severity,
    DateTimeOffset At,
    string DedupeKey,
    string Title,
    string Body)
{
    public IReadOnlyList<NotificationLink> Links { get; init; } = [];

    /// <summary>Alerts of one kind share this, so a burst of them is one message a day, not one per campaign.</summary>
    public string? RateKey { get; init; }

    /// <summary>This event as one channel's outbox message.</summary>
    public OutboxMessage ToOutbox(string channel, DateTimeOffset now, DateTimeOffset due, OutboxStatus status) =>
        new(Guid.NewGuid(), WorkspaceId, channel, Kind, Severity, DedupeKey, Title, Body, now, due, status)
        {
            Links = Links,
            RateKey = RateKey,
        };
}
