using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Execution;
using BudgetPilot.Platforms.Currency;
using BudgetPilot.Platforms.Rows;
using Microsoft.Extensions.Logging;

namespace BudgetPilot.Platforms.LinkedIn;

/// <summary>
/// LinkedIn behind the port. adAnalytics has no hourly granularity: each day's totals are one sample at
/// 00:00 UTC of that day, re-read (and replaced) while the day is open.
/// </summary>
public sealed partial class LinkedInPlatform(LinkedInClient client, LinkedInOptions options, TimeProvider time, ILogger<LinkedInPlatform> logger) : IAdPlatform
{
    private readonly AccountMoney money = new(Platform.LinkedInAds, options.WorkspaceCurrency, options.Rates, time);
    private string? currency;

    public Platform Platform => Platform.LinkedInAds;

    private string Account => options.AdAccountId;

    public async Task<IReadOnlyList<Campaign>> GetCampaignsAsync(CancellationToken cancellationToken)
    {
        var campaigns = new List<Campaign>();
        string? token = null;
        for (var page = 0; page < 100; page++)
        {
            var next = token is null ? "" : $"&pageToken={Uri.EscapeDataString(token)}";
            var doc = await client.GetAsync($"adAccounts/{Account}/adCampaigns?q=search&search=(status:(values:List(ACTIVE,PAUSED))){next}", "reading campaigns", cancellationToken)
                ?? throw new PlatformException(Platform, $"ad account {Account} was not found.", transient: false);
            if (!doc.TryGetProperty("elements", out var elements) || elements.ValueKind != JsonValueKind.Array)
            {
                throw new PlatformException(Platform, "reading campaigns: the reply has no elements list.", transient: true);
            }

            campaigns.AddRange(elements.EnumerateArray().Select(ToCampaign));
            token = doc.TryGetProperty("metadata", out var meta) && meta.TryGetProperty("nextPageToken", out var t) ? t.GetString() : null;
            if (string.IsNullOrEmpty(token))
            {
                break;
            }
        }

        return campaigns;
    }

