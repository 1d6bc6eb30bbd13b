using BudgetPilot.Core.Alerts;
using BudgetPilot.Core.Analysis;
using BudgetPilot.Core.Execution;

namespace BudgetPilot.Core.Cycle;

/// <summary>
/// Step 1 of the loop: campaigns and hourly metrics from every platform into the stores. Re-reads the
/// last 3 hours each cycle, the last 48 on the hour (conversions mature late and platforms restate them), the last 8 days on
/// the first cycle of a local day, and the whole analysis history when the store has nothing recent.
/// One platform failing never stops the others; each failure becomes a detection.
/// </summary>
internal sealed class Collector(WorkspaceContext ctx, IReadOnlyList<IAdPlatform> platforms)
{
    public sealed record Collected(int Samples, int Rejected, IReadOnlyList<Detection> Problems, IReadOnlyList<string> Errors);

    public async Task<Collected> CollectAsync(DateTimeOffset now, bool firstOfDay, bool hourMark, bool bootstrap, CancellationToken cancellationToken)
    {
        var from = bootstrap ? now - Analyzer.History
            : firstOfDay ? now - TimeSpan.FromDays(8)
            : hourMark ? now - TimeSpan.FromHours(48)
            : now - TimeSpan.FromHours(3);
        from = Hour(from);
        int samples = 0, rejected = 0;
        var problems = new List<Detection>();
        var errors = new List<string>();
        foreach (var platform in platforms)
        {
            try
            {
                var campaigns = await platform.GetCampaignsAsync(cancellationToken);
                var known = (await ctx.Stores.Campaigns.ListAsync(ctx.Id, cancellationToken)).Select(c => c.Id).ToHashSet();
                await ctx.Stores.Campaigns.UpsertAsync(ctx.Id, campaigns, cancellationToken);

                // A campaign seen for the first time brings its whole analysis history with it.
                var since = campaigns.Any(c => !known.Contains(c.Id)) ? Hour(now - Analyzer.History) : from;
                var batch = await platform.GetMetricsAsync(since, now, cancellationToken);
                var listed = campaigns.Select(c => c.Id).ToHashSet();
                var accepted = batch.Samples.Where(s => listed.Contains(s.CampaignId)).ToList();
                var unknown = batch.Samples.Count - accepted.Count;
                await ctx.Stores.Metrics.UpsertAsync(ctx.Id, accepted, cancellationToken);
                samples += accepted.Count;
                rejected += batch.Rejected.Count + unknown;
                if (batch.Rejected.Count + unknown > 0)
                {
                    var first = batch.Rejected.Count > 0 ? batch.Rejected[0].Reason : "metrics for a campaign the platform did not list";
                    problems.Add(new Detection(null, AlertKind.DataRejected, AlertSeverity.Low,
                        $"{platform.Platform}: {batch.Rejected.Count + unknown} row(s) refused and not acted on (first: {first}).", batch.Rejected.Count + unknown, null));
                }
            }
            catch (Exception ex) when (ex is PlatformException or HttpRequestException or TimeoutException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                errors.Add(ex.Message);
                problems.Add(new Detection(null, AlertKind.PlatformUnreachable, AlertSeverity.High, $"{platform.Platform}: {ex.Message} Decisions for its campaigns use the last data collected.", null, null));
            }
        }

        return new Collected(samples, rejected, problems, errors);
    }

    private static DateTimeOffset Hour(DateTimeOffset t) => new(t.UtcDateTime.Year, t.UtcDateTime.Month, t.UtcDateTime.Day, t.UtcDateTime.Hour, 0, 0, TimeSpan.Zero);
}
