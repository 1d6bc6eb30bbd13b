using BudgetPilot.Core.Cycle;
using BudgetPilot.Storage.Database;
using Microsoft.EntityFrameworkCore;

namespace BudgetPilot.Storage.Cycle;

internal sealed class CycleLog(IDbContextFactory<BudgetPilotDbContext> contexts) : ICycleLog
{
    /// <summary>A record saved twice (same id) is replaced, so a retried save never duplicates a cycle.</summary>
    public async Task SaveAsync(CycleRecord record, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var incoming = CycleRow.From(record);
        var row = await db.Set<CycleRow>().SingleOrDefaultAsync(c => c.Id == record.Id, cancellationToken);
        if (row is null)
        {
            db.Add(incoming);
        }
        else
        {
            db.Entry(row).CurrentValues.SetValues(incoming);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<CycleRecord>> ListAsync(string workspaceId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Set<CycleRow>().AsNoTracking()
            .Where(c => c.WorkspaceId == workspaceId && c.At >= from && c.At < to)
            .OrderByDescending(c => c.At).ThenBy(c => c.Id)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => r.ToRecord())];
    }
}
