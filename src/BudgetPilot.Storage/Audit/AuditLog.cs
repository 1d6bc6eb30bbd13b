using BudgetPilot.Core.Execution;
using BudgetPilot.Storage.Database;
using Microsoft.EntityFrameworkCore;

namespace BudgetPilot.Storage.Audit;

internal sealed class AuditLog(IDbContextFactory<BudgetPilotDbContext> contexts) : IAuditLog
{
    public async Task<AuditEntry> AppendAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = AuditEntryRow.From(entry);
        db.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        return entry with { Sequence = row.Sequence };
    }

    public async Task<IReadOnlyList<AuditEntry>> ListAsync(string workspaceId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Set<AuditEntryRow>().AsNoTracking()
            .Where(a => a.WorkspaceId == workspaceId && a.At >= from && a.At < to)
            .OrderBy(a => a.Sequence)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => r.ToEntry())];
    }

    public async Task<IReadOnlyList<AuditEntry>> ListUnfinishedIntentsAsync(string workspaceId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entries = db.Set<AuditEntryRow>().AsNoTracking();
        var rows = await entries
            .Where(i => i.WorkspaceId == workspaceId && i.Kind == AuditKind.Intent && i.IdempotencyKey != null
                && !entries.Any(o => o.Kind == AuditKind.Outcome && o.IdempotencyKey == i.IdempotencyKey))
            .OrderBy(i => i.Sequence)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => r.ToEntry())];
    }

    public async Task<AuditEntry?> FindOutcomeAsync(string idempotencyKey, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Set<AuditEntryRow>().AsNoTracking()
            .Where(a => a.IdempotencyKey == idempotencyKey && a.Kind == AuditKind.Outcome)
            .OrderByDescending(a => a.Sequence)
            .FirstOrDefaultAsync(cancellationToken);
        return row?.ToEntry();
    }
}
