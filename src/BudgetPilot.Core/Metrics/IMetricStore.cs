using BudgetPilot.Core.Campaigns;

namespace BudgetPilot.Core.Metrics;

public interface IMetricStore
{
    /// <summary>Inserts or replaces samples by (campaign, hour): a later report of an hour wins.</summary>
    Task UpsertAsync(string workspaceId, IReadOnlyList<MetricSample> samples, CancellationToken cancellationToken);

    /// <summary>Samples whose hour starts in [<paramref name="from"/>, <paramref name="to"/>), ordered by campaign then hour.</summary>
    Task<IReadOnlyList<MetricSample>> GetAsync(string workspaceId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);

    /// <summary>One campaign's samples whose hour starts in [<paramref name="from"/>, <paramref name="to"/>), in hour order.</summary>
    Task<IReadOnlyList<MetricSample>> GetAsync(string workspaceId, CampaignId campaign, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);
}
