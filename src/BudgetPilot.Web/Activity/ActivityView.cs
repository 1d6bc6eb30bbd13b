using BudgetPilot.Web.Audit;

namespace BudgetPilot.Web.Activity;

/// <summary>The AI activity panel: the last 24 hours.</summary>
public sealed record ActivityView(int ActionsTaken, int PendingApprovals, int CampaignsMonitored, IReadOnlyList<AuditView> RecentActions);
