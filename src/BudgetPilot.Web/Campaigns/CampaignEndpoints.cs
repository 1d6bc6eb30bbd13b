using BudgetPilot.Core.Analysis;
using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Cycle;
using BudgetPilot.Core.Execution;
using BudgetPilot.Web.Audit;
using BudgetPilot.Web.Reading;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BudgetPilot.Web.Campaigns;

public static class CampaignEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/campaigns", ListAsync);
        api.MapGet("/campaigns/{id}", GetAsync);
    }

    public static async Task<Ok<IReadOnlyList<CampaignRow>>> ListAsync(WorkspaceContext ctx, SnapshotCache snapshots, CancellationToken cancellationToken)
    {
        var snapshot = await snapshots.GetAsync(ctx, cancellationToken);
        return TypedResults.Ok<IReadOnlyList<CampaignRow>>([.. snapshot.Analyses.OrderBy(a => a.Campaign.Name, StringComparer.Ordinal).Select(Row)]);
    }

    public static async Task<Results<Ok<CampaignDetail>, NotFound>> GetAsync(string id, WorkspaceContext ctx, SnapshotCache snapshots, CancellationToken cancellationToken)
    {
        var snapshot = await snapshots.GetAsync(ctx, cancellationToken);
        if (snapshot.Analyses.FirstOrDefault(a => a.Campaign.Id.ToString() == id) is not { } analysis)
        {
            return TypedResults.NotFound();
        }

        var now = ctx.Time.GetUtcNow();
        var audit = await ctx.Stores.Audit.ListAsync(ctx.Id, now - Analyzer.History, now + TimeSpan.FromTicks(1), cancellationToken);
        var actions = audit.Where(e => e.Campaign == analysis.Campaign.Id && e.Kind != AuditKind.Intent).Reverse().Select(AuditViews.From).ToList();
        var samples = await ctx.Stores.Metrics.GetAsync(ctx.Id, analysis.Campaign.Id, now - TimeSpan.FromDays(14), now, cancellationToken);
        var days = samples
            .GroupBy(s => ctx.Workspace.LocalDate(s.Hour))
            .OrderBy(g => g.Key)
            .Select(g => Day(g.Key, g.Aggregate(Kpis.Empty, (k, s) => k.Add(s))))
            .ToList();
        return TypedResults.Ok(new CampaignDetail(Row(analysis), ctx.Workspace.MinRoas, ctx.Workspace.TargetCpa, days, actions, analysis.Campaign.ReportedBudget));
    }

    public static CampaignRow Row(CampaignAnalysis a) => new(
        a.Campaign.Id.ToString(), a.Campaign.Name, a.Campaign.Id.Platform.DisplayName(), a.Campaign.Status.ToString(), a.Campaign.DailyBudget,
        Round(a.Roas7d), Round(a.Windows.Last7d.Cpa), a.Windows.Last7d.Spend, a.Windows.Today.Spend);

    private static DayView Day(DateOnly date, Kpis k) => new(date, k.Spend, k.Conversions, k.Value, Round(k.Roas), Round(k.Cpa));

    private static decimal? Round(decimal? v) => v is { } x ? Math.Round(x, 2) : null;
}
