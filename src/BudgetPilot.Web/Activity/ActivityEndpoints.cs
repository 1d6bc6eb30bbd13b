using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Cycle;
using BudgetPilot.Core.Execution;
using BudgetPilot.Web.Audit;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BudgetPilot.Web.Activity;

public static class ActivityEndpoints
{
    public static void Map(RouteGroupBuilder api) => api.MapGet("/activity", GetAsync);

    public static async Task<Ok<ActivityView>> GetAsync(WorkspaceContext ctx, CancellationToken cancellationToken)
    {
        var now = ctx.Time.GetUtcNow();
        var audit = await ctx.Stores.Audit.ListAsync(ctx.Id, now - TimeSpan.FromHours(24), now + TimeSpan.FromTicks(1), cancellationToken);
        var executed = audit.Where(e => e.Kind == AuditKind.Outcome && e.Outcome == OutcomeStatus.Succeeded).Reverse().ToList();
        var pending = await ctx.Stores.Approvals.ListPendingAsync(ctx.Id, cancellationToken);
        var campaigns = await ctx.Stores.Campaigns.ListAsync(ctx.Id, cancellationToken);
        return TypedResults.Ok(new ActivityView(
            executed.Count, pending.Count, campaigns.Count(c => c.Status == CampaignStatus.Active), [.. executed.Take(10).Select(AuditViews.From)]));
    }
}
