using BudgetPilot.Core.Campaigns;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BudgetPilot.Storage.Campaigns;

internal sealed class CampaignRow
{
    public required string WorkspaceId { get; set; }

    public required string CampaignId { get; set; }

    public required string Name { get; set; }

    public CampaignStatus Status { get; set; }

    public decimal DailyBudget { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public bool HasSharedBudget { get; set; }

    public static CampaignRow From(string workspaceId, Campaign campaign)
    {
        var row = new CampaignRow { WorkspaceId = workspaceId, CampaignId = campaign.Id.ToString(), Name = campaign.Name };
        row.CopyFrom(campaign);
        return row;
    }

    public void CopyFrom(Campaign campaign)
    {
        Name = campaign.Name;
        Status = campaign.Status;
        DailyBudget = campaign.DailyBudget;
        StartedAt = campaign.StartedAt;
        HasSharedBudget = campaign.HasSharedBudget;
    }

    public Campaign ToCampaign() =>
        new(Core.Campaigns.CampaignId.Parse(CampaignId), Name, Status, DailyBudget, StartedAt) { HasSharedBudget = HasSharedBudget };

    public static void Configure(EntityTypeBuilder<CampaignRow> entity)
    {
        entity.ToTable("campaigns");
        entity.HasKey(c => new { c.WorkspaceId, c.CampaignId });
        entity.Property(c => c.WorkspaceId).HasMaxLength(64);
        entity.Property(c => c.CampaignId).HasMaxLength(160);
        entity.Property(c => c.Name).HasMaxLength(400);
    }
}
