using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Metrics;
using BudgetPilot.Storage.Database;
using Microsoft.EntityFrameworkCore;

namespace BudgetPilot.Storage.Metrics;

internal sealed class MetricStore(IDbContextFactory<BudgetPilotDbContext> contexts, StorageOptions options) : IMetricStore
{
    public async Task UpsertAsync(string workspaceId, IReadOnlyList<MetricSample> samples, CancellationToken cancellationToken)
    {
        if (samples.Count == 0)
        {
            return;
        }

        // One statement may not touch a row twice (PostgreSQL refuses), so a later report of an hour wins here first.
        var latest = new Dictionary<(string Campaign, long Hour), MetricSample>(samples.Count);
        foreach (var sample in samples)
        {
            latest[(sample.CampaignId.ToString(), sample.Hour.UtcTicks)] = sample;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = latest.Values.ToList();
        switch (options.Provider)
        {
            case StorageProvider.Sqlite:
                await SqliteMetricUpsert.RunAsync(db, workspaceId, rows, cancellationToken);
                break;
            case StorageProvider.PostgreSql:
                await PostgresMetricUpsert.RunAsync(db, workspaceId, rows, cancellationToken);
                break;
            default:
                throw new InvalidOperationException($"No metric upsert for provider {options.Provider}.");
        }
    }

    public async Task<IReadOnlyList<MetricSample>> GetAsync(string workspaceId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Set<MetricSampleRow>().AsNoTracking()
            .Where(m => m.WorkspaceId == workspaceId && m.Hour >= from && m.Hour < to)
            .ToListAsync(cancellationToken);

        // Ordered here: the text form of a campaign id does not sort like CampaignId does.
        return [.. rows.Select(r => r.ToSample()).OrderBy(s => s.CampaignId).ThenBy(s => s.Hour)];
    }

    public async Task<IReadOnlyList<MetricSample>> GetAsync(string workspaceId, CampaignId campaign, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var id = campaign.ToString();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Set<MetricSampleRow>().AsNoTracking()
            .Where(m => m.WorkspaceId == workspaceId && m.CampaignId == id && m.Hour >= from && m.Hour < to)
            .OrderBy(m => m.Hour)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => r.ToSample())];
    }
}
