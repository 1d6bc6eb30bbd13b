using System.Globalization;
using System.Text.Json;
using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Execution;
using BudgetPilot.Platforms.Currency;
using BudgetPilot.Platforms.Rows;
using Microsoft.Extensions.Logging;

namespace BudgetPilot.Platforms.Meta;

/// <summary>
/// Meta behind the port: campaign budgets (CBO) written as absolute minor units with POST /{campaign_id};
/// campaigns whose budgets live on their ad sets read as the sum of the active ad sets' daily budgets and
/// are changed by <see cref="MetaAdSetBudgets"/>; hourly insights at campaign level in the advertiser's time zone.
/// </summary>
public sealed partial class MetaPlatform(MetaClient client, MetaOptions options, TimeProvider time, ILogger<MetaPlatform> logger) : IAdPlatform
{
    private const string CampaignFields = "id,name,status,daily_budget,lifetime_budget,start_time";

    private readonly AccountMoney money = new(Platform.MetaAds, options.WorkspaceCurrency, options.Rates, time);
    private (string Currency, TimeZoneInfo Zone)? account;

    public Platform Platform => Platform.MetaAds;

    public RateUse? LastRate => money.LastRate;

    public async Task<IReadOnlyList<Campaign>> GetCampaignsAsync(CancellationToken cancellationToken)
    {
        var (currency, _) = await AccountAsync(cancellationToken);
        var rows = await client.GetAllAsync($"{options.Account}/campaigns?fields={CampaignFields}&limit=100", "reading campaigns", cancellationToken);

        // One account-wide read of ad sets instead of one per campaign, and only when a campaign needs it.
        var adSets = rows.Any(MetaAdSetBudgets.LiveOnAdSets)
            ? await client.GetAllAsync($"{options.Account}/adsets?fields={MetaAdSetBudgets.Fields}&limit=200", "reading ad sets", cancellationToken)
            : [];
        var byCampaign = adSets.ToLookup(a => MetaRows.Text(a, "campaign_id") ?? "");
        return [.. rows.Select(r => ToCampaign(r, currency, byCampaign[MetaRows.Text(r, "id") ?? ""])).Where(c => c.Status != CampaignStatus.Removed)];
    }

