using System.Globalization;
using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Execution;
using BudgetPilot.Core.Metrics;
using BudgetPilot.Platforms.Currency;

namespace BudgetPilot.Platforms.Rows;

/// <summary>
/// The one check every platform's rows go through: negative spend, NaN, missing fields, unknown currency
/// and repeated campaign-hours are refused per row with a reason; the rest is converted to the
/// workspace currency and goes through.
/// </summary>
public static class SampleGate
{
    public static MetricsBatch Check(Platform platform, IEnumerable<RawSample> rows, AccountMoney money, DateTimeOffset from, DateTimeOffset to)
    {
        var source = platform.Key();
        var samples = new List<MetricSample>();
        var rejected = new List<RejectedRow>();
        var seen = new HashSet<(string, DateTimeOffset)>();
        foreach (var row in rows)
        {
            var (sample, reason) = Read(platform, row, money);
            if (sample is not null && (sample.Hour < from || sample.Hour >= to))
            {
                continue;
            }

            if (sample is not null && !seen.Add((sample.CampaignId.Value, sample.Hour)))
            {
                reason = $"duplicate row for campaign {sample.CampaignId.Value} at {sample.Hour:yyyy-MM-dd HH:mm}Z; the first one was kept";
                sample = null;
            }

            if (sample is null)
            {
                rejected.Add(new RejectedRow(source, Truncate(row.Row), reason ?? "unreadable row"));
            }
            else
            {
                samples.Add(sample);
            }
        }

        return new MetricsBatch(samples, rejected);
    }

    private static (MetricSample? Sample, string? Reason) Read(Platform platform, RawSample row, AccountMoney money)
    {
        if (row.Problem is not null)
        {
            return (null, row.Problem);
        }

        if (string.IsNullOrWhiteSpace(row.CampaignId))
        {
            return (null, "missing field: campaign id");
        }

        if (row.Hour is not { } hour)
        {
            return (null, "missing field: date/hour");
        }

        if (row.Spend is null)
        {
            return (null, "missing field: spend");
        }

        if (!Decimal(row.Spend, out var spend))
        {
            return (null, $"spend '{row.Spend}' is not a number");
        }

        if (spend < 0m)
        {
            return (null, $"negative spend {row.Spend}");
        }

        if (!Whole(row.Impressions, out var impressions) || !Whole(row.Clicks, out var clicks))
        {
            return (null, $"impressions '{row.Impressions}' or clicks '{row.Clicks}' is not a non-negative whole number");
        }

        if (!Decimal(row.Conversions ?? "0", out var conversions) || !Decimal(row.ConversionValue ?? "0", out var value) || conversions < 0m || value < 0m)
        {
            return (null, $"conversions '{row.Conversions}' or conversion value '{row.ConversionValue}' is not a non-negative number (NaN?)");
        }

        if (row.Currency is null)
        {
            return (null, "missing field: currency");
        }

        if (!money.TryConvert(row.Currency, out var conversion))
        {
            return (null, $"unknown currency '{row.Currency}': no rate to {money.WorkspaceCurrency} under currency_rates or currency_rates_file; the row was not converted at 1.0");
        }

        var original = spend / row.SpendDivisor;
        var rate = conversion?.Rate ?? 1m;
        var sample = new MetricSample(new CampaignId(platform, row.CampaignId), hour,
            Math.Round(original * rate, 6), impressions, clicks, conversions, Math.Round(value * rate, 6))
        {
            Reported = conversion is null ? null : new ReportedMoney(original, value, conversion),
        };
        return (sample, null);
    }

    // decimal.TryParse refuses NaN and Infinity, which is what we want.
    private static bool Decimal(string text, out decimal value) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    private static bool Whole(string? text, out long value)
    {
        value = 0;
        return text is null || (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value) && value >= 0);
    }

    private static string Truncate(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
