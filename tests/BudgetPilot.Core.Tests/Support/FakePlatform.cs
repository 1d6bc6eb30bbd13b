using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Execution;
using BudgetPilot.Core.Metrics;

namespace BudgetPilot.Core.Tests.Support;

/// <summary>
/// A platform in memory that counts every write it applies and can fail the ways real ones do:
/// unreachable, or applying a write and then losing the reply.
/// </summary>
public sealed class FakePlatform(Platform platform) : IAdPlatform
{
    private readonly Dictionary<CampaignId, Campaign> campaigns = [];
    private readonly List<MetricSample> samples = [];

    public Platform Platform => platform;

    public List<(string Key, CampaignChange Change)> Writes { get; } = [];

    public bool Unreachable { get; set; }

    /// <summary>The next write is applied, then the reply is lost (the call throws).</summary>
    public bool LoseNextReply { get; set; }

    public void Add(Campaign campaign, IEnumerable<MetricSample> history)
    {
        campaigns[campaign.Id] = campaign;
        samples.AddRange(history);
    }

    public Campaign this[CampaignId id] => campaigns[id];

    public Task<IReadOnlyList<Campaign>> GetCampaignsAsync(CancellationToken cancellationToken)
    {
        ThrowIfDown();
        return Task.FromResult<IReadOnlyList<Campaign>>([.. campaigns.Values]);
    }

    public Task<MetricsBatch> GetMetricsAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        ThrowIfDown();
        return Task.FromResult(MetricsBatch.Of([.. samples.Where(s => s.Hour >= from && s.Hour < to)]));
    }

    public Task<Campaign?> GetCampaignAsync(CampaignId id, CancellationToken cancellationToken)
    {
        ThrowIfDown();
        return Task.FromResult(campaigns.GetValueOrDefault(id));
    }

    public Task<Campaign> ApplyAsync(CampaignChange change, string idempotencyKey, CancellationToken cancellationToken)
    {
        ThrowIfDown();
        Writes.Add((idempotencyKey, change));
        var current = campaigns[change.Campaign];
        var updated = current with { Status = change.Status ?? current.Status, DailyBudget = change.DailyBudget ?? current.DailyBudget };
        campaigns[change.Campaign] = updated;
        if (LoseNextReply)
        {
            LoseNextReply = false;
            throw new PlatformException(platform, "connection reset before the reply arrived", transient: true);
        }

        return Task.FromResult(updated);
    }

    private void ThrowIfDown()
    {
        if (Unreachable)
        {
            throw new PlatformException(platform, "503 Service Unavailable", transient: true);
        }
    }
}
