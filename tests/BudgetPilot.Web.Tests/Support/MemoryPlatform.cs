using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Execution;

namespace BudgetPilot.Web.Tests.Support;

/// <summary>An ad platform in memory: holds the seeded campaigns and applies writes, so approvals really execute.</summary>
public sealed class MemoryPlatform(Platform platform, IEnumerable<Campaign> campaigns) : IAdPlatform
{
    private readonly Dictionary<CampaignId, Campaign> byId = campaigns.Where(c => c.Id.Platform == platform).ToDictionary(c => c.Id);

    public Platform Platform => platform;

    public Task<IReadOnlyList<Campaign>> GetCampaignsAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<Campaign>>([.. byId.Values]);

    public Task<MetricsBatch> GetMetricsAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) => Task.FromResult(MetricsBatch.Of([]));

    public Task<Campaign?> GetCampaignAsync(CampaignId id, CancellationToken cancellationToken) => Task.FromResult(byId.GetValueOrDefault(id));

    public Task<Campaign> ApplyAsync(CampaignChange change, string idempotencyKey, CancellationToken cancellationToken)
    {
        var current = byId[change.Campaign];
        var updated = current with { Status = change.Status ?? current.Status, DailyBudget = change.DailyBudget ?? current.DailyBudget };
        byId[change.Campaign] = updated;
        return Task.FromResult(updated);
    }
}
