using BudgetPilot.Core;
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

    public bool BudgetOnAdSets { get; set; }

    // The budget as the platform holds it and the rate that converted it (null when no conversion).
    public decimal? ReportedDailyBudget { get; set; }

    public string? BudgetCurrencyFrom { get; set; }

    public string? BudgetCurrencyTo { get; set; }

    public decimal? BudgetCurrencyRate { get; set; }

    public string? BudgetCurrencyRateSource { get; set; }

    public DateOnly? BudgetCurrencyRateAsOf { get; set; }

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
        BudgetOnAdSets = campaign.BudgetOnAdSets;
        var reported = campaign.ReportedBudget;
        ReportedDailyBudget = reported?.DailyBudget;
        BudgetCurrencyFrom = reported?.Conversion.FromCurrency;
        BudgetCurrencyTo = reported?.Conversion.ToCurrency;
        BudgetCurrencyRate = reported?.Conversion.Rate;
        BudgetCurrencyRateSource = reported?.Conversion.Source;
        BudgetCurrencyRateAsOf = reported?.Conversion.AsOf;
    }

    public Campaign ToCampaign() =>
        new(Core.Campaigns.CampaignId.Parse(CampaignId), Name, Status, DailyBudget, StartedAt)
        {
            HasSharedBudget = HasSharedBudget,
            BudgetOnAdSets = BudgetOnAdSets,
            ReportedBudget = BudgetCurrencyFrom is { } from && BudgetCurrencyTo is { } to && BudgetCurrencyRate is { } rate
                ? new ReportedBudget(ReportedDailyBudget ?? 0m, new CurrencyConversion(from, to, rate, BudgetCurrencyRateSource ?? "", BudgetCurrencyRateAsOf))
                : null,
        };

    public static void Configure(EntityTypeBuilder<CampaignRow> entity)
    {
        entity.ToTable("campaigns");
        entity.HasKey(c => new { c.WorkspaceId, c.CampaignId });
        entity.Property(c => c.WorkspaceId).HasMaxLength(64);
        entity.Property(c => c.CampaignId).HasMaxLength(160);
        entity.Property(c => c.Name).HasMaxLength(400);
        entity.Property(c => c.BudgetCurrencyFrom).HasMaxLength(3);
        entity.Property(c => c.BudgetCurrencyTo).HasMaxLength(3);
        entity.Property(c => c.BudgetCurrencyRate).HasPrecision(24, Metrics.MetricSampleRow.CurrencyRatePrecision);
        entity.Property(c => c.BudgetCurrencyRateSource).HasMaxLength(200);
    }
}
