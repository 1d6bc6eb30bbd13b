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

    /// <summary>
    /// Every campaign's KPI summary from the last analysis, a page at a time (X-Total-Count: how many match): filter by
    /// name or id (<paramref name="search"/>), platform and status; sort by name (default), roas, spend or budget.
    /// </summary>
    public static async Task<Results<Ok<IReadOnlyList<CampaignRow>>, ValidationProblem>> ListAsync(
        WorkspaceContext ctx, SnapshotCache snapshots, HttpResponse response, string? search, string? platform, string? status, string? sort, int? page, int? pageSize,
        CancellationToken cancellationToken)
    {
        var by = string.IsNullOrEmpty(sort) ? "name" : sort.ToLowerInvariant();
        if (by is not ("name" or "roas" or "spend" or "budget"))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["sort"] = [$"Unknown sort '{sort}'; one of name, roas, spend, budget."] });
        }

        Func<IEnumerable<CampaignRow>, IEnumerable<CampaignRow>>? order = by switch
        {
            "roas" => rows => rows.OrderByDescending(r => r.Roas7d ?? decimal.MinValue),
            "spend" => rows => rows.OrderByDescending(r => r.Spend7d),
            "budget" => rows => rows.OrderByDescending(r => r.DailyBudget),
            _ => null,
        };

        var board = await snapshots.BoardAsync(ctx, cancellationToken);
        IEnumerable<CampaignRow> rows = board.Rows;
        var filtered = false;
        if (!string.IsNullOrWhiteSpace(search))
        {
            rows = rows.Where(r => r.Id == search || r.Name.Contains(search, StringComparison.OrdinalIgnoreCase));
            filtered = true;
        }

        if (!string.IsNullOrWhiteSpace(platform))
        {
            rows = rows.Where(r => r.Platform.Equals(platform, StringComparison.OrdinalIgnoreCase) || r.Id.StartsWith(platform + ":", StringComparison.OrdinalIgnoreCase));
            filtered = true;
        }

        if (!string.IsNullOrWhiteSpace(status))
        {
            rows = rows.Where(r => r.Status.Equals(status, StringComparison.OrdinalIgnoreCase));
            filtered = true;
        }

        if (order is not null)
        {
            rows = order(rows);
        }

        IReadOnlyList<CampaignRow> matching = filtered || order is not null ? [.. rows] : board.Rows;
        return TypedResults.Ok(Paging.Page(response, matching, page, pageSize, defaultSize: 100, maxSize: 1000));
    }

    public static async Task<Results<Ok<CampaignDetail>, NotFound>> GetAsync(string id, WorkspaceContext ctx, SnapshotCache snapshots, CancellationToken cancellationToken)
    {
        var board = await snapshots.BoardAsync(ctx, cancellationToken);
        if (!board.ById.TryGetValue(id, out var analysis))
        {
            return TypedResults.NotFound();
        }

        var now = ctx.Time.GetUtcNow();
        var audit = await ctx.Stores.Audit.PageAsync(
            new AuditQuery(ctx.Id, now - Analyzer.History, now + TimeSpan.FromTicks(1)) { CampaignId = analysis.Campaign.Id.ToString() }, 0, 500, cancellationToken);
        var actions = audit.Items.Where(e => e.Kind != AuditKind.Intent).Select(AuditViews.From).ToList();
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
        Round(a.Roas7d), Round(a.Windows.Last7d.Cpa), a.Windows.Last7d.Spend, a.Windows.Today.Spend,
        a.Windows.Last7d.Value, a.Windows.Today.Value, Round(a.Windows.Today.Roas), Round(a.Windows.Yesterday.Roas), Round(a.Windows.Today.Cpa), a.Windows.Yesterday.Spend,
        Round(CampaignAnalysis.Change(a.Windows.Today.Roas, a.Windows.Yesterday.Roas)));

    private static DayView Day(DateOnly date, Kpis k) => new(date, k.Spend, k.Conversions, k.Value, Round(k.Roas), Round(k.Cpa));

    private static decimal? Round(decimal? v) => v is { } x ? Math.Round(x, 2) : null;
}
