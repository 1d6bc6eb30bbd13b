using BudgetPilot.Core.Campaigns;

namespace BudgetPilot.Core.Decisions;

public sealed record BudgetReallocation(decimal TotalMoved, IReadOnlyList<BudgetMove> From, IReadOnlyList<BudgetMove> To)
{
    public static BudgetReallocation None { get; } = new(0m, [], []);
}

public sealed record BudgetMove(CampaignId Campaign, decimal Amount);
