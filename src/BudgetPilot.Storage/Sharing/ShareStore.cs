using BudgetPilot.Core.Sharing;
using BudgetPilot.Storage.Database;
using Microsoft.EntityFrameworkCore;

namespace BudgetPilot.Storage.Sharing;

internal sealed class ShareStore(IDbContextFactory<BudgetPilotDbContext> contexts) : IShareStore
{
    public async Task AddAsync(ShareLink share, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Add(ShareRow.From(share));
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<ShareLink?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Set<ShareRow>().AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        return row?.ToLink();
    }

    public async Task<IReadOnlyList<ShareLink>> ListAsync(string workspaceId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Set<ShareRow>().AsNoTracking().Where(s => s.WorkspaceId == workspaceId)
            .OrderByDescending(s => s.CreatedAt).ThenBy(s => s.Id).ToListAsync(cancellationToken);
        return [.. rows.Select(s => s.ToLink())];
    }

    public async Task<ShareLink?> RevokeAsync(Guid id, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Set<ShareRow>().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (row is null)
        {
            return null;
        }

        row.RevokedAt ??= at;
        await db.SaveChangesAsync(cancellationToken);
        return row.ToLink();
    }
}
