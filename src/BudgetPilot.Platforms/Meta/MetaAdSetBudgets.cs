using System.Globalization;
using System.Text.Json;
using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Execution;
using Microsoft.Extensions.Logging;

namespace BudgetPilot.Platforms.Meta;

/// <summary>
/// Budgets of a campaign without campaign budget optimisation: they live on its ad sets. The campaign's
/// budget is read as the sum of its ACTIVE ad sets' daily budgets; a new total is spread over those ad
/// sets in proportion to what each has now, written as absolute minor units (decreases first, so the sum
/// never rises above the larger of the old and new totals mid-way) and each one verified by read-back.
/// A campaign whose active ad sets use lifetime budgets, or has none active, is refused with the reason:
/// there is no daily figure to scale.
/// </summary>
internal sealed partial class MetaAdSetBudgets(MetaClient client, ILogger logger)
{
    public const string Fields = "id,name,campaign_id,status,daily_budget,lifetime_budget";

    /// <summary>True when the campaign row carries neither a daily nor a lifetime budget of its own.</summary>
    public static bool LiveOnAdSets(JsonElement campaign) => Minor(campaign, "daily_budget") <= 0 && Minor(campaign, "lifetime_budget") <= 0;

    public static long Minor(JsonElement row, string field) =>
        long.TryParse(MetaRows.Text(row, field), NumberStyles.Integer, CultureInfo.InvariantCulture, out var minor) ? minor : 0L;

    public static long ActiveDailyTotal(IEnumerable<JsonElement> adSets) => adSets.Where(IsActive).Sum(a => Minor(a, "daily_budget"));

    public Task<IReadOnlyList<JsonElement>> ReadAsync(string campaignId, CancellationToken cancellationToken) =>
        client.GetAllAsync($"{campaignId}/adsets?fields={Fields}&limit=200", $"reading the ad sets of campaign {campaignId}", cancellationToken);

    /// <summary>Spreads <paramref name="total"/> minor units over the campaign's active ad sets; idempotent (absolute values, unchanged ones skipped).</summary>
    public async Task SetTotalAsync(string campaignId, long total, string idempotencyKey, CancellationToken cancellationToken)
    {
        var adSets = await ReadAsync(campaignId, cancellationToken);
        var plan = Plan(campaignId, adSets, total);
        var written = new List<string>();
        try
        {
            foreach (var (id, from, to) in plan.Where(p => p.From != p.To).OrderBy(p => p.To - p.From).ThenBy(p => p.Id, StringComparer.Ordinal))
            {
                var value = to.ToString(CultureInfo.InvariantCulture);
                LogWrite(logger, id, campaignId, from, value, idempotencyKey);
                await client.PostAsync(id, new Dictionary<string, string> { ["daily_budget"] = value }, $"changing ad set {id} of campaign {campaignId}", cancellationToken);
                written.Add($"{id}={value}");
            }
        }
        catch (PlatformException ex) when (written.Count > 0)
        {
            throw new PlatformException(Platform.MetaAds,
                $"campaign {campaignId}: {written.Count} of {plan.Count(p => p.From != p.To)} ad-set budgets were changed ({string.Join(", ", written)}) before this failed: {ex.Message}. Re-running the change writes the rest.",
                ex.Transient, ex);
        }

        var after = (await ReadAsync(campaignId, cancellationToken)).ToDictionary(a => MetaRows.Text(a, "id") ?? "", a => Minor(a, "daily_budget"), StringComparer.Ordinal);
        var wrong = plan.Where(p => after.GetValueOrDefault(p.Id, -1) != p.To).Select(p => $"{p.Id} reads {after.GetValueOrDefault(p.Id, -1)} instead of {p.To}").ToList();
        if (wrong.Count > 0)
        {
            throw new PlatformException(Platform.MetaAds, $"campaign {campaignId}: the ad-set budgets read back differ from what was written ({string.Join("; ", wrong)}).", transient: false);
        }
    }

    /// <summary>The new daily budget of each active ad set: proportional shares rounded down, the rest of the minor units to the largest.</summary>
    internal static IReadOnlyList<(string Id, long From, long To)> Plan(string campaignId, IEnumerable<JsonElement> adSets, long total)
    {
        var active = adSets.Where(IsActive).Select(a => (Id: MetaRows.Text(a, "id") ?? "", Daily: Minor(a, "daily_budget"), Lifetime: Minor(a, "lifetime_budget")))
            .OrderBy(a => a.Id, StringComparer.Ordinal).ToList();
        if (active.Count == 0)
        {
            throw Refused(campaignId, "it has no budget of its own and no active ad set to carry one");
        }

        if (active.FirstOrDefault(a => a.Lifetime > 0 || a.Daily <= 0) is { Id.Length: > 0 } lifetime)
        {
            throw Refused(campaignId, $"its ad set {lifetime.Id} has a lifetime budget, not a daily one, so there is no daily total to scale");
        }

        var current = active.Sum(a => a.Daily);
        var shares = active.Select(a => (a.Id, From: a.Daily, To: (long)decimal.Floor((decimal)total * a.Daily / current))).ToList();
        var largest = shares.FindIndex(s => s.From == active.Max(a => a.Daily));
        shares[largest] = shares[largest] with { To = shares[largest].To + (total - shares.Sum(s => s.To)) };
        if (shares.FirstOrDefault(s => s.To <= 0) is { Id.Length: > 0 } empty)
        {
            throw Refused(campaignId, $"spreading {total} minor units over {active.Count} ad sets would leave ad set {empty.Id} with no budget");
        }

        return shares;
    }

    private static bool IsActive(JsonElement adSet) => MetaRows.Text(adSet, "status") == "ACTIVE";

    private static PlatformException Refused(string campaignId, string why) =>
        new(Platform.MetaAds, $"campaign {campaignId}: budget not changed: {why}.", transient: false);

    [LoggerMessage(Level = LogLevel.Information, Message = "Meta: setting daily_budget of ad set {AdSetId} (campaign {CampaignId}) from {From} to {Value} (key {IdempotencyKey})")]
    private static partial void LogWrite(ILogger logger, string adSetId, string campaignId, long from, string value, string idempotencyKey);
}
