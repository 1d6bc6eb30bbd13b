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
        var number = Math.Max(page ?? 1, 1);
        var now = ctx.Time.GetUtcNow();
        var entries = await ctx.Stores.Audit.ListAsync(ctx.Id, now - TimeSpan.FromDays(Math.Clamp(days ?? 30, 1, 366)), now + TimeSpan.FromTicks(1), cancellationToken);
        var matching = entries
            .Where(e => wanted is null || e.Kind == wanted)
            .Where(e => string.IsNullOrEmpty(campaign) || e.Campaign?.ToString() == campaign
                || (e.CampaignName?.Contains(campaign, StringComparison.OrdinalIgnoreCase) ?? false))
            .Reverse()
            .ToList();
        var items = matching.Skip((number - 1) * size).Take(size).Select(AuditViews.From).ToList();
        return TypedResults.Ok(new AuditPage(number, size, matching.Count, items));
    }
}
