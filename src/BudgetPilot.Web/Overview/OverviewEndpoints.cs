using System.Security.Claims;
using BudgetPilot.Core.Alerts;
using BudgetPilot.Core.Analysis;
using BudgetPilot.Core.Cycle;
using BudgetPilot.Hosting.Configuration;
using BudgetPilot.Web.Reading;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BudgetPilot.Web.Overview;

public static class OverviewEndpoints
{
    public static void Map(RouteGroupBuilder api) => api.MapGet("/overview", GetAsync);

    public static async Task<Ok<OverviewView>> GetAsync(WorkspaceContext ctx, SnapshotCache snapshots, LiveBoardCache live, BudgetPilotConfig config, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        TypedResults.Ok(await BuildAsync(ctx, snapshots, live, config, user.Identity?.Name ?? "", cancellationToken));

    /// <summary>From the shared read model only: totals computed once per cycle, counts once per change.</summary>
    public static async Task<OverviewView> BuildAsync(WorkspaceContext ctx, SnapshotCache snapshots, LiveBoardCache live, BudgetPilotConfig config, string manager, CancellationToken cancellationToken)
    {
        var now = ctx.Time.GetUtcNow();
        var w = ctx.Workspace;
        var board = await snapshots.BoardAsync(ctx, cancellationToken);
        var changes = await live.GetAsync(ctx, cancellationToken);
        var today = board.Today;
        var yesterday = board.Yesterday;
        var lastWeek = board.SameDayLastWeek;
        var allocated = board.Allocated;

        var reasons = new List<string>();
        var critical = changes.OpenOf(AlertSeverity.Critical);
        var high = changes.OpenOf(AlertSeverity.High);
        var pending = changes.PendingApprovals;
        if (critical > 0)
        {
            reasons.Add($"{critical} critical alert(s)");
        }

        if (high > 0)
        {
            reasons.Add($"{high} high-priority alert(s)");
        }

        if (pending > 0)
        {
            reasons.Add($"{pending} approval(s) waiting");
        }

        var status = critical > 0 ? "CRITICAL" : reasons.Count > 0 ? "ATTENTION" : "ALL OK";
        return new OverviewView(
            w.Name, w.Currency, config.IsSimulated, manager, now, changes.LastCycleAt, status, reasons, ctx.Settings.Autonomy.ToString(),
            w.TotalDailyBudget, Line(allocated, w.TotalDailyBudget), Line(today.Spend, w.TotalDailyBudget), Line(w.TotalDailyBudget - allocated, w.TotalDailyBudget),
            Round(today.Roas), w.MinRoas, Round(yesterday.Roas), Round(CampaignAnalysis.Change(today.Roas, yesterday.Roas)), Round(CampaignAnalysis.Change(today.Roas, lastWeek.Roas)));
    }

    private static BudgetLine Line(decimal amount, decimal total) => new(Math.Round(amount, 2), total > 0m ? Math.Round(amount / total, 4) : 0m);

    private static decimal? Round(decimal? value) => value is { } v ? Math.Round(v, 4) : null;
}
