using BudgetPilot.Core.Analysis;
using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Execution;
using BudgetPilot.Core.Guardrails;
using BudgetPilot.Core.Metrics;
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
        var byCampaign = ByCampaign(samples);
        var frame = AnalysisFrame.Of(workspace, now);
        var analyses = campaigns
            .Where(c => c.Status != CampaignStatus.Removed)
            .Select(c => Analyzer.Analyze(frame, c, byCampaign.GetValueOrDefault(c.Id) ?? []))
            .ToList();

        var dayStart = workspace.StartOfDay(workspace.LocalDate(now));
        var lookBack = settings.ChangeCooldown > settings.RequestCooldown ? settings.ChangeCooldown : settings.RequestCooldown;
        var since = dayStart < now - lookBack ? dayStart : now - lookBack;
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
            now)
        { LastChangedAt = lastChanged };
        return new WorkspaceSnapshot(campaigns, analyses, audit, lastChanged, gate);
    }

    /// <summary>Splits samples into per-campaign runs in hour order; stores return them that way, so this is one pass.</summary>
    private static Dictionary<CampaignId, IReadOnlyList<MetricSample>> ByCampaign(IReadOnlyList<MetricSample> samples)
    {
        var result = new Dictionary<CampaignId, IReadOnlyList<MetricSample>>();
        var start = 0;
        for (var i = 1; i <= samples.Count; i++)
        {
            if (i < samples.Count && samples[i].CampaignId == samples[start].CampaignId)
            {
                continue;
            }

            var run = new MetricSample[i - start];
            for (var j = start; j < i; j++)
            {
                run[j - start] = samples[j];
            }

            if (!IsHourOrdered(run))
            {
                Array.Sort(run, (a, b) => a.Hour.CompareTo(b.Hour));
            }

            result[run[0].CampaignId] = result.TryGetValue(run[0].CampaignId, out var earlier) ? [.. earlier, .. run] : run;
            start = i;
        }

        return result;
    }

    private static bool IsHourOrdered(MetricSample[] run)
    {
        for (var i = 1; i < run.Length; i++)
        {
            if (run[i].Hour < run[i - 1].Hour)
            {
                return false;
            }
        }

        return true;
    }
}
