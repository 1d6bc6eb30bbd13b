using BudgetPilot.Core.Metrics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BudgetPilot.Storage.Metrics;

/// <summary>Written only by the raw upserts in this folder; the column names there must match these (snake_case).</summary>
internal sealed class MetricSampleRow
{
    public required string WorkspaceId { get; set; }

    public required string CampaignId { get; set; }

    public DateTimeOffset Hour { get; set; }

    public decimal Spend { get; set; }

    public long Impressions { get; set; }

    public long Clicks { get; set; }

    public decimal Conversions { get; set; }

    public decimal ConversionValue { get; set; }

    public double? ImpressionShare { get; set; }

    public MetricSample ToSample() => new(
        Core.Campaigns.CampaignId.Parse(CampaignId), Hour, Spend, Impressions, Clicks, Conversions, ConversionValue, ImpressionShare);

    public static void Configure(EntityTypeBuilder<MetricSampleRow> entity)
    {
        entity.ToTable("metric_samples");
        entity.HasKey(m => new { m.WorkspaceId, m.CampaignId, m.Hour });
        entity.Property(m => m.WorkspaceId).HasMaxLength(64);
        entity.Property(m => m.CampaignId).HasMaxLength(160);
        entity.HasIndex(m => new { m.WorkspaceId, m.Hour });
    }
}
