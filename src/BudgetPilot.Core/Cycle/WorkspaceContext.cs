using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Execution;
using BudgetPilot.Core.Settings;

namespace BudgetPilot.Core.Cycle;

/// <summary>One workspace's definition, settings, stores and executor: what every step of the loop works with.</summary>
public sealed record WorkspaceContext(Workspace Workspace, WorkspaceSettings Settings, Stores Stores, Executor Executor, TimeProvider Time)
{
    public string Id => Workspace.Id;

    /// <summary>
    /// Told the snapshot a cycle analysed, once the cycle is done, so a reader (the dashboard) can show the same
    /// numbers without analysing every campaign again. Must not block: the cycle waits for it.
    /// </summary>
    public Action<WorkspaceSnapshot>? Analysed { get; init; }

    /// <summary>
    /// This context with its clock stopped at <paramref name="instant"/>: every step, every stamp and the executor's
    /// audit entries then read that one instant (invariant 11). A cycle is handed its instant; a manager's action takes
    /// it once, on entry, with <see cref="AtNow"/>.
    /// </summary>
    public WorkspaceContext At(DateTimeOffset instant)
    {
        var clock = new InstantClock(instant, Time);
        return this with { Time = clock, Executor = Executor.WithClock(clock) };
    }

    /// <summary>This context stopped at the current instant; a context already stopped stays at its instant.</summary>
    public WorkspaceContext AtNow() => Time is InstantClock ? this : At(Time.GetUtcNow());

    public Task<WorkspaceSnapshot> SnapshotAsync(CancellationToken cancellationToken) =>
        WorkspaceSnapshot.LoadAsync(Stores, Workspace, Settings, Time.GetUtcNow(), cancellationToken);

    public Task<AuditEntry> AuditAsync(AuditEntry entry, CancellationToken cancellationToken) => Stores.Audit.AppendAsync(entry, cancellationToken);
}
