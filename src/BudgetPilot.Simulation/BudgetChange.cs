using BudgetPilot.Core.Campaigns;

namespace BudgetPilot.Simulation;

/// <summary>
/// One line of the market's change log. <see cref="ObservedRoas7d"/> is what the platform reported for
/// the 168 hours before the change (matured conversions only), so constraint 5 can be checked later
/// without re-running anything.
/// </summary>
public sealed record BudgetChange(
    DateTimeOffset At,
    CampaignId Campaign,
    ChangeSource Source,
    DateTimeOffset StartedAt,
    CampaignStatus OldStatus,
    decimal OldBudget,
    CampaignStatus NewStatus,
    decimal NewBudget,
    double ObservedRoas7d)
{
    /// <summary>Change of the campaign's active budget: a pause removes its budget, a resume adds it.</summary>
    public decimal ActiveDelta =>
        (NewStatus == CampaignStatus.Active ? NewBudget : 0m) - (OldStatus == CampaignStatus.Active ? OldBudget : 0m);
}
