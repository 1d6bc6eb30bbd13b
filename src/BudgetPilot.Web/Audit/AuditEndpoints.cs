using BudgetPilot.Core.Cycle;
using BudgetPilot.Core.Execution;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BudgetPilot.Web.Audit;

public static class AuditEndpoints
{
    public static void Map(RouteGroupBuilder api) => api.MapGet("/audit", ListAsync);

    /// <summary>The audit log, newest first: filter by kind and campaign (id or part of the name), over the last <paramref name="days"/> days.</summary>
    public static async Task<Results<Ok<AuditPage>, ValidationProblem>> ListAsync(
        WorkspaceContext ctx, string? kind, string? campaign, int? page, int? pageSize, int? days, CancellationToken cancellationToken)
    {
        AuditKind? wanted = null;
        if (!string.IsNullOrEmpty(kind))
        {
            if (!Enum.TryParse<AuditKind>(kind, ignoreCase: true, out var parsed))
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["kind"] = [$"Unknown kind '{kind}'; one of {string.Join(", ", Enum.GetNames<AuditKind>())}."] });
            }

            wanted = parsed;
        }

        var size = Math.Clamp(pageSize ?? 50, 1, 500);
        var number = Math.Clamp(page ?? 1, 1, 1_000_000);
        var now = ctx.Time.GetUtcNow();
        var query = new AuditQuery(ctx.Id, now - TimeSpan.FromDays(Math.Clamp(days ?? 30, 1, 366)), now + TimeSpan.FromTicks(1))
        {
            Kind = wanted,
            CampaignText = string.IsNullOrWhiteSpace(campaign) ? null : campaign.Trim(),
        };
        var slice = await ctx.Stores.Audit.PageAsync(query, (number - 1) * size, size, cancellationToken);
        return TypedResults.Ok(new AuditPage(number, size, slice.Total, [.. slice.Items.Select(AuditViews.From)]));
    }
}
