using System.Diagnostics;

namespace BudgetPilot.Web.Reading;

/// <summary>
/// One value shared by every dashboard request, replaced rather than recomputed per request. Only the very
/// first read waits for a load. An old value is served while a single background load replaces it, so no
/// request queues behind a load; a value marked stale (a manager's command changed what it shows) is reloaded
/// before answering when loads are cheap, so the command's author sees its effect. A writer that already has
/// the new value (the cycle) publishes it without any load.
/// </summary>
public sealed class ReadCache<T>(TimeProvider time, TimeSpan maxAge, Func<CancellationToken, Task<T>> load)
    where T : class
{
    /// <summary>Loads slower than this are never waited for once there is a value to show.</summary>
    public static readonly TimeSpan ExpensiveLoad = TimeSpan.FromSeconds(1);

    private readonly SemaphoreSlim gate = new(1, 1);
    private Entry? current;
    private int refreshing;
    private long version;

    public bool HasValue => Volatile.Read(ref current) is not null;

    public async Task<T> GetAsync(CancellationToken cancellationToken)
    {
        var entry = Volatile.Read(ref current);
        if (entry is not null && (!entry.Stale || entry.LoadTime >= ExpensiveLoad))
        {
            if (entry.Stale || (entry.At != DateTimeOffset.MaxValue && time.GetUtcNow() - entry.At >= maxAge))
            {
                RefreshInBackground();
            }

            return entry.Value;
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            if (Volatile.Read(ref current) is { Stale: false } loaded)
            {
                return loaded.Value;
            }

            return (await LoadAsync(cancellationToken)).Value;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>A value computed elsewhere replaces the current one at once; <paramref name="loadCost"/> is what loading it here would cost.</summary>
    public void Publish(T value, TimeSpan loadCost)
    {
        Interlocked.Increment(ref version);

        // A published value is replaced by the next publication, not by age: reloading it would redo the writer's work.
        Volatile.Write(ref current, new Entry(value, DateTimeOffset.MaxValue, loadCost, Stale: false));
    }

    public void Invalidate()
    {
        // A load already under way read the stores before the change: its result must not count as fresh.
        Interlocked.Increment(ref version);
        if (Volatile.Read(ref current) is { } entry)
        {
            Volatile.Write(ref current, entry with { Stale = true });
        }
    }

    private async Task<Entry> LoadAsync(CancellationToken cancellationToken)
    {
        var started = Interlocked.Read(ref version);
        var clock = Stopwatch.StartNew();
        var value = await load(cancellationToken);
        var entry = new Entry(value, time.GetUtcNow(), clock.Elapsed, Stale: Interlocked.Read(ref version) != started);

        // A publication that landed during the load is newer than what the load read.
        if (Interlocked.Read(ref version) == started || Volatile.Read(ref current) is null)
        {
            Volatile.Write(ref current, entry);
        }

        return entry;
    }

    private void RefreshInBackground()
    {
        if (Interlocked.CompareExchange(ref refreshing, 1, 0) != 0)
        {
            return;
        }

        _ = Task.Run(async () =>
        {
            try
            {
                await gate.WaitAsync();
                try
                {
                    await LoadAsync(CancellationToken.None);
                }
                finally
                {
                    gate.Release();
                }
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // A failed refresh keeps serving the last good value; the next stale read tries again.
                Trace.TraceWarning($"Dashboard read model refresh failed: {ex.Message}");
            }
            finally
            {
                Volatile.Write(ref refreshing, 0);
            }
        });
    }

    private sealed record Entry(T Value, DateTimeOffset At, TimeSpan LoadTime, bool Stale);
}
