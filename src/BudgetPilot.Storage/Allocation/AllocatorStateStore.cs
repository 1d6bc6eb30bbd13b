using BudgetPilot.Core.Allocation;
using BudgetPilot.Storage.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BudgetPilot.Storage.Allocation;

/// <summary>
/// The allocator's memory in two tables: <c>allocator_state</c> (one row per workspace) and
/// <c>allocator_days</c> (one row per campaign-day in the window). A save touches only the days that
/// changed (about a week per campaign) and deletes those that left the window.
/// </summary>
internal sealed partial class AllocatorStateStore(IDbContextFactory<BudgetPilotDbContext> contexts, ILogger<AllocatorStateStore> logger) : IAllocatorStateStore
{
    public async Task<AllocatorState?> LoadAsync(string workspaceId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var head = await db.Set<AllocatorStateRow>().AsNoTracking().SingleOrDefaultAsync(s => s.WorkspaceId == workspaceId, cancellationToken);
        List<AllocatorDay> days;
        try
        {
            var rows = await db.Set<AllocatorDayRow>().AsNoTracking().Where(d => d.WorkspaceId == workspaceId).ToListAsync(cancellationToken);
            days = [.. rows.Select(r => r.ToDay())];
        }
        catch (Exception ex) when (ex is FormatException or InvalidCastException or ArgumentException)
        {
            throw Unusable(workspaceId, $"a stored day does not read: {ex.Message}", ex);
        }

        if (head is null)
        {
            return days.Count == 0 ? null : throw Unusable(workspaceId, $"{days.Count} stored days have no allocator_state row", null);
        }

        if (!MaturityStatistics.TryParse(head.Maturity, out var maturity, out var error))
        {
            throw Unusable(workspaceId, error ?? "maturity statistics do not parse", null);
        }

        var state = new AllocatorState(head.LastDecided, maturity, days);
        return state.Problem() is { } problem ? throw Unusable(workspaceId, problem, null) : state;
    }

    public async Task SaveAsync(string workspaceId, AllocatorStateChanges changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var days = db.Set<AllocatorDayRow>();
        if (changes.Replace)
        {
            await days.Where(d => d.WorkspaceId == workspaceId).ExecuteDeleteAsync(cancellationToken);
        }
        else
        {
            var keepFrom = changes.KeepFrom;
            await days.Where(d => d.WorkspaceId == workspaceId && d.Date < keepFrom).ExecuteDeleteAsync(cancellationToken);
        }

        var head = await db.Set<AllocatorStateRow>().SingleOrDefaultAsync(s => s.WorkspaceId == workspaceId, cancellationToken);
        if (head is null)
        {
            head = new AllocatorStateRow { WorkspaceId = workspaceId, Maturity = string.Empty };
            db.Add(head);
        }

        head.LastDecided = changes.LastDecided;
        head.Maturity = changes.Maturity.Format();
        head.UpdatedAt = changes.At;

        // A day before the window would only be deleted by the next save; it is never written.
        var changed = changes.Changed.Where(d => d.Date >= changes.KeepFrom).ToList();
        if (changed.Count > 0)
        {
            // Only the dates being written are read back, so a day's save reads about a week per campaign, not the window.
            var from = changed.Min(d => d.Date);
            var existing = changes.Replace
                ? []
                : await days.Where(d => d.WorkspaceId == workspaceId && d.Date >= from).ToDictionaryAsync(d => (d.CampaignId, d.Date), cancellationToken);
            foreach (var day in changed)
            {
                if (existing.TryGetValue((day.Campaign.ToString(), day.Date), out var row))
                {
                    row.CopyFrom(day);
                }
                else
                {
                    db.Add(AllocatorDayRow.From(workspaceId, day));
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private AllocatorStateException Unusable(string workspaceId, string problem, Exception? inner)
    {
        LogUnusable(workspaceId, problem);
        var message = $"stored allocator state of workspace {workspaceId} is unusable: {problem}";
        return inner is null ? new AllocatorStateException(message) : new AllocatorStateException(message, inner);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Allocator state of workspace {WorkspaceId} is unusable and will be replaced; the allocator decides from the analysis week: {Problem}")]
    private partial void LogUnusable(string workspaceId, string problem);
}
