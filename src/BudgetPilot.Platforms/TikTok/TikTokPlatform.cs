using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Execution;
using BudgetPilot.Platforms.Currency;
using BudgetPilot.Platforms.Rows;
using Microsoft.Extensions.Logging;

namespace BudgetPilot.Platforms.TikTok;

/// <summary>
/// TikTok behind the port: daily campaign budgets as plain decimals of the advertiser's currency; hourly
/// integrated reports in the advertiser's time zone. Currency and time zone come from advertiser/info/
/// (read once), unless configuration overrides them.
/// </summary>
public sealed partial class TikTokPlatform(TikTokClient client, TikTokOptions options, TimeProvider time, ILogger<TikTokPlatform> logger) : IAdPlatform
{
    private const string Fields = """["campaign_id","campaign_name","budget","budget_mode","operation_status","create_time"]""";

    private readonly AccountMoney money = new(Platform.TikTokAds, options.WorkspaceCurrency, options.Rates, time);
    private (string Currency, TimeZoneInfo Zone)? account;

    public Platform Platform => Platform.TikTokAds;

    private string Currency => account?.Currency ?? throw new InvalidOperationException("The advertiser was not read yet.");

    private TimeZoneInfo Zone => account?.Zone ?? throw new InvalidOperationException("The advertiser was not read yet.");

    public async Task<IReadOnlyList<Campaign>> GetCampaignsAsync(CancellationToken cancellationToken)
    {
        await AccountAsync(cancellationToken);
        var rows = await client.GetAllAsync("campaign/get/", new Dictionary<string, string> { ["fields"] = Fields }, "reading campaigns", cancellationToken);
        return [.. rows.Select(ToCampaign).Where(c => c.Status != CampaignStatus.Removed)];
    }

    /// <summary>The advertiser's currency and time zone: configured overrides, else advertiser/info/, read once.</summary>
    public async Task<(string Currency, TimeZoneInfo Zone)> AccountAsync(CancellationToken cancellationToken)
    {
        if (account is { } known)
        {
            return known;
        }

        // Two first calls at once may both read the advertiser; the answers are the same.
        string? currency = options.AccountCurrency;
        string? zoneId = options.TimeZone;
        if (currency is null || zoneId is null)
        {
            var rows = await client.GetListAsync("advertiser/info/", new Dictionary<string, string>
            {
                ["advertiser_ids"] = $"[\"{options.AdvertiserId}\"]",
                ["fields"] = """["advertiser_id","name","currency","timezone","display_timezone"]""",
            }, "reading the advertiser", cancellationToken);
            var row = rows.FirstOrDefault(r => Text(r, "advertiser_id") == options.AdvertiserId);
            if (row.ValueKind != JsonValueKind.Object)
            {
                throw new PlatformException(Platform, $"advertiser {options.AdvertiserId}: advertiser/info/ did not return it; check the id and the token's access, or set currency and time_zone in the platform section.", transient: false);
            }

            currency ??= Text(row, "currency");
            zoneId ??= new[] { Text(row, "timezone"), Text(row, "display_timezone") }.FirstOrDefault(z => z is not null && TimeZoneInfo.TryFindSystemTimeZoneById(z, out _))
                ?? Text(row, "timezone");
        }

        if (!MinorUnits.IsIsoCode(currency) || zoneId is null || !TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var found))
        {
            throw new PlatformException(Platform, $"advertiser {options.AdvertiserId}: could not use its currency '{currency}' and time zone '{zoneId}'; set currency and time_zone in the platform section to override.", transient: false);
        }

