using BudgetPilot.Core.Alerts;
using BudgetPilot.Core.Cycle;
using BudgetPilot.Web.Reading;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BudgetPilot.Web.Alerts;

public static class AlertEndpoints
{
    public static void Map(RouteGroupBuilder api) => api.MapGet("/alerts", ListAsync);

    /// <summary>
    /// Open alerts, most severe first, a page at a time (X-Total-Count: how many match); filter by severity and by
    /// campaign (id or part of the message). A waiting grace pause shows as an alert of its own when no alert names its campaign.
    /// </summary>
    public static async Task<Results<Ok<IReadOnlyList<AlertView>>, ValidationProblem>> ListAsync(
        WorkspaceContext ctx, LiveBoardCache live, HttpResponse response, string? severity, string? campaign, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        string? wanted = null;
        if (!string.IsNullOrEmpty(severity))
        {
            if (!Enum.TryParse<AlertSeverity>(severity, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["severity"] = [$"Unknown severity '{severity}'; one of {string.Join(", ", Enum.GetNames<AlertSeverity>())}."] });
            }

            wanted = parsed.ToString();
        }

        var board = await live.GetAsync(ctx, cancellationToken);
        IReadOnlyList<AlertView> matching = wanted is null && string.IsNullOrEmpty(campaign)
            ? board.Alerts
            : [.. board.Alerts.Where(a => (wanted is null || a.Severity == wanted)
                && (string.IsNullOrEmpty(campaign) || a.Campaign == campaign || a.Message.Contains(campaign, StringComparison.OrdinalIgnoreCase)))];
        return TypedResults.Ok(Paging.Page(response, matching, page, pageSize, defaultSize: 50, maxSize: 500));
    }
}
