using System.Globalization;
using System.Text.Json;
using BudgetPilot.Core.Campaigns;
using BudgetPilot.Platforms.Rows;

namespace BudgetPilot.Platforms.Google;

/// <summary>searchStream rows (camelCase JSON, int64 as strings, money in micros) read into our shapes.</summary>
internal static class GoogleRows
{
    public const decimal Micros = 1_000_000m;

    public static string? Text(JsonElement row, string obj, string field) =>
        row.TryGetProperty(obj, out var o) && o.ValueKind == JsonValueKind.Object && o.TryGetProperty(field, out var v)
            ? v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText()
            : null;

    public static CampaignStatus Status(string? status) => status switch
    {
        "ENABLED" => CampaignStatus.Active,
        "PAUSED" => CampaignStatus.Paused,
        _ => CampaignStatus.Removed,
    };

    public static bool SharedBudget(JsonElement row) =>
        Text(row, "campaignBudget", "explicitlyShared") == "true"
        || (long.TryParse(Text(row, "campaignBudget", "referenceCount"), CultureInfo.InvariantCulture, out var refs) && refs > 1);

    public static DateTimeOffset Start(JsonElement row, TimeZoneInfo zone)
    {
        var text = Text(row, "campaign", "startDateTime") ?? Text(row, "campaign", "startDate");
        return text is not null && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? Local(local, zone)
            : DateTimeOffset.MinValue;
    }

    public static RawSample Sample(JsonElement row, string currency, TimeZoneInfo zone)
    {
        var date = Text(row, "segments", "date");
        var hourText = Text(row, "segments", "hour");
        DateTimeOffset? hour = null;
        string? problem = null;
        if (date is not null && hourText is not null)
        {
            if (DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                && int.TryParse(hourText, CultureInfo.InvariantCulture, out var h) && h is >= 0 and < 24)
            {
                hour = Local(day.ToDateTime(new TimeOnly(h, 0)), zone);
            }
            else
            {
                problem = $"unreadable date '{date}' / hour '{hourText}'";
            }
        }

        // proto3 JSON leaves zero metrics out, so an absent metric is 0.
        return new RawSample(row.GetRawText(), Text(row, "campaign", "id"), hour,
            Text(row, "metrics", "costMicros") ?? "0", Text(row, "metrics", "impressions"), Text(row, "metrics", "clicks"),
            Text(row, "metrics", "conversions"), Text(row, "metrics", "conversionsValue"), currency)
        {
            SpendDivisor = Micros,
            Problem = problem,
        };
    }

    private static DateTimeOffset Local(DateTime local, TimeZoneInfo zone) =>
        new(TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone), TimeSpan.Zero);
}
