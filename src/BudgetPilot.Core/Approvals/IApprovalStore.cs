namespace BudgetPilot.Core.Approvals;

public interface IApprovalStore
{
    Task<IReadOnlyList<ApprovalRequest>> ListPendingAsync(string workspaceId, CancellationToken cancellationToken);

    Task<IReadOnlyList<ApprovalRequest>> ListAsync(string workspaceId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);

    Task<ApprovalRequest?> FindAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Inserts or replaces by id.</summary>
    Task SaveAsync(ApprovalRequest request, CancellationToken cancellationToken);
}
