using BudgetPilot.Core.Alerts;
using BudgetPilot.Core.Analysis;
using BudgetPilot.Core.Approvals;
using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Decisions;
using BudgetPilot.Core.Notifications;
using BudgetPilot.Reports.Notifications;

namespace BudgetPilot.Reports.Tests.Fakes;

/// <summary>Small hand-made inputs for the pure parts.</summary>
internal static class Sample
{
    public static readonly DateTimeOffset Now = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);

    public static readonly DashboardLinks Links = new(new Uri("https://budgetpilot.example.test/"));

    public static readonly CampaignId Campaign = new(Platform.MetaAds, "123");

    public static Alert Alert(AlertKind kind, AlertSeverity severity, DateTimeOffset opened, CampaignId? campaign = null) =>
        new(Guid.NewGuid(), "ws", campaign ?? Campaign, kind, severity, $"{kind} detected", opened, opened);

    public static Notification Event(NotificationKind kind, AlertSeverity severity, string key, string? rate = null, DateTimeOffset? at = null) =>
        new("ws", kind, severity, at ?? Now, key, $"title {key}", "body") { RateKey = rate };

    public static ApprovalRequest Approval(DateTimeOffset requested, TimeSpan lifetime)
    {
        var action = new ProposedAction(
            "a1", Campaign, "Spring sale", ActionType.IncreaseBudget, new CurrentState(100m, 700m, 2800m, 4m, TrendDirection.Rising), 150m,
            "more revenue", "ROAS well above target", 0.9, RiskLevel.Medium, new EstimatedImpact(0m, 50m, 30m), Urgency.Opportunity, "rules");
        return new ApprovalRequest(Guid.NewGuid(), "ws", [action], "increase above 30%", requested, requested + lifetime, ApprovalStatus.Pending);
    }
}
