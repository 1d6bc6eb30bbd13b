using BudgetPilot.Core.Campaigns;

namespace BudgetPilot.Core.Guardrails;

/// <summary>
/// What the gate checks proposals against: the campaigns as the platforms hold them now, their
/// 7-day ROAS and average daily spend, and today's ledger.
/// </summary>
public sealed record GateState(
    Workspace Workspace,
    IReadOnlyDictionary<CampaignId, Campaign> Campaigns,
    IReadOnlyDictionary<CampaignId, decimal> Roas7d,
    IReadOnlyDictionary<CampaignId, decimal> DailySpend,
    DayLedger Ledger,
    DateTimeOffset Now)
{
    /// <summary>When each campaign's budget or status last changed (from the audit log); empty when unknown.</summary>
    public IReadOnlyDictionary<CampaignId, DateTimeOffset> LastChangedAt { get; init; } = new Dictionary<CampaignId, DateTimeOffset>();

    public decimal ActiveBudget => Campaigns.Values.Where(c => c.IsActive).Sum(c => c.DailyBudget);
}
