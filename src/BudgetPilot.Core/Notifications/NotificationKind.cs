namespace BudgetPilot.Core.Notifications;

/// <summary>What a manager can subscribe a channel to.</summary>
public enum NotificationKind
{
    ActionExecuted,
    ApprovalRequested,
    ApprovalExpiring,
    AlertRaised,
    AlertResolved,
    CycleFailed,
    PlatformUnreachable,
    ReportReady,
}
