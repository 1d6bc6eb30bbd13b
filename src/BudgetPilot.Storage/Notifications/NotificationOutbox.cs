using BudgetPilot.Core.Notifications;
using BudgetPilot.Storage.Database;
using Microsoft.EntityFrameworkCore;

namespace BudgetPilot.Storage.Notifications;

internal sealed class NotificationOutbox(IDbContextFactory<BudgetPilotDbContext> contexts) : INotificationOutbox
{
    public async Task AddAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        if (messages.Count == 0)
        {
            return;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.AddRange(messages.Select(NotificationRow.From));
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task UpdateAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Set<NotificationRow>().SingleOrDefaultAsync(n => n.Id == message.Id, cancellationToken)
            ?? throw new InvalidOperationException($"Outbox message {message.Id} is not in the outbox.");
        row.CopyFrom(message);
        await db.SaveChangesAsync(cancellationToken);
    }

    public Task<IReadOnlyList<OutboxMessage>> ListSinceAsync(string workspaceId, DateTimeOffset since, CancellationToken cancellationToken) =>
        QueryAsync(q => q.Where(n => n.WorkspaceId == workspaceId && n.CreatedAt >= since), cancellationToken);

    public Task<IReadOnlyList<OutboxMessage>> ListDueAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        QueryAsync(q => q.Where(n => n.Status == OutboxStatus.Pending && n.DueAt <= now), cancellationToken);

    public Task<IReadOnlyList<OutboxMessage>> ListHeldAsync(CancellationToken cancellationToken) =>
        QueryAsync(q => q.Where(n => n.Status == OutboxStatus.Held), cancellationToken);

    private async Task<IReadOnlyList<OutboxMessage>> QueryAsync(Func<IQueryable<NotificationRow>, IQueryable<NotificationRow>> where, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await where(db.Set<NotificationRow>().AsNoTracking()).OrderBy(n => n.CreatedAt).ThenBy(n => n.Id).ToListAsync(cancellationToken);
        return [.. rows.Select(r => r.ToMessage())];
    }
}
