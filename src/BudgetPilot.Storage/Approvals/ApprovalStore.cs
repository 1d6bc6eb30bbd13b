using BudgetPilot.Core.Approvals;
using BudgetPilot.Storage.Database;
using Microsoft.EntityFrameworkCore;

namespace BudgetPilot.Storage.Approvals;

internal sealed class ApprovalStore(IDbContextFactory<BudgetPilotDbContext> contexts) : IApprovalStore
{
    public async Task<IReadOnlyList<ApprovalRequest>> ListPendingAsync(string workspaceId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Set<ApprovalRow>().AsNoTracking()
            .Where(a => a.WorkspaceId == workspaceId && a.Status == ApprovalStatus.Pending)
            .OrderBy(a => a.ExpiresAt).ThenBy(a => a.Id)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => r.ToRequest())];
    }

    /// <summary>Requests made in [from, to), newest first.</summary>
    public async Task<IReadOnlyList<ApprovalRequest>> ListAsync(string workspaceId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Set<ApprovalRow>().AsNoTracking()
            .Where(a => a.WorkspaceId == workspaceId && a.RequestedAt >= from && a.RequestedAt < to)
            .OrderByDescending(a => a.RequestedAt).ThenBy(a => a.Id)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => r.ToRequest())];
    }

    public async Task<ApprovalRequest?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Set<ApprovalRow>().AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        return row?.ToRequest();
    }

    public async Task SaveAsync(ApprovalRequest request, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Set<ApprovalRow>().SingleOrDefaultAsync(a => a.Id == request.Id, cancellationToken);
        if (row is null)
        {
            db.Add(ApprovalRow.From(request));
        }
        else
        {
            row.CopyFrom(request);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
