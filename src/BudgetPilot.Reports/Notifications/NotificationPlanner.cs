using BudgetPilot.Core.Notifications;

namespace BudgetPilot.Reports.Notifications;

/// <summary>
/// Decides, per channel, what becomes a message: pure, given the events, the channels' policies and
/// the messages of the last day. The rules that keep it quiet:
/// an event already on a channel is never sent again; an alert kind already sent today on a channel
/// goes to the digest instead; low-severity events always go to the digest; quiet hours delay, never drop.
/// </summary>
public static class NotificationPlanner
{
    public static readonly TimeSpan RateWindow = TimeSpan.FromDays(1);

    public static IReadOnlyList<OutboxMessage> Plan(
        IReadOnlyList<Notification> notifications, IReadOnlyList<ChannelPolicy> policies, IReadOnlyList<OutboxMessage> lastDay, DateTimeOffset now)
    {
        var seen = lastDay.Select(m => (m.Channel, m.DedupeKey)).ToHashSet();
        var rated = lastDay.Where(m => m.RateKey is not null && m.Status is OutboxStatus.Pending or OutboxStatus.Sent or OutboxStatus.Failed && m.CreatedAt > now - RateWindow)
            .Select(m => (m.Channel, m.RateKey!)).ToHashSet();
        var planned = new List<OutboxMessage>();
        foreach (var n in notifications)
        {
            foreach (var policy in policies.Where(p => p.Wants(n)))
            {
                if (!seen.Add((policy.Channel, n.DedupeKey)))
                {
                    continue;
                }

                var held = n.Severity < policy.ImmediateFrom || (n.RateKey is { } rate && !rated.Add((policy.Channel, rate)));
                planned.Add(n.ToOutbox(policy.Channel, now, held ? now : policy.DueAt(n, now), held ? OutboxStatus.Held : OutboxStatus.Pending));
            }
        }

        return planned;
    }

    /// <summary>
    /// Folds one channel's held events into one digest message if the channel's last digest is at least
    /// its interval old; returns the digest (or null) and the held messages it carries.
    /// </summary>
    public static (OutboxMessage? Digest, IReadOnlyList<OutboxMessage> Folded) Digest(
        ChannelPolicy policy, IReadOnlyList<OutboxMessage> held, DateTimeOffset? lastDigestAt, DateTimeOffset now)
    {
        var mine = held.Where(m => m.Channel == policy.Channel && m.Status == OutboxStatus.Held).OrderBy(m => m.CreatedAt).ToList();
        if (mine.Count == 0 || (lastDigestAt is { } last && now - last < policy.DigestInterval))
        {
            return (null, []);
        }

        var first = mine[0];
        var digest = new OutboxMessage(Guid.NewGuid(), first.WorkspaceId, policy.Channel, first.Kind, mine.Max(m => m.Severity),
            $"digest|{now:O}", $"BudgetPilot digest: {mine.Count} update{(mine.Count == 1 ? string.Empty : "s")}",
            string.Join("\n", mine.Select(m => $"• {m.Title}")), now, policy.QuietHours?.NextOpen(now) ?? now, OutboxStatus.Pending)
        {
            Items = [.. mine.Select(m => m.Title)],
        };
        return (digest, [.. mine.Select(m => m with { Status = OutboxStatus.Digested })]);
    }
}
