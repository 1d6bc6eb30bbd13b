using BudgetPilot.Web.Audit;

namespace BudgetPilot.Web.Campaigns;

public sealed record CampaignDetail(CampaignRow Campaign, decimal TargetRoas, decimal? TargetCpa, IReadOnlyList<DayView> Days, IReadOnlyList<AuditView> Actions);
