using BudgetPilot.Core.Cycle;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BudgetPilot.Web.Alerts;

public static class AlertEndpoints
{
    public static void Map(RouteGroupBuilder api) => api.MapGet("/alerts", ListAsync);

    /// <summary>Open alerts, most severe first; a waiting grace pause shows as an alert of its own when no alert names its campaign.</summary>
    public static async Task<Ok<IReadOnlyList<AlertView>>> ListAsync(WorkspaceContext ctx, CancellationToken cancellationToken)
    {
        var open = await ctx.Stores.Alerts.ListOpenAsync(ctx.Id, cancellationToken);
        var graces = (await ctx.Stores.Graces.ListWaitingAsync(ctx.Id, cancellationToken)).ToList();
        var views = new List<AlertView>();
        foreach (var a in open.OrderByDescending(a => a.Severity).ThenByDescending(a => a.LastSeenAt))
        {
            var grace = graces.FirstOrDefault(g => g.Action.Campaign == a.Campaign);
            if (grace is not null)
            {
                graces.Remove(grace);
            }

            views.Add(new AlertView(a.Id, a.Severity.ToString(), a.Kind.ToString(), a.Campaign?.ToString(), a.Message, a.Observed, a.Threshold, a.OpenedAt, grace?.Id, grace?.DueAt));
        }

        views.InsertRange(0, graces.Select(g => new AlertView(
            g.Id, "Critical", "PendingPause", g.Action.Campaign.ToString(), $"'{g.Action.CampaignName}': {g.Action.Reasoning}", g.Action.CurrentState.Roas7d, null, g.CreatedAt, g.Id, g.DueAt)));
        return TypedResults.Ok<IReadOnlyList<AlertView>>(views);
    }
}
