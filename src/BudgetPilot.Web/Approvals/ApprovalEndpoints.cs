using System.Globalization;
using System.Security.Claims;
using BudgetPilot.Core.Approvals;
using BudgetPilot.Core.Cycle;
using BudgetPilot.Core.Decisions;
using BudgetPilot.Web.Auth;
using BudgetPilot.Web.Reading;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BudgetPilot.Web.Approvals;

public static class ApprovalEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/approvals", ListAsync);
        api.MapPost("/approvals/{id:guid}/approve", ApproveAsync).RequireAuthorization(Roles.ApprovePolicy);
        api.MapPost("/approvals/{id:guid}/reject", RejectAsync).RequireAuthorization(Roles.ApprovePolicy);
    }

    public static async Task<Ok<IReadOnlyList<ApprovalView>>> ListAsync(WorkspaceContext ctx, CancellationToken cancellationToken)
    {
        var now = ctx.Time.GetUtcNow();
        var pending = await ctx.Stores.Approvals.ListPendingAsync(ctx.Id, cancellationToken);
        return TypedResults.Ok<IReadOnlyList<ApprovalView>>([.. ApprovalQueue.Rank(pending).Select(r => View(r, now))]);
    }

    public static async Task<Results<Ok<DeskResult>, Conflict<DeskResult>>> ApproveAsync(Guid id, Decision? body, WorkspaceContext ctx, SnapshotCache snapshots, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        Answer(await ApprovalDesk.ApproveAsync(ctx, id, Name(user), Comment(body), cancellationToken), snapshots);

    public static async Task<Results<Ok<DeskResult>, Conflict<DeskResult>>> RejectAsync(Guid id, Decision? body, WorkspaceContext ctx, SnapshotCache snapshots, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        Answer(await ApprovalDesk.RejectAsync(ctx, id, Name(user), Comment(body), cancellationToken), snapshots);

    /// <summary>A command that changed something drops the dashboard's cached snapshot, so the next read shows it.</summary>
    public static Results<Ok<DeskResult>, Conflict<DeskResult>> Answer(DeskResult result, SnapshotCache snapshots)
    {
        if (!result.Ok)
        {
            return TypedResults.Conflict(result);
        }

        snapshots.Invalidate();
        return TypedResults.Ok(result);
    }

    public static string Name(ClaimsPrincipal user) => user.Identity?.Name ?? "unknown";

    private static string? Comment(Decision? body) => string.IsNullOrWhiteSpace(body?.Comment) ? null : body.Comment.Trim()[..Math.Min(body.Comment.Trim().Length, 500)];

    public static ApprovalView View(ApprovalRequest r, DateTimeOffset now)
    {
        var p = r.Primary;
        decimal? change = p.NewBudget is { } n && p.CurrentState.Budget > 0m ? Math.Round((n - p.CurrentState.Budget) / p.CurrentState.Budget, 4) : null;
        var what = p.Type switch
        {
            ActionType.Pause => $"Pause '{p.CampaignName}'",
            _ when change is { } c => string.Create(CultureInfo.InvariantCulture, $"{(c >= 0 ? "Increase" : "Reduce")} '{p.CampaignName}' by {Math.Abs(c) * 100:0}% ({p.CurrentState.Budget:N0} → {p.NewBudget:N0})"),
            _ => $"{p.Type} '{p.CampaignName}'",
        };
        return new ApprovalView(
            r.Id, ApprovalQueue.UrgencyOf(r).ToString(), r.Actions.Max(a => a.Risk).ToString(), what, p.Reasoning, r.WhyApprovalNeeded, p.CampaignName,
            p.Campaign.ToString(), p.CurrentState.Budget, p.NewBudget, change, p.Confidence, r.Actions.Sum(a => a.EstimatedImpact.DailyProfitChange),
            r.RequestedAt, r.ExpiresAt, (int)r.TimeLeft(now).TotalSeconds, r.Actions.Count);
    }
}
