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

    public static async Task<Ok<OverviewView>> GetAsync(WorkspaceContext ctx, SnapshotCache snapshots, BudgetPilotConfig config, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        TypedResults.Ok(await BuildAsync(ctx, snapshots, config, user.Identity?.Name ?? "", cancellationToken));

    public static async Task<OverviewView> BuildAsync(WorkspaceContext ctx, SnapshotCache snapshots, BudgetPilotConfig config, string manager, CancellationToken cancellationToken)
    {
        var now = ctx.Time.GetUtcNow();
        var w = ctx.Workspace;
        var snapshot = await snapshots.GetAsync(ctx, cancellationToken);
        var today = Sum(snapshot.Analyses, a => a.Windows.Today);
        var yesterday = Sum(snapshot.Analyses, a => a.Windows.Yesterday);
        var lastWeek = Sum(snapshot.Analyses, a => a.Windows.SameDayLastWeek);
        var allocated = snapshot.Campaigns.Where(c => c.IsActive).Sum(c => c.DailyBudget);
        var cycles = await ctx.Stores.Cycles.ListAsync(ctx.Id, now - TimeSpan.FromHours(1), now + TimeSpan.FromTicks(1), cancellationToken);
        var alerts = await ctx.Stores.Alerts.ListOpenAsync(ctx.Id, cancellationToken);
        var pending = await ctx.Stores.Approvals.ListPendingAsync(ctx.Id, cancellationToken);

        var reasons = new List<string>();
        var critical = alerts.Count(a => a.Severity == AlertSeverity.Critical);
        var high = alerts.Count(a => a.Severity == AlertSeverity.High);
        if (critical > 0)
        {
            reasons.Add($"{critical} critical alert(s)");
        }

        if (high > 0)
        {
            reasons.Add($"{high} high-priority alert(s)");
        }

        if (pending.Count > 0)
        {
            reasons.Add($"{pending.Count} approval(s) waiting");
        }

        var status = critical > 0 ? "CRITICAL" : reasons.Count > 0 ? "ATTENTION" : "ALL OK";
        return new OverviewView(
            w.Name, w.Currency, config.IsSimulated, manager, now, cycles.FirstOrDefault()?.At, status, reasons, ctx.Settings.Autonomy.ToString(),
            w.TotalDailyBudget, Line(allocated, w.TotalDailyBudget), Line(today.Spend, w.TotalDailyBudget), Line(w.TotalDailyBudget - allocated, w.TotalDailyBudget),
            Round(today.Roas), w.MinRoas, Round(yesterday.Roas), Round(CampaignAnalysis.Change(today.Roas, yesterday.Roas)), Round(CampaignAnalysis.Change(today.Roas, lastWeek.Roas)));
    }

    private static Kpis Sum(IEnumerable<CampaignAnalysis> analyses, Func<CampaignAnalysis, Kpis> window) =>
        analyses.Aggregate(Kpis.Empty, (sum, a) => sum.Plus(window(a)));

    private static BudgetLine Line(decimal amount, decimal total) => new(Math.Round(amount, 2), total > 0m ? Math.Round(amount / total, 4) : 0m);

    private static decimal? Round(decimal? value) => value is { } v ? Math.Round(v, 4) : null;
}
