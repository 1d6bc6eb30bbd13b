namespace BudgetPilot.Core.Campaigns;

public interface ICampaignStore
{
    Task<IReadOnlyList<Campaign>> ListAsync(string workspaceId, CancellationToken cancellationToken);

    /// <summary>Inserts new campaigns and replaces known ones by id.</summary>
    Task UpsertAsync(string workspaceId, IReadOnlyList<Campaign> campaigns, CancellationToken cancellationToken);
}
