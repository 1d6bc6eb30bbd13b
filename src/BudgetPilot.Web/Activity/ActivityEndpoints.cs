using BudgetPilot.Core.Cycle;
using BudgetPilot.Web.Reading;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BudgetPilot.Web.Activity;

public static class ActivityEndpoints
{
    public static void Map(RouteGroupBuilder api) => api.MapGet("/activity", GetAsync);

    public static async Task<Ok<ActivityView>> GetAsync(WorkspaceContext ctx, LiveBoardCache live, CancellationToken cancellationToken)
    {
        var board = await live.GetAsync(ctx, cancellationToken);
        return TypedResults.Ok(new ActivityView(board.ActionsTaken24h, board.PendingApprovals, board.CampaignsMonitored, board.RecentActions));
    }
}
