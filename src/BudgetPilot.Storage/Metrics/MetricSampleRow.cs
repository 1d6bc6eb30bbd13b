using BudgetPilot.Core;
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

    // The conversion beside the money it produced (null when the account reports in the workspace currency).
    public string? CurrencyFrom { get; set; }

    public string? CurrencyTo { get; set; }

    public decimal? CurrencyRate { get; set; }

    public string? CurrencyRateSource { get; set; }

    public DateOnly? CurrencyRateAsOf { get; set; }

    public decimal? ReportedSpend { get; set; }

    public decimal? ReportedConversionValue { get; set; }

    public MetricSample ToSample() => new(
        Core.Campaigns.CampaignId.Parse(CampaignId), Hour, Spend, Impressions, Clicks, Conversions, ConversionValue, ImpressionShare)
    {
        Reported = CurrencyFrom is { } from && CurrencyTo is { } to && CurrencyRate is { } rate
            ? new ReportedMoney(ReportedSpend ?? 0m, ReportedConversionValue ?? 0m, new CurrencyConversion(from, to, rate, CurrencyRateSource ?? "", CurrencyRateAsOf))
            : null,
    };

    /// <summary>The conversion columns in upsert order (the raw upserts write exactly these after impression_share).</summary>
    public static object?[] ConversionValues(MetricSample sample) => sample.Reported is { } r
        ? [r.Conversion.FromCurrency, r.Conversion.ToCurrency, r.Conversion.Rate, r.Conversion.Source, r.Conversion.AsOf, r.Spend, r.ConversionValue]
        : [null, null, null, null, null, null, null];

    /// <summary>Decimals kept for a rate; adapters round rates to as many before they use them, so the stored rate is the one used.</summary>
    public const int CurrencyRatePrecision = 12;

    public const string ConversionColumns = "currency_from, currency_to, currency_rate, currency_rate_source, currency_rate_as_of, reported_spend, reported_conversion_value";

    public static void Configure(EntityTypeBuilder<MetricSampleRow> entity)
    {
        entity.ToTable("metric_samples");
        entity.HasKey(m => new { m.WorkspaceId, m.CampaignId, m.Hour });
        entity.Property(m => m.WorkspaceId).HasMaxLength(64);
        entity.Property(m => m.CampaignId).HasMaxLength(160);
        entity.HasIndex(m => new { m.WorkspaceId, m.Hour });
        entity.Property(m => m.CurrencyFrom).HasMaxLength(3);
        entity.Property(m => m.CurrencyTo).HasMaxLength(3);
        entity.Property(m => m.CurrencyRate).HasPrecision(24, CurrencyRatePrecision);
        entity.Property(m => m.CurrencyRateSource).HasMaxLength(200);
    }
}
