namespace BudgetPilot.Web.Graces;

/// <summary>A pause waiting out its grace period: "AI will pause at 14:00 unless ROAS recovers".</summary>
public sealed record GraceView(Guid Id, string Campaign, string CampaignName, string Reasoning, string? Condition, DateTimeOffset DueAt, int SecondsLeft, int Extensions, double Confidence);