    public async Task<MetricsBatch> GetMetricsAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var accountCurrency = await CurrencyAsync(cancellationToken);
        var start = from.UtcDateTime.Date;
        var end = to.UtcDateTime.Date;
        var range = $"(start:(year:{start.Year},month:{start.Month},day:{start.Day}),end:(year:{end.Year},month:{end.Month},day:{end.Day}))";
        // adAnalytics has no hourly granularity (ALL, DAILY, MONTHLY, YEARLY only): a day is the finest grain,
        // stored as one sample at 00:00 UTC of that day. See the README for where this was checked.
        var doc = await client.GetAsync(
            $"adAnalytics?q=analytics&pivot=CAMPAIGN&timeGranularity=DAILY&dateRange={range}&accounts=List(urn%3Ali%3AsponsoredAccount%3A{Account})" +
            "&fields=costInLocalCurrency,impressions,clicks,externalWebsiteConversions,conversionValueInLocalCurrency,dateRange,pivotValues", "reading analytics", cancellationToken);
        var rows = doc is { } d && d.TryGetProperty("elements", out var elements) && elements.ValueKind == JsonValueKind.Array ? [.. elements.EnumerateArray()] : new List<JsonElement>();
        return SampleGate.Check(Platform, rows.Select(r => Sample(r, accountCurrency)), money, new DateTimeOffset(start, TimeSpan.Zero), to);
    }

    public async Task<Campaign?> GetCampaignAsync(CampaignId id, CancellationToken cancellationToken)
    {
        Check(id);
        return await client.GetAsync($"adAccounts/{Account}/adCampaigns/{id.Value}", $"reading campaign {id.Value}", cancellationToken) is { } row ? ToCampaign(row) : null;
    }

    public async Task<Campaign> ApplyAsync(CampaignChange change, string idempotencyKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var current = await GetCampaignAsync(change.Campaign, cancellationToken)
            ?? throw new PlatformException(Platform, $"campaign {change.Campaign.Value} does not exist.", transient: false);
        var set = new JsonObject();
        if (change.DailyBudget is { } budget && Math.Abs(current.DailyBudget - budget) >= 0.01m)
        {
            var accountCurrency = await CurrencyAsync(cancellationToken);
            var amount = money.ToAccount(budget, accountCurrency).ToString("0.00", CultureInfo.InvariantCulture);
            set["dailyBudget"] = new JsonObject { ["amount"] = amount, ["currencyCode"] = accountCurrency };
        }

        if (change.Status is { } status && status != current.Status)
        {
            set["status"] = status switch
            {
                CampaignStatus.Active => "ACTIVE",
                CampaignStatus.Paused => "PAUSED",
                _ => throw new PlatformException(Platform, "removing campaigns is not supported.", transient: false),
            };
        }

        if (set.Count > 0)
        {
            LogWrite(logger, change.Campaign.Value, set.ToJsonString(), idempotencyKey);
            await client.PartialUpdateAsync($"adAccounts/{Account}/adCampaigns/{change.Campaign.Value}", set, $"changing campaign {change.Campaign.Value}", cancellationToken);
        }

        return await GetCampaignAsync(change.Campaign, cancellationToken)
            ?? throw new PlatformException(Platform, $"campaign {change.Campaign.Value} vanished after the change.", transient: false);
    }

    private void Check(CampaignId id)
    {
        if (id.Platform != Platform || id.Value.Length == 0 || !id.Value.All(char.IsAsciiDigit))
        {
            throw new PlatformException(Platform, $"'{id}' is not a LinkedIn campaign id.", transient: false);
        }
    }

    private async Task<string> CurrencyAsync(CancellationToken cancellationToken)
    {
        if (currency is not null)
        {
            return currency;
        }

        var account = await client.GetAsync($"adAccounts/{Account}", "reading the ad account", cancellationToken);
        currency = account is { } a && a.TryGetProperty("currency", out var c) ? c.GetString() : null;
        return currency ?? throw new PlatformException(Platform, $"ad account {Account}: could not read its currency.", transient: false);
    }

    private Campaign ToCampaign(JsonElement row)
    {
        var id = row.TryGetProperty("id", out var i) ? i.GetRawText().Trim('"') : "";
        var status = Text(row, "status") switch { "ACTIVE" => CampaignStatus.Active, "PAUSED" => CampaignStatus.Paused, _ => CampaignStatus.Removed };
        decimal budget = 0m;
        ReportedBudget? reported = null;
        if (row.TryGetProperty("dailyBudget", out var b) && decimal.TryParse(Text(b, "amount"), NumberStyles.Number, CultureInfo.InvariantCulture, out var amount))
        {
            (budget, reported) = money.Budget(amount, Text(b, "currencyCode") ?? options.WorkspaceCurrency);
        }

        var start = row.TryGetProperty("runSchedule", out var s) && s.TryGetProperty("start", out var ms) && ms.TryGetInt64(out var epoch)
            ? DateTimeOffset.FromUnixTimeMilliseconds(epoch)
            : DateTimeOffset.MinValue;
        return new Campaign(new CampaignId(Platform, id), Text(row, "name") ?? "", status, budget, start) { ReportedBudget = reported };
    }

    private static RawSample Sample(JsonElement row, string accountCurrency)
    {
        var urn = row.TryGetProperty("pivotValues", out var p) && p.ValueKind == JsonValueKind.Array && p.GetArrayLength() > 0 ? p[0].GetString() : null;
        var id = urn?[(urn.LastIndexOf(':') + 1)..];
        DateTimeOffset? day = row.TryGetProperty("dateRange", out var r) && r.TryGetProperty("start", out var s)
            && s.TryGetProperty("year", out var y) && s.TryGetProperty("month", out var m) && s.TryGetProperty("day", out var d)
            ? new DateTimeOffset(y.GetInt32(), m.GetInt32(), d.GetInt32(), 0, 0, 0, TimeSpan.Zero)
            : null;
        return new RawSample(row.GetRawText(), id, day, Text(row, "costInLocalCurrency"), Text(row, "impressions"), Text(row, "clicks"),
            Text(row, "externalWebsiteConversions"), Text(row, "conversionValueInLocalCurrency"), accountCurrency);
    }

    private static string? Text(JsonElement row, string field) =>
        row.TryGetProperty(field, out var v) ? v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText() : null;

    [LoggerMessage(Level = LogLevel.Information, Message = "LinkedIn: patching campaign {CampaignId} with {Patch} (key {IdempotencyKey})")]
    private static partial void LogWrite(ILogger logger, string campaignId, string patch, string idempotencyKey);
}
