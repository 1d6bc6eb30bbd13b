using System.Security.Claims;
using BudgetPilot.Core.Approvals;
using BudgetPilot.Core.Cycle;
using BudgetPilot.Web.Approvals;
using BudgetPilot.Web.Auth;
using BudgetPilot.Web.Reading;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BudgetPilot.Web.Graces;

public static class GraceEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/graces", ListAsync);
        api.MapPost("/graces/{id:guid}/override", OverrideAsync).RequireAuthorization(Roles.ApprovePolicy);
        api.MapPost("/graces/{id:guid}/approve-early", ApproveEarlyAsync).RequireAuthorization(Roles.ApprovePolicy);
        api.MapPost("/graces/{id:guid}/extend", ExtendAsync).RequireAuthorization(Roles.ApprovePolicy);
    }

    public static async Task<Ok<IReadOnlyList<GraceView>>> ListAsync(WorkspaceContext ctx, CancellationToken cancellationToken)
    {
        var now = ctx.Time.GetUtcNow();
        var waiting = await ctx.Stores.Graces.ListWaitingAsync(ctx.Id, cancellationToken);
        return TypedResults.Ok<IReadOnlyList<GraceView>>([.. waiting.OrderBy(p => p.DueAt).Select(p => View(p, now))]);
    }

    public static GraceView View(GracePause p, DateTimeOffset now) => new(
        p.Id, p.Action.Campaign.ToString(), p.Action.CampaignName, p.Action.Reasoning, p.Action.Condition, p.DueAt,
        (int)Math.Max(0, (p.DueAt - now).TotalSeconds), p.Extensions, p.Action.Confidence);

    public static async Task<Results<Ok<DeskResult>, Conflict<DeskResult>>> OverrideAsync(Guid id, WorkspaceContext ctx, SnapshotCache snapshots, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        ApprovalEndpoints.Answer(await GraceDesk.OverrideAsync(ctx, id, ApprovalEndpoints.Name(user), cancellationToken), snapshots);

    public static async Task<Results<Ok<DeskResult>, Conflict<DeskResult>>> ApproveEarlyAsync(Guid id, WorkspaceContext ctx, SnapshotCache snapshots, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        ApprovalEndpoints.Answer(await GraceDesk.ApproveEarlyAsync(ctx, id, ApprovalEndpoints.Name(user), cancellationToken), snapshots);

    public static async Task<Results<Ok<DeskResult>, Conflict<DeskResult>>> ExtendAsync(Guid id, Extension? body, WorkspaceContext ctx, SnapshotCache snapshots, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        ApprovalEndpoints.Answer(await GraceDesk.ExtendAsync(ctx, id, ApprovalEndpoints.Name(user), body?.Hours is { } h ? TimeSpan.FromHours(h) : null, cancellationToken), snapshots);
}
