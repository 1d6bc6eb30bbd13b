using BudgetPilot.Core.Campaigns;
using BudgetPilot.Storage.Database;
using Microsoft.EntityFrameworkCore;

namespace BudgetPilot.Storage.Campaigns;

internal sealed class CampaignStore(IDbContextFactory<BudgetPilotDbContext> contexts) : ICampaignStore
{
    public async Task<IReadOnlyList<Campaign>> ListAsync(string workspaceId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Set<CampaignRow>().AsNoTracking()
            .Where(c => c.WorkspaceId == workspaceId)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => r.ToCampaign()).OrderBy(c => c.Id)];
    }

    public async Task UpsertAsync(string workspaceId, IReadOnlyList<Campaign> campaigns, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var known = await db.Set<CampaignRow>()
            .Where(c => c.WorkspaceId == workspaceId)
            .ToDictionaryAsync(c => c.CampaignId, StringComparer.Ordinal, cancellationToken);
        foreach (var campaign in campaigns)
        {
            if (known.TryGetValue(campaign.Id.ToString(), out var row))
            {
                row.CopyFrom(campaign);
            }
            else
            {
                var added = CampaignRow.From(workspaceId, campaign);
                known[added.CampaignId] = added;
                db.Add(added);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
