using BudgetPilot.Core.Alerts;
using BudgetPilot.Core.Notifications;

namespace BudgetPilot.Reports.Notifications;

/// <summary>
/// What one channel wants: which kinds, from which severity, when it must stay quiet, and from which
/// severity a message goes at once rather than into the hourly digest.
/// </summary>
public sealed record ChannelPolicy(string Channel)
{
    public IReadOnlySet<NotificationKind> Kinds { get; init; } = Enum.GetValues<NotificationKind>().ToHashSet();

    public AlertSeverity MinSeverity { get; init; } = AlertSeverity.Low;

    /// <summary>Below this, events wait for the digest (at most one an hour).</summary>
    public AlertSeverity ImmediateFrom { get; init; } = AlertSeverity.Medium;

    public QuietHours? QuietHours { get; init; }

    public TimeSpan DigestInterval { get; init; } = TimeSpan.FromHours(1);

    public bool Wants(Notification notification) => Kinds.Contains(notification.Kind) && notification.Severity >= MinSeverity;

    /// <summary>When a message may go: now, or when quiet hours end. Critical events ignore quiet hours.</summary>
    public DateTimeOffset DueAt(Notification notification, DateTimeOffset now) =>
        notification.Severity == AlertSeverity.Critical || QuietHours is null ? now : QuietHours.NextOpen(now);
}
