using BudgetPilot.Core.Notifications;

namespace BudgetPilot.Reports.Notifications;

/// <summary>The outbox in process memory: for simulations, tests and a workspace without a database.</summary>
public sealed class InMemoryOutbox : INotificationOutbox
{
    private readonly Lock gate = new();
    private readonly List<OutboxMessage> messages = [];

    public IReadOnlyList<OutboxMessage> All
    {
        get
        {
            lock (gate)
            {
                return [.. messages];
            }
        }
    }

    public Task AddAsync(IReadOnlyList<OutboxMessage> added, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            messages.AddRange(added);
        }

        return Task.CompletedTask;
    }

    public Task UpdateAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            var index = messages.FindIndex(m => m.Id == message.Id);
            if (index < 0)
            {
                throw new InvalidOperationException($"Outbox message {message.Id} is not in the outbox.");
            }

            messages[index] = message;
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<OutboxMessage>> ListSinceAsync(string workspaceId, DateTimeOffset since, CancellationToken cancellationToken) =>
        Query(m => m.WorkspaceId == workspaceId && m.CreatedAt >= since);

    public Task<IReadOnlyList<OutboxMessage>> ListDueAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        Query(m => m.Status == OutboxStatus.Pending && m.DueAt <= now);

    public Task<IReadOnlyList<OutboxMessage>> ListHeldAsync(CancellationToken cancellationToken) => Query(m => m.Status == OutboxStatus.Held);

    private Task<IReadOnlyList<OutboxMessage>> Query(Func<OutboxMessage, bool> where)
    {
        lock (gate)
        {
            return Task.FromResult<IReadOnlyList<OutboxMessage>>([.. messages.Where(where).OrderBy(m => m.CreatedAt)]);
        }
    }
}
