using System.Diagnostics;
using BudgetPilot.Core.Cycle;

namespace BudgetPilot.Web.Reading;

/// <summary>
/// The dashboard's read model: one workspace snapshot (every campaign analysed over 16 days) shared by all
/// requests for a short while, instead of one load per request. Concurrent readers wait for a single load.
/// When a load is expensive (a large workspace: seconds, not milliseconds) a stale snapshot is served while
/// a fresh one loads in the background, so no request waits for it; a cheap load is simply redone. A
/// manager's command marks the snapshot stale so the next read shows its effect. The cycle never uses this.
/// </summary>
public sealed class SnapshotCache(TimeProvider time)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    /// <summary>Loads slower than this are refreshed in the background rather than waited for.</summary>
    public static readonly TimeSpan ExpensiveLoad = TimeSpan.FromSeconds(1);

    private readonly SemaphoreSlim gate = new(1, 1);
    private Entry? current;
    private int refreshing;

    public async Task<WorkspaceSnapshot> GetAsync(WorkspaceContext ctx, CancellationToken cancellationToken)
    {
        var entry = Volatile.Read(ref current);
        if (entry is not null && (Fresh(entry) || entry.LoadTime >= ExpensiveLoad))
        {
            if (!Fresh(entry))
            {
                RefreshInBackground(ctx);
            }

            return entry.Snapshot;
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            if (Volatile.Read(ref current) is { } loaded && Fresh(loaded))
            {
                return loaded.Snapshot;
            }

            return (await LoadAsync(ctx, cancellationToken)).Snapshot;
        }
        finally
        {
            gate.Release();
        }
    }

    public void Invalidate()
    {
        if (Volatile.Read(ref current) is { } entry)
        {
            Volatile.Write(ref current, entry with { At = DateTimeOffset.MinValue });
        }
    }

    private bool Fresh(Entry entry) => time.GetUtcNow() - entry.At < MaxAge;

    private async Task<Entry> LoadAsync(WorkspaceContext ctx, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var snapshot = await ctx.SnapshotAsync(cancellationToken);
        var entry = new Entry(snapshot, time.GetUtcNow(), clock.Elapsed);
        Volatile.Write(ref current, entry);
        return entry;
    }

    private void RefreshInBackground(WorkspaceContext ctx)
    {
        if (Interlocked.CompareExchange(ref refreshing, 1, 0) != 0)
        {
            return;
        }

        _ = Task.Run(async () =>
        {
            try
            {
                // A failed refresh keeps serving the last good snapshot; the next stale read tries again.
                await LoadAsync(ctx, CancellationToken.None);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                Trace.TraceWarning($"Dashboard snapshot refresh failed: {ex.Message}");
            }
            finally
            {
                Volatile.Write(ref refreshing, 0);
            }
        });
    }

    private sealed record Entry(WorkspaceSnapshot Snapshot, DateTimeOffset At, TimeSpan LoadTime);
}
