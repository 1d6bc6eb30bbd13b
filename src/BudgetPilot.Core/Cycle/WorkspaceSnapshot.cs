using BudgetPilot.Core.Analysis;
using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Execution;
using BudgetPilot.Core.Guardrails;
using BudgetPilot.Core.Settings;

namespace BudgetPilot.Core.Cycle;

/// <summary>
/// The workspace as stored at one instant: campaigns, their analyses, the recent audit trail and the
/// gate's view of today. Loaded fresh for every cycle and every manager action; nothing outlives it.
/// </summary>
public sealed record WorkspaceSnapshot(
    IReadOnlyList<Campaign> Campaigns,
    IReadOnlyList<CampaignAnalysis> Analyses,
    IReadOnlyList<AuditEntry> RecentAudit,
    IReadOnlyDictionary<CampaignId, DateTimeOffset> LastChangedAt,
    GateState Gate)
{
    public static async Task<WorkspaceSnapshot> LoadAsync(Stores stores, Workspace workspace, WorkspaceSettings settings, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var campaigns = await stores.Campaigns.ListAsync(workspace.Id, cancellationToken);
        var samples = await stores.Metrics.GetAsync(workspace.Id, now - Analyzer.History, now, cancellationToken);
        var byCampaign = samples.GroupBy(s => s.CampaignId).ToDictionary(g => g.Key, g => (IReadOnlyList<Metrics.MetricSample>)[.. g.OrderBy(s => s.Hour)]);
        var analyses = campaigns
            .Where(c => c.Status != CampaignStatus.Removed)
            .Select(c => Analyzer.Analyze(workspace, c, byCampaign.GetValueOrDefault(c.Id) ?? [], now))
            .ToList();

        var dayStart = workspace.StartOfDay(workspace.LocalDate(now));
        var since = dayStart < now - settings.ChangeCooldown ? dayStart : now - settings.ChangeCooldown;
        var audit = await stores.Audit.ListAsync(workspace.Id, since, now + TimeSpan.FromTicks(1), cancellationToken);
        var lastChanged = new Dictionary<CampaignId, DateTimeOffset>();
        foreach (var e in audit.Where(e => e.Kind == AuditKind.Outcome && e.Outcome == OutcomeStatus.Succeeded && e.Campaign is not null))
        {
            lastChanged[e.Campaign!.Value] = e.At;
        }

        var ledger = DayLedger.From(audit.Where(e => e.At >= dayStart));
        var gate = new GateState(
            workspace,
            campaigns.ToDictionary(c => c.Id),
            analyses.Where(a => a.Roas7d is not null).ToDictionary(a => a.Campaign.Id, a => a.Roas7d!.Value),
            analyses.ToDictionary(a => a.Campaign.Id, a => a.AverageDailySpend7d),
            ledger,
            now);
        return new WorkspaceSnapshot(campaigns, analyses, audit, lastChanged, gate);
    }
}
