using BudgetPilot.Core.Campaigns;

namespace BudgetPilot.Simulation.Constraints;

public sealed record Violation(DateTimeOffset At, CampaignId Campaign, ViolationKind Kind, string Detail);
