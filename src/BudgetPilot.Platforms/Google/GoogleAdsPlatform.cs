using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Execution;
using BudgetPilot.Platforms.Currency;
using BudgetPilot.Platforms.Rows;
using Microsoft.Extensions.Logging;

namespace BudgetPilot.Platforms.Google;

/// <summary>
/// Google Ads behind the port. Budgets are written as absolute micros on the campaign's own budget; a
/// shared budget is flagged on the campaign and never written as if it were one campaign's.
/// </summary>
public sealed partial class GoogleAdsPlatform(GoogleAdsClient client, GoogleAdsOptions options, TimeProvider time, ILogger<GoogleAdsPlatform> logger) : IAdPlatform
{
    private const string CampaignFields = "campaign.id, campaign.name, campaign.status, campaign_budget.resource_name, campaign_budget.amount_micros, campaign_budget.explicitly_shared, campaign_budget.reference_count";

    private readonly AccountMoney money = new(Platform.GoogleAds, options.WorkspaceCurrency, options.Rates, time);
    private (string Currency, TimeZoneInfo Zone)? account;

    public Platform Platform => Platform.GoogleAds;

    /// <summary>The last currency rate applied to this account's money.</summary>
    public RateUse? LastRate => money.LastRate;

    public async Task<IReadOnlyList<Campaign>> GetCampaignsAsync(CancellationToken cancellationToken)
    {
        var (currency, zone) = await AccountAsync(cancellationToken);
        var rows = await client.SearchAsync($"SELECT {CampaignFields}, {options.StartField} FROM campaign WHERE campaign.status != 'REMOVED'", cancellationToken);
        return [.. rows.Select(r => ToCampaign(r, currency, zone))];
    }