    public async Task<MetricsBatch> GetMetricsAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var (_, zone) = await AccountAsync(cancellationToken);
        var since = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(from, zone).DateTime);
        var until = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(to, zone).DateTime);
        var range = Uri.EscapeDataString($$"""{"since":"{{since:yyyy-MM-dd}}","until":"{{until:yyyy-MM-dd}}"}""");
        var rows = await client.GetAllAsync(
            $"{options.Account}/insights?level=campaign&fields=campaign_id,spend,impressions,clicks,actions,action_values,account_currency" +
            $"&breakdowns={MetaRows.HourBreakdown}&time_increment=1&time_range={range}&limit=500", "reading insights", cancellationToken);
        return SampleGate.Check(Platform, rows.Select(r => MetaRows.Sample(r, options.ConversionActionType, zone)), money, from, to);
    }

    public async Task<Campaign?> GetCampaignAsync(CampaignId id, CancellationToken cancellationToken)
    {
        var (currency, _) = await AccountAsync(cancellationToken);
        if (await RowAsync(id, cancellationToken) is not { } row)
        {
            return null;
        }

        var adSets = MetaAdSetBudgets.LiveOnAdSets(row) ? await AdSetBudgets.ReadAsync(id.Value, cancellationToken) : [];
        return ToCampaign(row, currency, adSets);
    }

    public async Task<Campaign> ApplyAsync(CampaignChange change, string idempotencyKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (change.NewCampaignName is not null)
        {
            throw new PlatformException(Platform, "creating campaigns is not supported through BudgetPilot; create it in Ads Manager.", transient: false);
        }

        var (currency, _) = await AccountAsync(cancellationToken);
        var row = await RowAsync(change.Campaign, cancellationToken)
            ?? throw new PlatformException(Platform, $"campaign {change.Campaign.Value} does not exist.", transient: false);
        if (change.DailyBudget is { } budget)
        {
            var minor = ((long)(money.ToAccount(budget, currency) * MinorUnits.Factor(currency))).ToString(CultureInfo.InvariantCulture);
            var current = MetaRows.Text(row, "daily_budget");
            if (MetaAdSetBudgets.LiveOnAdSets(row))
            {
                await AdSetBudgets.SetTotalAsync(change.Campaign.Value, long.Parse(minor, CultureInfo.InvariantCulture), idempotencyKey, cancellationToken);
            }
            else if (current is null || MetaAdSetBudgets.Minor(row, "lifetime_budget") > 0)
            {
                throw new PlatformException(Platform, $"campaign {change.Campaign.Value} has a lifetime budget, not a daily one; BudgetPilot changes daily budgets only. Not changed.", transient: false);
            }
            else if (current != minor)
            {
                LogWrite(logger, change.Campaign.Value, "daily_budget", minor, idempotencyKey);
                await client.PostAsync(change.Campaign.Value, new Dictionary<string, string> { ["daily_budget"] = minor }, cancellationToken);
            }
        }

        if (change.Status is { } status && MetaRows.Status(MetaRows.Text(row, "status")) != status)
        {
            var wire = status switch
            {
                CampaignStatus.Active => "ACTIVE",
                CampaignStatus.Paused => "PAUSED",
                _ => throw new PlatformException(Platform, "deleting campaigns is not supported.", transient: false),
            };
            LogWrite(logger, change.Campaign.Value, "status", wire, idempotencyKey);
            await client.PostAsync(change.Campaign.Value, new Dictionary<string, string> { ["status"] = wire }, cancellationToken);
        }

        return await GetCampaignAsync(change.Campaign, cancellationToken)
            ?? throw new PlatformException(Platform, $"campaign {change.Campaign.Value} vanished after the change.", transient: false);
    }

    private async Task<JsonElement?> RowAsync(CampaignId id, CancellationToken cancellationToken)
    {
        if (id.Platform != Platform || id.Value.Length == 0 || !id.Value.All(char.IsAsciiDigit))
        {
            throw new PlatformException(Platform, $"'{id}' is not a Meta campaign id.", transient: false);
        }

        return await client.GetAsync($"{id.Value}?fields={CampaignFields}", $"reading campaign {id.Value}", cancellationToken);
    }

    private MetaAdSetBudgets AdSetBudgets => new(client, logger);

    private Campaign ToCampaign(JsonElement row, string currency, IEnumerable<JsonElement> adSets)
    {
        var onAdSets = MetaAdSetBudgets.LiveOnAdSets(row);
        var minor = onAdSets ? MetaAdSetBudgets.ActiveDailyTotal(adSets) : MetaAdSetBudgets.Minor(row, "daily_budget");
        var (budget, reported) = money.Budget(minor / MinorUnits.Factor(currency), currency);
        return new Campaign(new CampaignId(Platform, MetaRows.Text(row, "id") ?? ""), MetaRows.Text(row, "name") ?? "",
            MetaRows.Status(MetaRows.Text(row, "status")), budget, MetaRows.Start(row))
        {
            ReportedBudget = reported,
            BudgetOnAdSets = onAdSets,
        };
    }

    /// <summary>The account's currency and time zone, read once.</summary>
    private async Task<(string Currency, TimeZoneInfo Zone)> AccountAsync(CancellationToken cancellationToken)
    {
        if (account is { } known)
        {
            return known;
        }

        var row = await client.GetAsync($"{options.Account}?fields=currency,timezone_name", "reading the ad account", cancellationToken);
        var currency = row is { } r ? MetaRows.Text(r, "currency") : null;
        var zoneId = row is { } z ? MetaRows.Text(z, "timezone_name") : null;
        if (currency is null || zoneId is null || !TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var zone))
        {
            throw new PlatformException(Platform, $"ad account {options.Account}: could not read its currency and time zone ('{currency}', '{zoneId}').", transient: false);
        }

        account = (currency, zone);
        return (currency, zone);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Meta: setting {Field} of campaign {CampaignId} to {Value} (key {IdempotencyKey})")]
    private static partial void LogWrite(ILogger logger, string campaignId, string field, string value, string idempotencyKey);
}
