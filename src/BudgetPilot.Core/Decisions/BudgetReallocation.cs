using System.Text.Json.Serialization;
using BudgetPilot.Core.Campaigns;

namespace BudgetPilot.Core.Decisions;

/// <summary>The seed's <c>budget_reallocation</c>: total_moved, from_campaigns[{id, amount}], to_campaigns[{id, amount}].</summary>
public sealed record BudgetReallocation(
    decimal TotalMoved,
    [property: JsonPropertyName("from_campaigns")] IReadOnlyList<BudgetMove> From,
    [property: JsonPropertyName("to_campaigns")] IReadOnlyList<BudgetMove> To)
{
    public static BudgetReallocation None { get; } = new(0m, [], []);
}

public sealed record BudgetMove([property: JsonPropertyName("id")] CampaignId Campaign, decimal Amount);
