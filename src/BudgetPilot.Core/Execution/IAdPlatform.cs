using BudgetPilot.Core.Campaigns;

namespace BudgetPilot.Core.Execution;

/// <summary>The one port every ad platform (and the simulated market) stands behind.</summary>
public interface IAdPlatform
{
    Platform Platform { get; }

    Task<IReadOnlyList<Campaign>> GetCampaignsAsync(CancellationToken cancellationToken);

    /// <summary>Hourly samples whose hour starts in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    Task<MetricsBatch> GetMetricsAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);

    /// <summary>The campaign as the platform holds it now, or null when it does not exist.</summary>
    Task<Campaign?> GetCampaignAsync(CampaignId id, CancellationToken cancellationToken);

    /// <summary>
    /// Writes absolute values and returns the campaign as read back afterwards. The idempotency key is
    /// passed where the platform can use it; the executor never relies on it alone.
    /// </summary>
    Task<Campaign> ApplyAsync(CampaignChange change, string idempotencyKey, CancellationToken cancellationToken);
}