    public async Task<MetricsBatch> GetMetricsAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var (currency, zone) = await AccountAsync(cancellationToken);
        var first = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(from, zone).DateTime);
        var last = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(to, zone).DateTime);
        var rows = await client.SearchAsync(
            "SELECT campaign.id, segments.date, segments.hour, metrics.cost_micros, metrics.impressions, metrics.clicks, metrics.conversions, metrics.conversions_value " +
            $"FROM campaign WHERE segments.date BETWEEN '{first:yyyy-MM-dd}' AND '{last:yyyy-MM-dd}'", cancellationToken);
        return SampleGate.Check(Platform, rows.Select(r => GoogleRows.Sample(r, currency, zone)), money, from, to);
    }

    public async Task<Campaign?> GetCampaignAsync(CampaignId id, CancellationToken cancellationToken)
    {
        var (currency, zone) = await AccountAsync(cancellationToken);
        return await RowAsync(id, cancellationToken) is { } row ? ToCampaign(row, currency, zone) : null;
    }

    public async Task<Campaign> ApplyAsync(CampaignChange change, string idempotencyKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (change.NewCampaignName is not null)
        {
            throw new PlatformException(Platform, "creating campaigns is not supported through BudgetPilot; create it in Google Ads.", transient: false);
        }

        var (currency, _) = await AccountAsync(cancellationToken);
        var row = await RowAsync(change.Campaign, cancellationToken)
            ?? throw new PlatformException(Platform, $"campaign {change.Campaign.Value} does not exist.", transient: false);
        if (change.DailyBudget is { } budget)
        {
            await WriteBudgetAsync(change, row, budget, currency, idempotencyKey, cancellationToken);
        }

        if (change.Status is { } status && GoogleRows.Status(GoogleRows.Text(row, "campaign", "status")) != status)
        {
            var wire = status switch
            {
                CampaignStatus.Active => "ENABLED",
                CampaignStatus.Paused => "PAUSED",
                _ => throw new PlatformException(Platform, "removing campaigns is not supported.", transient: false),
            };
            var resource = GoogleRows.Text(row, "campaign", "resourceName") ?? $"customers/{Customer}/campaigns/{change.Campaign.Value}";
            LogWrite(logger, change.Campaign.Value, "status", wire, idempotencyKey);
            await client.MutateAsync("campaigns", resource, "status", new JsonObject { ["status"] = wire }, cancellationToken);
        }

        return await GetCampaignAsync(change.Campaign, cancellationToken)
            ?? throw new PlatformException(Platform, $"campaign {change.Campaign.Value} vanished after the change.", transient: false);
    }

    private async Task WriteBudgetAsync(CampaignChange change, JsonElement row, decimal budget, string currency, string key, CancellationToken cancellationToken)
    {
        if (GoogleRows.SharedBudget(row))
        {
            throw new PlatformException(Platform, $"campaign {change.Campaign.Value} uses a shared budget; changing it would change every campaign on it, so BudgetPilot leaves it alone.", transient: false);
        }

        var resource = GoogleRows.Text(row, "campaignBudget", "resourceName")
            ?? throw new PlatformException(Platform, $"campaign {change.Campaign.Value} has no campaign budget to change.", transient: false);
        var micros = (long)(money.ToAccount(budget, currency) * GoogleRows.Micros);
        if (GoogleRows.Text(row, "campaignBudget", "amountMicros") == micros.ToString(CultureInfo.InvariantCulture))
        {
            return;
        }

        LogWrite(logger, change.Campaign.Value, "amount_micros", micros.ToString(CultureInfo.InvariantCulture), key);
        await client.MutateAsync("campaignBudgets", resource, "amount_micros", new JsonObject { ["amountMicros"] = micros.ToString(CultureInfo.InvariantCulture) }, cancellationToken);
    }

    private async Task<JsonElement?> RowAsync(CampaignId id, CancellationToken cancellationToken)
    {
        if (id.Platform != Platform || id.Value.Length == 0 || !id.Value.All(char.IsAsciiDigit))
        {
            throw new PlatformException(Platform, $"'{id}' is not a Google Ads campaign id.", transient: false);
        }

        var rows = await client.SearchAsync($"SELECT {CampaignFields}, campaign.resource_name, {options.StartField} FROM campaign WHERE campaign.id = {id.Value}", cancellationToken);
        return rows.Count == 0 ? null : rows[0];
    }

    private Campaign ToCampaign(JsonElement row, string currency, TimeZoneInfo zone)
    {
        var micros = long.TryParse(GoogleRows.Text(row, "campaignBudget", "amountMicros"), CultureInfo.InvariantCulture, out var m) ? m : 0L;
        var (budget, reported) = money.Budget(micros / GoogleRows.Micros, currency);
        return new Campaign(
            new CampaignId(Platform, GoogleRows.Text(row, "campaign", "id") ?? ""),
            GoogleRows.Text(row, "campaign", "name") ?? "",
            GoogleRows.Status(GoogleRows.Text(row, "campaign", "status")),
            budget,
            GoogleRows.Start(row, zone))
        {
            HasSharedBudget = GoogleRows.SharedBudget(row),
            ReportedBudget = reported,
        };
    }

    private string Customer => options.CustomerId.Replace("-", "", StringComparison.Ordinal);

    /// <summary>The account's currency and time zone, read once: neither changes under a running account.</summary>
    private async Task<(string Currency, TimeZoneInfo Zone)> AccountAsync(CancellationToken cancellationToken)
    {
        if (account is { } known)
        {
            return known;
        }

        var rows = await client.SearchAsync("SELECT customer.currency_code, customer.time_zone FROM customer", cancellationToken);
        var currency = rows.Count > 0 ? GoogleRows.Text(rows[0], "customer", "currencyCode") : null;
        var zoneId = rows.Count > 0 ? GoogleRows.Text(rows[0], "customer", "timeZone") : null;
        if (currency is null || zoneId is null || !TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var zone))
        {
            throw new PlatformException(Platform, $"customer {Customer}: could not read its currency and time zone ('{currency}', '{zoneId}').", transient: false);
        }

        account = (currency, zone);
        return (currency, zone);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Google Ads: setting {Field} of campaign {CampaignId} to {Value} (key {IdempotencyKey})")]
    private static partial void LogWrite(ILogger logger, string campaignId, string field, string value, string idempotencyKey);
}
