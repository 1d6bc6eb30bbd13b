namespace BudgetPilot.Core.Notifications;

public enum OutboxStatus
{
    /// <summary>A low-severity event waiting to be folded into the channel's next digest.</summary>
    Held,
    Pending,
    Sent,
    /// <summary>Retries exhausted: kept, with its last error, for the feed and the audit.</summary>
    Failed,
    /// <summary>Folded into a digest message; never sent on its own.</summary>
    Digested,
}
