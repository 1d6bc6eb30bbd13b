namespace BudgetPilot.Core.Cycle;

public interface ICycleLog
{
    Task SaveAsync(CycleRecord record, CancellationToken cancellationToken);

    /// <summary>Cycles in [<paramref name="from"/>, <paramref name="to"/>), newest first.</summary>
    Task<IReadOnlyList<CycleRecord>> ListAsync(string workspaceId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);
}
