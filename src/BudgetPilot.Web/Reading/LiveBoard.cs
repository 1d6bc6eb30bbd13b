using System.Globalization;
using BudgetPilot.Core.Alerts;
using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Cycle;
using BudgetPilot.Core.Execution;
using BudgetPilot.Web.Alerts;
using BudgetPilot.Web.Audit;

namespace BudgetPilot.Web.Reading;

/// <summary>
/// The parts of the dashboard that change between cycles (open alerts, waiting pauses, the approval queue, the
/// last 24 hours of actions), read from the stores once and shared by every request until something changes.
/// <see cref="Fingerprint"/> changes whenever one of them does: the live stream sends it.
/// </summary>
public sealed record LiveBoard(
    DateTimeOffset At,
    IReadOnlyList<AlertView> Alerts,
    IReadOnlyDictionary<string, int> OpenBySeverity,
    int PendingApprovals,
    int ActionsTaken24h,
    IReadOnlyList<AuditView> RecentActions,
    int CampaignsMonitored,
    DateTimeOffset? LastCycleAt,
    string Fingerprint)
{
    public int OpenOf(AlertSeverity severity) => OpenBySeverity.GetValueOrDefault(severity.ToString());

    public static async Task<LiveBoard> LoadAsync(WorkspaceContext ctx, CancellationToken cancellationToken)
    {
        var now = ctx.Time.GetUtcNow();
        var open = await ctx.Stores.Alerts.ListOpenAsync(ctx.Id, cancellationToken);
        var graces = await ctx.Stores.Graces.ListWaitingAsync(ctx.Id, cancellationToken);
        var pending = await ctx.Stores.Approvals.ListPendingAsync(ctx.Id, cancellationToken);
        var audit = await ctx.Stores.Audit.ListAsync(ctx.Id, now - TimeSpan.FromHours(24), now + TimeSpan.FromTicks(1), cancellationToken);
        var campaigns = await ctx.Stores.Campaigns.ListAsync(ctx.Id, cancellationToken);
        var cycles = await ctx.Stores.Cycles.ListAsync(ctx.Id, now - TimeSpan.FromHours(1), now + TimeSpan.FromTicks(1), cancellationToken);

        var executed = audit.Where(e => e.Kind == AuditKind.Outcome && e.Outcome == OutcomeStatus.Succeeded).ToList();
        var seq = audit.Count > 0 ? audit[^1].Sequence : 0;
        var seen = open.Aggregate(0L, (h, a) => unchecked((h * 31) + a.LastSeenAt.Ticks));
        var lastCycle = cycles.Count > 0 ? cycles[0] : null;

        // The last cycle is part of it: each cycle moves the header's "last refresh" and may change the numbers.
        var fingerprint = string.Create(CultureInfo.InvariantCulture, $"{seq}-{open.Count}-{seen & 0xFFFFFF:x}-{pending.Count}-{graces.Count}-{lastCycle?.Id.ToString("N")[..8]}");
        return new LiveBoard(
            now,
            Views(open, graces),
            open.GroupBy(a => a.Severity.ToString()).ToDictionary(g => g.Key, g => g.Count()),
            pending.Count,
            executed.Count,
            [.. executed.AsEnumerable().Reverse().Take(10).Select(AuditViews.From)],
            campaigns.Count(c => c.Status == CampaignStatus.Active),
            lastCycle?.At,
            fingerprint);
    }

    /// <summary>Most severe first; a waiting pause shows on the alert naming its campaign, or as a critical alert of its own.</summary>
    private static List<AlertView> Views(IReadOnlyList<Alert> open, IReadOnlyList<Core.Approvals.GracePause> graces)
    {
        var waiting = graces.GroupBy(g => g.Action.Campaign).ToDictionary(g => g.Key, g => new Queue<Core.Approvals.GracePause>(g));
        var views = new List<AlertView>(open.Count + graces.Count);
        foreach (var a in open.OrderByDescending(a => a.Severity).ThenByDescending(a => a.LastSeenAt))
        {
            Core.Approvals.GracePause? grace = null;
            if (a.Campaign is { } c && waiting.TryGetValue(c, out var queue) && queue.Count > 0)
            {
                grace = queue.Dequeue();
            }

            views.Add(new AlertView(a.Id, a.Severity.ToString(), a.Kind.ToString(), a.Campaign?.ToString(), a.Message, a.Observed, a.Threshold, a.OpenedAt, grace?.Id, grace?.DueAt));
        }

        var unmatched = graces.Where(g => waiting.TryGetValue(g.Action.Campaign, out var q) && q.Contains(g)).Select(g => new AlertView(
            g.Id, "Critical", "PendingPause", g.Action.Campaign.ToString(), $"'{g.Action.CampaignName}': {g.Action.Reasoning}", g.Action.CurrentState.Roas7d, null, g.CreatedAt, g.Id, g.DueAt));
        views.InsertRange(0, unmatched);
        return views;
    }
}
