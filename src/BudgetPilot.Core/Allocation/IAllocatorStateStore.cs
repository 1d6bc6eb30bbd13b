namespace BudgetPilot.Core.Allocation;

/// <summary>
/// Where the allocator's memory of one workspace lives between decisions (<see cref="AllocatorState"/>), so
/// that a restart, or another node running the next cycle, decides exactly as the same process would have.
/// Saves are incremental: a big workspace writes only the days that changed, not its whole history.
/// </summary>
public interface IAllocatorStateStore
{
    /// <summary>
    /// The workspace's state, or null if it has none yet. Throws <see cref="AllocatorStateException"/> when the
    /// stored state cannot be read (the allocator then starts again from the analysis week).
    /// </summary>
    Task<AllocatorState?> LoadAsync(string workspaceId, CancellationToken cancellationToken);

    /// <summary>Applies one decision's changes: upserts the changed days, deletes those before the window, replaces the summary.</summary>
    Task SaveAsync(string workspaceId, AllocatorStateChanges changes, CancellationToken cancellationToken);
}

/// <summary>The stored allocator state of one workspace could not be used; the message says what was wrong.</summary>
public sealed class AllocatorStateException : Exception
{
    public AllocatorStateException()
    {
    }

    public AllocatorStateException(string message)
        : base(message)
    {
    }

    public AllocatorStateException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
