using System.Globalization;
using BudgetPilot.Core.Alerts;
using BudgetPilot.Core.Approvals;
using BudgetPilot.Core.Execution;
using BudgetPilot.Core.Notifications;

namespace BudgetPilot.Reports.Notifications;

/// <summary>
/// Turns what the stores say happened in a window into notifications. Pure: the same window gives the
/// same events with the same keys, so re-reading a window after a restart sends nothing twice.
/// </summary>
public static class EventExtractor
{
    /// <summary>How long before an approval auto-rejects that the manager gets a last reminder.</summary>
    public static readonly TimeSpan ExpiryWarning = TimeSpan.FromHours(1);

    public static IReadOnlyList<Notification> Extract(CycleEvents events, DashboardLinks links)
    {
        var list = new List<Notification>();
        list.AddRange(events.Audit.Where(e => e.Kind == AuditKind.Outcome && e.Outcome is OutcomeStatus.Succeeded or OutcomeStatus.Failed)
            .Select(e => Executed(events.WorkspaceId, e, links)));
        foreach (var request in events.Pending)
        {
            if (request.RequestedAt >= events.From && request.RequestedAt < events.To)
            {
                list.Add(Approval(request, NotificationKind.ApprovalRequested, "Approval needed", links));
            }

            var left = request.ExpiresAt - events.To;
            if (left > TimeSpan.Zero && left <= ExpiryWarning)
            {
                list.Add(Approval(request, NotificationKind.ApprovalExpiring, $"Approval expires in {(int)left.TotalMinutes} min", links));
            }
        }

        foreach (var alert in events.Alerts)
        {
            if (alert.OpenedAt >= events.From && alert.OpenedAt < events.To)
            {
                list.Add(Raised(alert, links));
            }

            if (alert.ResolvedAt is { } resolved && resolved >= events.From && resolved < events.To)
            {
                list.Add(new Notification(alert.WorkspaceId, NotificationKind.AlertResolved, AlertSeverity.Low, resolved, $"alert-resolved|{alert.Id}",
                    $"Resolved: {alert.Kind} on {alert.Campaign?.ToString() ?? "the workspace"}", alert.Message)
                { Links = [new("Alerts", links.Alerts())] });
            }
        }

        foreach (var grace in events.Graces.Where(g => g.CreatedAt >= events.From && g.CreatedAt < events.To))
        {
            list.Add(Scheduled(grace, links));
        }

        var failureAlerted = events.Alerts.Any(a => a.Kind == AlertKind.CycleFailed && a.OpenedAt >= events.From && a.OpenedAt < events.To);
        if (!failureAlerted)
        {
            list.AddRange(events.Cycles.Where(c => c.Errors.Count > 0).Select(c => new Notification(
                c.WorkspaceId, NotificationKind.CycleFailed, AlertSeverity.High, c.At, $"cycle|{c.Id}", "Optimization cycle failed", string.Join("\n", c.Errors))
            {
                RateKey = $"alert-kind|{AlertKind.CycleFailed}",
                Links = [new("Cycles", links.Cycles())],
            }));
        }

        return [.. list.OrderBy(n => n.At).ThenBy(n => n.DedupeKey, StringComparer.Ordinal)];
    }

    private static Notification Executed(string workspaceId, AuditEntry entry, DashboardLinks links)
    {
        var failed = entry.Outcome == OutcomeStatus.Failed;
        var change = entry.Before is { } before && entry.After is { } after && before.DailyBudget != after.DailyBudget
            ? string.Create(CultureInfo.InvariantCulture, $" budget {before.DailyBudget:0.##} → {after.DailyBudget:0.##}")
            : string.Empty;
        var severity = failed ? AlertSeverity.High : entry.Action == Core.Decisions.ActionType.Pause ? AlertSeverity.Medium : AlertSeverity.Low;
        var title = $"{(failed ? "Failed" : "Done")}: {entry.Action} {entry.CampaignName ?? entry.Campaign?.ToString()}{change}";
        return new Notification(workspaceId, NotificationKind.ActionExecuted, severity, entry.At, $"action|{entry.IdempotencyKey ?? entry.Sequence.ToString(CultureInfo.InvariantCulture)}",
            title, entry.Reason)
        { Links = [new("Actions", links.Actions())] };
    }

    private static Notification Approval(ApprovalRequest request, NotificationKind kind, string headline, DashboardLinks links)
    {
        var primary = request.Primary;
        var body = string.Create(CultureInfo.InvariantCulture,
            $"{primary.Type} {primary.CampaignName}: {primary.CurrentState.Budget:0.##} → {primary.NewBudget:0.##}. {request.WhyApprovalNeeded} Auto-rejects at {request.ExpiresAt:u}.");
        return new Notification(request.WorkspaceId, kind, AlertSeverity.High,
            kind == NotificationKind.ApprovalRequested ? request.RequestedAt : request.ExpiresAt - ExpiryWarning,
            $"{(kind == NotificationKind.ApprovalRequested ? "approval" : "approval-expiring")}|{request.Id}", $"{headline}: {primary.CampaignName}", body)
        {
            Links = [new("Approve", links.Approval(request.Id, "approve")), new("Reject", links.Approval(request.Id, "reject"))],
        };
    }

    // An approval request cannot be extended, a grace pause can: the Extend button belongs to the pause.
    private static Notification Scheduled(GracePause grace, DashboardLinks links)
    {
        var name = grace.Action.CampaignName;
        var body = string.Create(CultureInfo.InvariantCulture, $"The AI will pause {name} at {grace.DueAt:u} unless it recovers. {grace.Action.Reasoning}");
        return new Notification(grace.WorkspaceId, NotificationKind.AlertRaised, AlertSeverity.Critical, grace.CreatedAt, $"grace|{grace.Id}", $"Pause scheduled: {name}", body)
        {
            Links = [new("Extend", links.Grace(grace.Id, "extend")), new("Override", links.Grace(grace.Id, "override")), new("Approve early pause", links.Grace(grace.Id, "approve-early"))],
        };
    }

    private static Notification Raised(Alert alert, DashboardLinks links)
    {
        var kind = alert.Kind switch
        {
            AlertKind.CycleFailed => NotificationKind.CycleFailed,
            AlertKind.PlatformUnreachable => NotificationKind.PlatformUnreachable,
            _ => NotificationKind.AlertRaised,
        };
        return new Notification(alert.WorkspaceId, kind, alert.Severity, alert.OpenedAt, $"alert|{alert.Id}",
            $"{alert.Severity} alert: {alert.Kind} on {alert.Campaign?.ToString() ?? "the workspace"}", alert.Message)
        {
            RateKey = $"alert-kind|{alert.Kind}",
            Links = [new("Alerts", links.Alerts())],
        };
    }
}
