using BudgetPilot.Core.Approvals;
using BudgetPilot.Storage.Database;
using Microsoft.EntityFrameworkCore;

namespace BudgetPilot.Storage.Approvals;

internal sealed class GracePeriodStore(IDbContextFactory<BudgetPilotDbContext> contexts) : IGracePeriodStore
{
    /// <summary>Waiting pauses, soonest due first.</summary>
    public async Task<IReadOnlyList<GracePause>> ListWaitingAsync(string workspaceId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Set<GracePauseRow>().AsNoTracking()
            .Where(g => g.WorkspaceId == workspaceId && g.Status == GraceStatus.Waiting)
            .OrderBy(g => g.DueAt).ThenBy(g => g.Id)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => r.ToPause())];
    }

    public async Task<GracePause?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Set<GracePauseRow>().AsNoTracking().SingleOrDefaultAsync(g => g.Id == id, cancellationToken);
        return row?.ToPause();
    }

    public async Task SaveAsync(GracePause pause, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Set<GracePauseRow>().SingleOrDefaultAsync(g => g.Id == pause.Id, cancellationToken);
        if (row is null)
        {
            db.Add(GracePauseRow.From(pause));
        }
        else
        {
            row.CopyFrom(pause);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