        account = (currency!, found);
        return account.Value;
    }

    public async Task<MetricsBatch> GetMetricsAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        await AccountAsync(cancellationToken);
        var rows = await client.GetAllAsync("report/integrated/get/", new Dictionary<string, string>
        {
            ["report_type"] = "BASIC",
            ["data_level"] = "AUCTION_CAMPAIGN",
            ["dimensions"] = """["campaign_id","stat_time_hour"]""",
            ["metrics"] = """["spend","impressions","clicks","conversion","complete_payment_roas"]""",
            ["start_date"] = $"{DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(from, Zone).DateTime):yyyy-MM-dd}",
            ["end_date"] = $"{DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(to, Zone).DateTime):yyyy-MM-dd}",
        }, "reading the report", cancellationToken);
        return SampleGate.Check(Platform, rows.Select(Sample), money, from, to);
    }

    public async Task<Campaign?> GetCampaignAsync(CampaignId id, CancellationToken cancellationToken)
    {
        Check(id);
        await AccountAsync(cancellationToken);
        var rows = await client.GetAllAsync("campaign/get/", new Dictionary<string, string>
        {
            ["fields"] = Fields,
            ["filtering"] = $$"""{"campaign_ids":["{{id.Value}}"]}""",
        }, $"reading campaign {id.Value}", cancellationToken);
        return rows.Count == 0 ? null : ToCampaign(rows[0]);
    }

    public async Task<Campaign> ApplyAsync(CampaignChange change, string idempotencyKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var current = await GetCampaignAsync(change.Campaign, cancellationToken)
            ?? throw new PlatformException(Platform, $"campaign {change.Campaign.Value} does not exist.", transient: false);
        if (change.NewCampaignName is not null)
        {
            throw new PlatformException(Platform, "creating campaigns is not supported through BudgetPilot.", transient: false);
        }

        if (change.DailyBudget is { } budget && Math.Abs(current.DailyBudget - budget) >= 0.01m)
        {
            var amount = money.ToAccount(budget, Currency);
            LogWrite(logger, change.Campaign.Value, "budget", amount.ToString(CultureInfo.InvariantCulture), idempotencyKey);
            await client.PostAsync("campaign/update/", new JsonObject { ["campaign_id"] = change.Campaign.Value, ["budget"] = amount }, $"changing campaign {change.Campaign.Value}", cancellationToken);
        }

        if (change.Status is { } status && status != current.Status)
        {
            var wire = status switch
            {
                CampaignStatus.Active => "ENABLE",
                CampaignStatus.Paused => "DISABLE",
                _ => throw new PlatformException(Platform, "deleting campaigns is not supported.", transient: false),
            };
            LogWrite(logger, change.Campaign.Value, "operation_status", wire, idempotencyKey);
            await client.PostAsync("campaign/status/update/", new JsonObject { ["campaign_ids"] = new JsonArray(change.Campaign.Value), ["operation_status"] = wire },
                $"changing campaign {change.Campaign.Value}", cancellationToken);
        }

        return await GetCampaignAsync(change.Campaign, cancellationToken)
            ?? throw new PlatformException(Platform, $"campaign {change.Campaign.Value} vanished after the change.", transient: false);
    }

    private void Check(CampaignId id)
    {
        if (id.Platform != Platform || id.Value.Length == 0 || !id.Value.All(char.IsAsciiDigit))
        {
            throw new PlatformException(Platform, $"'{id}' is not a TikTok campaign id.", transient: false);
        }
    }

    private Campaign ToCampaign(JsonElement row)
    {
        var budget = row.TryGetProperty("budget", out var b) && b.ValueKind == JsonValueKind.Number ? b.GetDecimal() : 0m;
        var status = Text(row, "operation_status") switch { "ENABLE" => CampaignStatus.Active, "DISABLE" => CampaignStatus.Paused, _ => CampaignStatus.Removed };
        var start = DateTime.TryParse(Text(row, "create_time"), CultureInfo.InvariantCulture, DateTimeStyles.None, out var created)
            ? new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(created, DateTimeKind.Unspecified), Zone), TimeSpan.Zero)
            : DateTimeOffset.MinValue;
        var (amount, reported) = money.Budget(budget, Currency);
        return new Campaign(new CampaignId(Platform, Text(row, "campaign_id") ?? ""), Text(row, "campaign_name") ?? "", status, amount, start) { ReportedBudget = reported };
    }

    private RawSample Sample(JsonElement row)
    {
        var dims = row.TryGetProperty("dimensions", out var d) ? d : default;
        var metrics = row.TryGetProperty("metrics", out var m) ? m : default;
        string? Dim(string k) => dims.ValueKind == JsonValueKind.Object ? Text(dims, k) : null;
        string? Metric(string k) => metrics.ValueKind == JsonValueKind.Object ? Text(metrics, k) : null;
        DateTimeOffset? hour = DateTime.TryParseExact(Dim("stat_time_hour"), "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Zone), TimeSpan.Zero)
            : null;

        // TikTok reports purchase ROAS, not value: value = ROAS × spend (both strings on the wire).
        var spend = Metric("spend");
        var roas = Metric("complete_payment_roas");
        var value = decimal.TryParse(spend, NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && decimal.TryParse(roas, NumberStyles.Float, CultureInfo.InvariantCulture, out var r)
            ? (s * r).ToString(CultureInfo.InvariantCulture)
            : roas;
        return new RawSample(row.GetRawText(), Dim("campaign_id"), hour, spend, Metric("impressions"), Metric("clicks"), Metric("conversion"), value, Currency);
    }

    private static string? Text(JsonElement row, string field) =>
        row.TryGetProperty(field, out var v) ? v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText() : null;

    [LoggerMessage(Level = LogLevel.Information, Message = "TikTok: setting {Field} of campaign {CampaignId} to {Value} (key {IdempotencyKey})")]
    private static partial void LogWrite(ILogger logger, string campaignId, string field, string value, string idempotencyKey);
}
