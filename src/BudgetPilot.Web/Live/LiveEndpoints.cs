using System.Globalization;
using BudgetPilot.Core.Cycle;
using Microsoft.Extensions.Options;

namespace BudgetPilot.Web.Live;

/// <summary>
/// Server-sent events: a "changed" event whenever the audit log, the open alerts or the approval queue change,
/// so the dashboard refreshes without a reload. Each connection polls the stores; nothing is held between connections.
/// </summary>
public static class LiveEndpoints
{
    public static void Map(RouteGroupBuilder api) => api.MapGet("/events", StreamAsync).ExcludeFromDescription();

    public static async Task StreamAsync(HttpContext http, WorkspaceContext ctx, IOptions<WebOptions> options, CancellationToken cancellationToken)
    {
        http.Response.ContentType = "text/event-stream";
        http.Response.Headers.CacheControl = "no-cache";
        string? last = null;
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var mark = await FingerprintAsync(ctx, cancellationToken);
                if (mark != last)
                {
                    await http.Response.WriteAsync($"event: changed\ndata: {mark}\n\n", cancellationToken);
                    await http.Response.Body.FlushAsync(cancellationToken);
                    last = mark;
                }

                await Task.Delay(options.Value.LivePollInterval, ctx.Time, cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            // The browser went away: nothing to clean up.
        }
    }

    private static async Task<string> FingerprintAsync(WorkspaceContext ctx, CancellationToken cancellationToken)
    {
        var now = ctx.Time.GetUtcNow();
        var audit = await ctx.Stores.Audit.ListAsync(ctx.Id, now - TimeSpan.FromHours(1), now + TimeSpan.FromTicks(1), cancellationToken);
        var alerts = await ctx.Stores.Alerts.ListOpenAsync(ctx.Id, cancellationToken);
        var pending = await ctx.Stores.Approvals.ListPendingAsync(ctx.Id, cancellationToken);
        var graces = await ctx.Stores.Graces.ListWaitingAsync(ctx.Id, cancellationToken);
        var seq = audit.Count > 0 ? audit[^1].Sequence : 0;
        return string.Create(CultureInfo.InvariantCulture, $"{seq}-{alerts.Count}-{alerts.Sum(a => a.LastSeenAt.Ticks % 9973)}-{pending.Count}-{graces.Count}");
    }
}
