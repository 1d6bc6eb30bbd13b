using BudgetPilot.Core.Alerts;
using BudgetPilot.Storage.Database;
using Microsoft.EntityFrameworkCore;

namespace BudgetPilot.Storage.Alerts;

internal sealed class AlertStore(IDbContextFactory<BudgetPilotDbContext> contexts) : IAlertStore
{
    public async Task<IReadOnlyList<Alert>> ListOpenAsync(string workspaceId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Set<AlertRow>().AsNoTracking()
            .Where(a => a.WorkspaceId == workspaceId && a.ResolvedAt == null)
            .OrderByDescending(a => a.OpenedAt).ThenBy(a => a.Id)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => r.ToAlert())];
    }

    public async Task<IReadOnlyList<Alert>> ListAsync(string workspaceId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Set<AlertRow>().AsNoTracking()
            .Where(a => a.WorkspaceId == workspaceId
                && ((a.OpenedAt >= from && a.OpenedAt < to) || (a.ResolvedAt >= from && a.ResolvedAt < to)))
            .ToListAsync(cancellationToken);

        // Newest by its latest event: a resolution counts as news.
        return [.. rows.Select(r => r.ToAlert()).OrderByDescending(a => a.ResolvedAt ?? a.OpenedAt).ThenBy(a => a.Id)];
    }

    public async Task SaveAsync(IReadOnlyList<Alert> alerts, CancellationToken cancellationToken)
    {
        if (alerts.Count == 0)
        {
            return;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var ids = alerts.Select(a => a.Id).Distinct().ToList();
        var known = await db.Set<AlertRow>().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
        foreach (var alert in alerts)
        {
            if (known.TryGetValue(alert.Id, out var row))
            {
                row.CopyFrom(alert);
            }
            else
            {
                known[alert.Id] = db.Add(AlertRow.From(alert)).Entity;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
