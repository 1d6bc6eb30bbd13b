namespace BudgetPilot.Core.Notifications;

/// <summary>The persisted queue and history of every message; the in-app feed reads it too.</summary>
public interface INotificationOutbox
{
    Task AddAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken);

    /// <summary>Replaces a message by id (status, attempts, last error).</summary>
    Task UpdateAsync(OutboxMessage message, CancellationToken cancellationToken);

    /// <summary>Messages created at or after <paramref name="since"/>, oldest first: what dedupe and digests look back on.</summary>
    Task<IReadOnlyList<OutboxMessage>> ListSinceAsync(string workspaceId, DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>Pending messages due by <paramref name="now"/>, oldest first.</summary>
    Task<IReadOnlyList<OutboxMessage>> ListDueAsync(DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Held low-severity messages of any workspace, for the digest.</summary>
    Task<IReadOnlyList<OutboxMessage>> ListHeldAsync(CancellationToken cancellationToken);
}
