namespace BudgetPilot.Core.Approvals;

public interface IGracePeriodStore
{
    Task<IReadOnlyList<GracePause>> ListWaitingAsync(string workspaceId, CancellationToken cancellationToken);

    Task<GracePause?> FindAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Inserts or replaces by id.</summary>
    Task SaveAsync(GracePause pause, CancellationToken cancellationToken);
}
