namespace BudgetPilot.Core.Sharing;

public interface IShareStore
{
    Task AddAsync(ShareLink share, CancellationToken cancellationToken);

    Task<ShareLink?> FindAsync(Guid id, CancellationToken cancellationToken);

    Task<IReadOnlyList<ShareLink>> ListAsync(string workspaceId, CancellationToken cancellationToken);

    /// <summary>Marks the link revoked at <paramref name="at"/> (the first revocation wins); null when there is no such link.</summary>
    Task<ShareLink?> RevokeAsync(Guid id, DateTimeOffset at, CancellationToken cancellationToken);
}
