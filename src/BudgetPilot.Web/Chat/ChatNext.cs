using System.Globalization;
using BudgetPilot.Core.Approvals;
using BudgetPilot.Core.Cycle;
using BudgetPilot.Core.Decisions;

namespace BudgetPilot.Web.Chat;

/// <summary>"What will you do next?": the waiting pauses, the requests a manager must answer, and the last cycle's plan.</summary>
public static class ChatNext
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static async Task<ChatAnswer> AnswerAsync(WorkspaceContext ctx, string question, CancellationToken cancellationToken)
    {
        var now = ctx.Time.GetUtcNow();
        var tz = ctx.Workspace.TimeZone;
        var lines = new List<string>();
        foreach (var g in (await ctx.Stores.Graces.ListWaitingAsync(ctx.Id, cancellationToken)).OrderBy(g => g.DueAt))
        {
            lines.Add(string.Create(Inv, $"At {TimeZoneInfo.ConvertTime(g.DueAt, tz):HH:mm} I will pause '{g.Action.CampaignName}' unless it recovers: {g.Action.Reasoning}"));
        }

        foreach (var r in ApprovalQueue.Rank(await ctx.Stores.Approvals.ListPendingAsync(ctx.Id, cancellationToken)))
        {
            var p = r.Primary;
            lines.Add(string.Create(Inv, $"Waiting for your approval until {TimeZoneInfo.ConvertTime(r.ExpiresAt, tz):HH:mm}: {Describe(p)} — {r.WhyApprovalNeeded}"));
        }

        var last = (await ctx.Stores.Cycles.ListAsync(ctx.Id, now - TimeSpan.FromDays(1), now + TimeSpan.FromTicks(1), cancellationToken)).FirstOrDefault(c => c.Report is not null);
        if (last?.Report is { } report)
        {
            var at = TimeZoneInfo.ConvertTime(last.At, tz);
            lines.Add(report.ImmediateActions.Count == 0
                ? string.Create(Inv, $"The last analysis ({at:HH:mm}) proposed no change.")
                : string.Create(Inv, $"The last analysis ({at:HH:mm}) proposed: {string.Join("; ", report.ImmediateActions.Take(5).Select(a => $"{Describe(a)} (confidence {a.Confidence * 100:0}%)"))}."));
            foreach (var m in report.MonitoringItems.Take(3))
            {
                lines.Add($"Watching '{m.CampaignName}': {m.WatchMetric} — alert if it {m.AlertIf} ({m.CheckFrequency}).");
            }
        }

        if (lines.Count == 0)
        {
            lines.Add("Nothing is waiting and no cycle has run in the last 24 hours.");
        }

        lines.Add(string.Create(Inv, $"Next analysis within {ctx.Settings.MonitoringInterval.TotalMinutes:0} minutes."));
        return new ChatAnswer(question, lines, "plan");
    }

    private static string Describe(ProposedAction a) => a.Type == ActionType.Pause
        ? $"pause '{a.CampaignName}'"
        : string.Create(Inv, $"{(a.NewBudget >= a.CurrentState.Budget ? "raise" : "cut")} '{a.CampaignName}' {a.CurrentState.Budget:N0} → {a.NewBudget:N0}");
}
