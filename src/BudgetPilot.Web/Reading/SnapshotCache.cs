using BudgetPilot.Core.Cycle;

namespace BudgetPilot.Web.Reading;

/// <summary>
/// The dashboard's read model: one workspace snapshot (every campaign analysed over 16 days) shared by all
/// requests for a short while, instead of one load per request. Concurrent readers wait for a single load;
/// a manager's command drops it so the next read shows its effect. The cycle itself never uses this.
/// </summary>
public sealed class SnapshotCache(TimeProvider time)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim gate = new(1, 1);
    private Entry? current;

    public async Task<WorkspaceSnapshot> GetAsync(WorkspaceContext ctx, CancellationToken cancellationToken)
    {
        if (Fresh(Volatile.Read(ref current)) is { } hit)
        {
            return hit;
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            if (Fresh(current) is { } loaded)
            {
                return loaded;
            }

            var snapshot = await ctx.SnapshotAsync(cancellationToken);
            Volatile.Write(ref current, new Entry(snapshot, time.GetUtcNow()));
            return snapshot;
        }
        finally
        {
            gate.Release();
        }
    }

    public void Invalidate() => Volatile.Write(ref current, null);

    private WorkspaceSnapshot? Fresh(Entry? entry) => entry is not null && time.GetUtcNow() - entry.At < MaxAge ? entry.Snapshot : null;

    private sealed record Entry(WorkspaceSnapshot Snapshot, DateTimeOffset At);
}
