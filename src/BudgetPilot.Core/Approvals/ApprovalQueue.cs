using BudgetPilot.Core.Decisions;

namespace BudgetPilot.Core.Approvals;

/// <summary>The seed's priority ranking: urgent first, then higher risk, bigger money, and sooner expiry.</summary>
public static class ApprovalQueue
{
    public static IReadOnlyList<ApprovalRequest> Rank(IEnumerable<ApprovalRequest> pending) =>
        [.. pending
            .OrderBy(r => r.Actions.Min(a => a.Urgency))
            .ThenByDescending(r => r.Actions.Max(a => a.Risk))
            .ThenByDescending(r => r.Actions.Sum(a => Math.Abs(a.EstimatedImpact.DailyProfitChange) + a.EstimatedImpact.DailySavings))
            .ThenBy(r => r.ExpiresAt)
            .ThenBy(r => r.Id)];

    public static Urgency UrgencyOf(ApprovalRequest request) => request.Actions.Min(a => a.Urgency);
}
