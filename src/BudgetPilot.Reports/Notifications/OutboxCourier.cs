using BudgetPilot.Core.Notifications;
using BudgetPilot.Reports.Channels;
using Microsoft.Extensions.Logging;

namespace BudgetPilot.Reports.Notifications;

/// <summary>
/// Delivers due messages. A failure is recorded on the message (attempts, last error) and retried with
/// exponential backoff; after <see cref="MaxAttempts"/> it stays Failed. Nothing here throws to its caller.
/// </summary>
public sealed partial class OutboxCourier(INotificationOutbox outbox, IEnumerable<INotificationChannel> channels, TimeProvider time, ILogger<OutboxCourier> logger)
{
    public const int MaxAttempts = 6;

    private readonly Dictionary<string, INotificationChannel> byName = channels.ToDictionary(c => c.Name, StringComparer.Ordinal);

    public static TimeSpan Backoff(int attempts) => TimeSpan.FromMinutes(Math.Min(60, Math.Pow(2, attempts - 1)));

    /// <summary>Tries every due message once; returns how many were sent.</summary>
    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken)
    {
        var sent = 0;
        foreach (var message in await outbox.ListDueAsync(time.GetUtcNow(), cancellationToken))
        {
            OutboxMessage next;
            try
            {
                if (!byName.TryGetValue(message.Channel, out var channel))
                {
                    throw new InvalidOperationException($"No notification channel named '{message.Channel}' is configured.");
                }

                await channel.SendAsync(message, cancellationToken);
                next = message with { Status = OutboxStatus.Sent, Attempts = message.Attempts + 1, SentAt = time.GetUtcNow(), LastError = null };
                sent++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                var attempts = message.Attempts + 1;
                var giveUp = attempts >= MaxAttempts;
                next = message with
                {
                    Attempts = attempts,
                    LastError = $"{ex.GetType().Name}: {ex.Message}",
                    Status = giveUp ? OutboxStatus.Failed : OutboxStatus.Pending,
                    DueAt = time.GetUtcNow() + Backoff(attempts),
                };
                LogFailed(message.Channel, message.Id, attempts, giveUp, ex.Message);
            }

            await outbox.UpdateAsync(next, cancellationToken);
        }

        return sent;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notification {MessageId} on {Channel} failed (attempt {Attempts}, giving up: {GaveUp}): {Error}")]
    private partial void LogFailed(string channel, Guid messageId, int attempts, bool gaveUp, string error);
}
