using BudgetPilot.Core.Cycle;
using BudgetPilot.Web.Reading;
using Microsoft.Extensions.Options;

namespace BudgetPilot.Web.Live;

/// <summary>
/// Server-sent events: a "changed" event whenever the audit log, the open alerts or the approval queue change,
/// so the dashboard refreshes without a reload. Every connection reads the shared <see cref="LiveBoard"/>, never
/// the stores itself; it wakes at once when a cycle or a command changes something, and otherwise every poll
/// interval (changes made by another process show up when the board is next re-read).
/// </summary>
public static class LiveEndpoints
{
    public static void Map(RouteGroupBuilder api) => api.MapGet("/events", StreamAsync).ExcludeFromDescription();

    public static async Task StreamAsync(HttpContext http, WorkspaceContext ctx, LiveBoardCache live, IOptions<WebOptions> options, CancellationToken cancellationToken)
    {
        http.Response.ContentType = "text/event-stream";
        http.Response.Headers.CacheControl = "no-cache";
        string? last = null;
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                // Taken before reading, so a change landing during the read still wakes the next wait.
                var next = live.NextChange;
                var mark = (await live.GetAsync(ctx, cancellationToken)).Fingerprint;
                if (mark != last)
                {
                    await http.Response.WriteAsync($"event: changed\ndata: {mark}\n\n", cancellationToken);
                    await http.Response.Body.FlushAsync(cancellationToken);
                    last = mark;
                }

                await Task.WhenAny(next, Task.Delay(options.Value.LivePollInterval, ctx.Time, cancellationToken));
                cancellationToken.ThrowIfCancellationRequested();
            }
        }
        catch (OperationCanceledException)
        {
            // The browser went away: nothing to clean up.
        }
    }
}
