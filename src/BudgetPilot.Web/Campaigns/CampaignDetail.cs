using BudgetPilot.Core.Campaigns;
using BudgetPilot.Web.Audit;

namespace BudgetPilot.Web.Campaigns;

/// <param name="ReportedBudget">The budget in the ad account's own currency and the rate that converted it; null when the account uses the workspace currency.</param>
public sealed record CampaignDetail(CampaignRow Campaign, decimal TargetRoas, decimal? TargetCpa, IReadOnlyList<DayView> Days, IReadOnlyList<AuditView> Actions,
    ReportedBudget? ReportedBudget = null);
