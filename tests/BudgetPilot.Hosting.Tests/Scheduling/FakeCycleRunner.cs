using BudgetPilot.Core.Cycle;

namespace BudgetPilot.Hosting.Tests.Scheduling;

/// <summary>Records each cycle's instant and signals it; optionally fails chosen cycles or waits for cancellation.</summary>
internal sealed class FakeCycleRunner : ICycleRunner
{
    private readonly SemaphoreSlim started = new(0);

    public List<DateTimeOffset> Instants { get; } = [];

    public Func<int, bool> Throws { get; init; } = _ => false;

    public Func<int, bool> Hangs { get; init; } = _ => false;

    public async Task<CycleRecord> RunAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        int call;
        lock (Instants)
        {
            Instants.Add(now);
            call = Instants.Count;
        }

        started.Release();
        if (Hangs(call))
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, TimeProvider.System, cancellationToken);
        }

        await Task.Yield();
        if (Throws(call))
        {
            throw new InvalidOperationException($"cycle {call} broke");
        }

        return new CycleRecord(Guid.NewGuid(), "default", now, TimeSpan.Zero, false, null, new CycleCounts(), []);
    }

    /// <summary>Waits for the next cycle to start. The timeout only guards against a hung test; nothing sleeps.</summary>
    public async Task NextAsync()
    {
        Assert.True(await started.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken), "the scheduler did not start a cycle");
    }

    public int Pending => started.CurrentCount;
}
