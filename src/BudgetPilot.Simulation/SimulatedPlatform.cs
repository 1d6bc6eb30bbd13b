using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Execution;

namespace BudgetPilot.Simulation;

/// <summary>
/// One platform of a <see cref="SimulatedMarket"/> behind Core's <see cref="IAdPlatform"/>: a workspace
/// sees four of these over one market. Writes are idempotent by key, and faults can be injected to
/// prove that an executor never applies an action twice.
/// </summary>
public sealed class SimulatedPlatform(SimulatedMarket market, Platform platform) : IAdPlatform
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, int> applied = new(StringComparer.Ordinal);

    public Platform Platform { get; } = platform;

    /// <summary>Throws before the write reaches the market (nothing applied): e.g. a timeout on the way in.</summary>
    public Func<CampaignChange, string, Exception?>? FailBeforeApply { get; set; }

    /// <summary>Throws after the write was applied: the reply is lost, the change is not.</summary>
    public Func<CampaignChange, string, Exception?>? FailAfterApply { get; set; }

    /// <summary>How many times a write under <paramref name="idempotencyKey"/> reached the market (0 or 1).</summary>
    public int AppliedCount(string idempotencyKey)
    {
        lock (gate)
        {
            return applied.GetValueOrDefault(idempotencyKey);
        }
    }

    public Task<IReadOnlyList<Campaign>> GetCampaignsAsync(CancellationToken cancellationToken)
    {
        lock (gate)
        {
            var campaigns = new List<Campaign>();
            for (var i = 0; i < market.CampaignCount; i++)
            {
                var campaign = market.IsLaunched(i) ? market.Campaign(i) : null;
                if (campaign is not null && campaign.Id.Platform == Platform)
                {
                    campaigns.Add(campaign);
                }
            }

            return Task.FromResult<IReadOnlyList<Campaign>>(campaigns);
        }
    }

    public Task<MetricsBatch> GetMetricsAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult(MetricsBatch.Of(market.ReadMetrics(Platform, from, to)));
        }
    }

    public Task<Campaign?> GetCampaignAsync(CampaignId id, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult(Find(id));
        }
    }

    public Task<Campaign> ApplyAsync(CampaignChange change, string idempotencyKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentException.ThrowIfNullOrEmpty(idempotencyKey);
        lock (gate)
        {
            if (change.Campaign.Platform != Platform)
            {
                throw new PlatformException(Platform, $"campaign {change.Campaign} belongs to another platform.", transient: false);
            }

            if (applied.ContainsKey(idempotencyKey))
            {
                return Task.FromResult(Find(change.Campaign)
                    ?? throw new PlatformException(Platform, $"campaign {change.Campaign} no longer exists.", transient: false));
            }

            if (FailBeforeApply?.Invoke(change, idempotencyKey) is { } before)
            {
                throw before;
            }

            Campaign result;
            try
            {
                result = market.Apply(change);
            }
            catch (ArgumentException e)
            {
                throw new PlatformException(Platform, e.Message, transient: false, e);
            }

            applied[idempotencyKey] = applied.GetValueOrDefault(idempotencyKey) + 1;
            if (FailAfterApply?.Invoke(change, idempotencyKey) is { } after)
            {
                throw after;
            }

            return Task.FromResult(result);
        }
    }

    /// <summary>The four adapters a workspace sees over one market.</summary>
    public static IReadOnlyList<SimulatedPlatform> ForAll(SimulatedMarket market) =>
        [.. Enum.GetValues<Platform>().Select(p => new SimulatedPlatform(market, p))];

    private Campaign? Find(CampaignId id)
    {
        var i = market.IndexOf(id);
        return i >= 0 && market.IsLaunched(i) && id.Platform == Platform ? market.Campaign(i) : null;
    }
}
