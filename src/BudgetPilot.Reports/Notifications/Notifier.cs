using BudgetPilot.Core.Cycle;
using BudgetPilot.Core.Notifications;

namespace BudgetPilot.Reports.Notifications;

/// <summary>
/// Reads what happened in a workspace since it last looked, plans messages per channel into the
/// outbox and folds digests. It only reads the stores the cycle wrote; the cycle never waits on it.
/// </summary>
public sealed class Notifier(INotificationOutbox outbox, IReadOnlyList<ChannelPolicy> policies, DashboardLinks links, TimeProvider time)
{
    public IReadOnlyList<ChannelPolicy> Policies => policies;

    /// <summary>Plans messages for events in [<paramref name="from"/>, now); returns what was queued.</summary>
    public async Task<IReadOnlyList<OutboxMessage>> CollectAsync(Stores stores, string workspaceId, DateTimeOffset from, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var events = await CycleEvents.LoadAsync(stores, workspaceId, from, now, cancellationToken);
        var lastDay = await outbox.ListSinceAsync(workspaceId, now - NotificationPlanner.RateWindow, cancellationToken);
        var planned = NotificationPlanner.Plan(EventExtractor.Extract(events, links), policies, lastDay, now);
        if (planned.Count > 0)
        {
            await outbox.AddAsync(planned, cancellationToken);
        }

        return planned;
    }

    /// <summary>Folds held low-severity messages into at most one digest per channel and workspace per interval.</summary>
    public async Task<int> FoldDigestsAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var digests = 0;
        foreach (var workspace in (await outbox.ListHeldAsync(cancellationToken)).GroupBy(m => m.WorkspaceId))
        {
            var recent = await outbox.ListSinceAsync(workspace.Key, now - NotificationPlanner.RateWindow, cancellationToken);
            foreach (var policy in policies)
            {
                var last = recent.Where(m => m.Channel == policy.Channel && m.IsDigest).Select(m => (DateTimeOffset?)m.CreatedAt).Max();
                var (digest, folded) = NotificationPlanner.Digest(policy, [.. workspace], last, now);
                if (digest is null)
                {
                    continue;
                }

                await outbox.AddAsync([digest], cancellationToken);
                foreach (var message in folded)
                {
                    await outbox.UpdateAsync(message, cancellationToken);
                }

                digests++;
            }
        }

        return digests;
    }
}
