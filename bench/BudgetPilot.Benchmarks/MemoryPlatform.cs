using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Execution;
using BudgetPilot.Core.Metrics;

namespace BudgetPilot.Benchmarks;

/// <summary>
/// One ad platform in memory over a <see cref="Portfolio"/>'s campaigns of that platform: reads slice the
/// shared hourly arrays, writes change a copy of the campaigns that <see cref="Reset"/> puts back.
/// </summary>
public sealed class MemoryPlatform : IAdPlatform
{
    private readonly List<(Campaign Campaign, MetricSample[] Samples)> initial = [];
    private readonly Dictionary<CampaignId, Campaign> campaigns = [];

    public MemoryPlatform(Portfolio portfolio, Platform platform)
    {
        Platform = platform;
        for (var i = 0; i < portfolio.Campaigns.Count; i++)
        {
            if (portfolio.Campaigns[i].Id.Platform == platform)
            {
                initial.Add((portfolio.Campaigns[i], portfolio.Samples[i]));
            }
        }

        Reset();
    }

    public Platform Platform { get; }

    public int Writes { get; private set; }

    public void Reset()
    {
        campaigns.Clear();
        foreach (var (campaign, _) in initial)
        {
            campaigns[campaign.Id] = campaign;
        }

        Writes = 0;
    }

    public Task<IReadOnlyList<Campaign>> GetCampaignsAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Campaign>>([.. campaigns.Values]);

    public Task<MetricsBatch> GetMetricsAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var result = new List<MetricSample>();
        foreach (var (_, samples) in initial)
        {
            if (samples.Length == 0)
            {
                continue;
            }

            // Hourly and gap-free, so the first index is arithmetic.
            var start = Math.Max(0, (int)Math.Ceiling((from - samples[0].Hour).TotalHours));
            for (var i = start; i < samples.Length && samples[i].Hour < to; i++)
            {
                result.Add(samples[i]);
            }
        }

        return Task.FromResult(MetricsBatch.Of(result));
    }

    public Task<Campaign?> GetCampaignAsync(CampaignId id, CancellationToken cancellationToken) =>
        Task.FromResult(campaigns.GetValueOrDefault(id));

    public Task<Campaign> ApplyAsync(CampaignChange change, string idempotencyKey, CancellationToken cancellationToken)
    {
        var current = campaigns[change.Campaign];
        var updated = current with { Status = change.Status ?? current.Status, DailyBudget = change.DailyBudget ?? current.DailyBudget };
        campaigns[change.Campaign] = updated;
        Writes++;
        return Task.FromResult(updated);
    }
}
