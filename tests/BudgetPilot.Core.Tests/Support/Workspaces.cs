using BudgetPilot.Core.Campaigns;

namespace BudgetPilot.Core.Tests.Support;

public static class Workspaces
{
    public static Workspace Utc { get; } = new("ws-utc", "Acme (UTC)", 10_000m, "USD", TimeZoneInfo.Utc, MinRoas: 2.0m, TargetCpa: null, MaxCampaignBudget: 5_000m);

    public static Workspace NewYork { get; } = Utc with
    {
        Id = "ws-ny",
        Name = "Acme (New York)",
        TimeZone = TimeZoneInfo.FindSystemTimeZoneById("America/New_York"),
    };
}
