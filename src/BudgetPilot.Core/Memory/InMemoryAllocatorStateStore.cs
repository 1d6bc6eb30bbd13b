using BudgetPilot.Core.Allocation;
using BudgetPilot.Core.Campaigns;

namespace BudgetPilot.Core.Memory;

/// <summary>
/// The allocator's state in process memory, applied the way the database applies it (upsert the changed
/// days, drop those before the window), so simulations and tests exercise the same load → decide → save path.
/// </summary>
public sealed class InMemoryAllocatorStateStore : IAllocatorStateStore
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, Entry> workspaces = new(StringComparer.Ordinal);

    public Task<AllocatorState?> LoadAsync(string workspaceId, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            AllocatorState? state = workspaces.TryGetValue(workspaceId, out var e)
                ? new AllocatorState(e.LastDecided, e.Maturity, [.. e.Days.Values])
                : null;
            return Task.FromResult(state);
        }
    }

    public Task SaveAsync(string workspaceId, AllocatorStateChanges changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        lock (gate)
        {
            if (!workspaces.TryGetValue(workspaceId, out var e) || changes.Replace)
            {
                e = new Entry();
                workspaces[workspaceId] = e;
            }

            e.LastDecided = changes.LastDecided;
            e.Maturity = changes.Maturity;
            foreach (var day in changes.Changed.Where(d => d.Date >= changes.KeepFrom))
            {
                e.Days[(day.Campaign, day.Date)] = day;
            }

            foreach (var old in e.Days.Keys.Where(k => k.Date < changes.KeepFrom).ToList())
            {
                e.Days.Remove(old);
            }
        }

        return Task.CompletedTask;
    }

    private sealed class Entry
    {
        public DateOnly? LastDecided { get; set; }

        public MaturityStatistics Maturity { get; set; } = MaturityStatistics.Prior;

        public SortedDictionary<(CampaignId Campaign, DateOnly Date), AllocatorDay> Days { get; } = [];
    }
}
