using BudgetPilot.Core.Alerts;
using BudgetPilot.Core.Approvals;
using BudgetPilot.Core.Cycle;
using BudgetPilot.Core.Execution;

namespace BudgetPilot.Reports.Notifications;

/// <summary>What happened between two looks at a workspace, as stored: the input of <see cref="EventExtractor"/>.</summary>
public sealed record CycleEvents(
    string WorkspaceId,
    DateTimeOffset From,
    DateTimeOffset To,
    IReadOnlyList<CycleRecord> Cycles,
    IReadOnlyList<AuditEntry> Audit,
    IReadOnlyList<Alert> Alerts,
    IReadOnlyList<ApprovalRequest> Pending)
{
    /// <summary>Grace pauses still waiting; the ones scheduled in the window are announced with their Extend link.</summary>
    public IReadOnlyList<GracePause> Graces { get; init; } = [];

    /// <summary>Loads everything in [<paramref name="from"/>, <paramref name="to"/>) from the stores.</summary>
    public static async Task<CycleEvents> LoadAsync(Stores stores, string workspaceId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        new(
            workspaceId,
            from,
            to,
            await stores.Cycles.ListAsync(workspaceId, from, to, cancellationToken),
            await stores.Audit.ListAsync(workspaceId, from, to, cancellationToken),
            await stores.Alerts.ListAsync(workspaceId, from, to, cancellationToken),
            await stores.Approvals.ListPendingAsync(workspaceId, cancellationToken))
        {
            Graces = await stores.Graces.ListWaitingAsync(workspaceId, cancellationToken),
        };
}
