using System.Globalization;
using System.Text.Json;
using BudgetPilot.Core.Campaigns;
using BudgetPilot.Platforms.Rows;

namespace BudgetPilot.Platforms.Meta;

/// <summary>Graph rows (every number a string; budgets in minor units, spend in major units) read into our shapes.</summary>
internal static class MetaRows
{
    public const string HourBreakdown = "hourly_stats_aggregated_by_advertiser_time_zone";

    public static string? Text(JsonElement row, string field) =>
        row.TryGetProperty(field, out var v) ? v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText() : null;

    public static CampaignStatus Status(string? status) => status switch
    {
        "ACTIVE" => CampaignStatus.Active,
        "PAUSED" => CampaignStatus.Paused,
        _ => CampaignStatus.Removed,
    };

    /// <summary>Meta writes offsets without a colon (2025-01-01T00:00:00-0800).</summary>
    public static DateTimeOffset Start(JsonElement row)
    {
        var text = Text(row, "start_time");
        if (text is { Length: > 5 } && (text[^5] == '+' || text[^5] == '-'))
        {
            text = text[..^2] + ":" + text[^2..];
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var start) ? start : DateTimeOffset.MinValue;
    }

    public static RawSample Sample(JsonElement row, string conversionType, TimeZoneInfo zone)
    {
        var date = Text(row, "date_start");
        var slot = Text(row, HourBreakdown);
        DateTimeOffset? hour = null;
        string? problem = null;
        if (date is not null && slot is not null)
        {
            if (DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                && slot.Length >= 2 && int.TryParse(slot[..2], CultureInfo.InvariantCulture, out var h) && h is >= 0 and < 24)
            {
                var local = DateTime.SpecifyKind(day.ToDateTime(new TimeOnly(h, 0)), DateTimeKind.Unspecified);
                hour = new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, zone), TimeSpan.Zero);
            }
            else
            {
                problem = $"unreadable date '{date}' / hour '{slot}'";
            }
        }

        return new RawSample(row.GetRawText(), Text(row, "campaign_id"), hour, Text(row, "spend"), Text(row, "impressions"), Text(row, "clicks"),
            Action(row, "actions", conversionType), Action(row, "action_values", conversionType), Text(row, "account_currency"))
        {
            Problem = problem,
        };
    }

    // An absent action type means none happened in that hour.
    private static string? Action(JsonElement row, string list, string type)
    {
        if (!row.TryGetProperty(list, out var items) || items.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        return items.EnumerateArray()
            .Where(a => Text(a, "action_type") == type)
            .Select(a => Text(a, "value"))
            .FirstOrDefault();
    }
}
