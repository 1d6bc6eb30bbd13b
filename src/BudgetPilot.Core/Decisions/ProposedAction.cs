using System.Text.Json.Serialization;
using BudgetPilot.Core.Campaigns;

namespace BudgetPilot.Core.Decisions;

/// <summary>
/// One decision in the seed's <c>immediate_actions</c> shape. Every engine (rules, allocator, LLM,
/// a manager in chat) produces these; only the guardrails gate decides what happens to them.
/// A reallocation is several of these sharing a <see cref="GroupId"/>: the gate takes or refuses the
/// group whole, so total spend stays constant.
/// </summary>
public sealed record ProposedAction(
    string ActionId,
    [property: JsonPropertyName("campaign_id")] CampaignId Campaign,
    string CampaignName,
    [property: JsonPropertyName("action_type")] ActionType Type,
    CurrentState CurrentState,
    decimal? NewBudget,
    string ExpectedImpact,
    string Reasoning,
    double Confidence,
    [property: JsonPropertyName("risk_level")] RiskLevel Risk,
    EstimatedImpact EstimatedImpact,
    Urgency Urgency,
    string Engine)
{
    public string? GroupId { get; init; }

    /// <summary>The rule (or tool) that produced it, e.g. <c>pause.roas_below_1_5_for_3_days</c>.</summary>
    public string? Rule { get; init; }

    public bool MajorStrategyChange { get; init; }

    /// <summary>For a grace-period pause: the condition that must still hold when the grace ends.</summary>
    public string? Condition { get; init; }

    public bool IsCut => Type is ActionType.Pause or ActionType.ReduceBudget
        || (Type == ActionType.Reallocate && NewBudget < CurrentState.Budget);
}
