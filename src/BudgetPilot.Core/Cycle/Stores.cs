using BudgetPilot.Core.Alerts;
using BudgetPilot.Core.Approvals;
using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Execution;
using BudgetPilot.Core.Metrics;

namespace BudgetPilot.Core.Cycle;

/// <summary>The store ports a cycle reads and writes, passed together.</summary>
public sealed record Stores(
    ICampaignStore Campaigns,
    IMetricStore Metrics,
    IAlertStore Alerts,
    IApprovalStore Approvals,
    IGracePeriodStore Graces,
    IAuditLog Audit,
    ICycleLog Cycles)
{
    public static Stores Of<T>(T all)
        where T : ICampaignStore, IMetricStore, IAlertStore, IApprovalStore, IGracePeriodStore, IAuditLog, ICycleLog =>
        new(all, all, all, all, all, all, all);
}
