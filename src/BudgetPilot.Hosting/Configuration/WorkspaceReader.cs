using System.Text.RegularExpressions;
using BudgetPilot.Core.Campaigns;

namespace BudgetPilot.Hosting.Configuration;

/// <summary>The <c>workspace</c> section: the account's money, currency, clock and targets.</summary>
internal static partial class WorkspaceReader
{
    private static readonly string[] Keys =
        ["id", "name", "total_daily_budget", "currency", "time_zone", "min_roas", "target_cpa", "max_campaign_budget"];

    public static Workspace? Read(ConfigSection root)
    {
        if (!root.Has("workspace"))
        {
            root.Error("workspace", "the workspace section is required: give at least total_daily_budget, currency and time_zone");
            return null;
        }

        var section = root.Section("workspace", Keys);
        var ok = true;
        void Require(bool condition, string key, string message)
        {
            if (!condition)
            {
                section.Error(key, message);
                ok = false;
            }
        }

        var id = section.Text("id") ?? "default";
        Require(IdPattern().IsMatch(id), "id", $"'{id}' must be letters, digits, '-' or '_' (it keys the database)");
        var name = section.Text("name") ?? id;

        Require(section.Has("total_daily_budget"), "total_daily_budget", "is required: the most the account may spend in a day, e.g. 50000");
        var total = section.Decimal("total_daily_budget", 0m);
        Require(!section.Has("total_daily_budget") || total > 0m, "total_daily_budget", $"{total} must be above 0");

        var currency = section.Text("currency");
        Require(currency is not null, "currency", "is required: the account's ISO 4217 code, e.g. USD, EUR, PLN");
        Require(currency is null || CurrencyPattern().IsMatch(currency), "currency", $"'{currency}' is not an ISO 4217 code: three capital letters, e.g. USD, EUR, PLN");

        var zone = ReadTimeZone(section, ref ok);

        var minRoas = section.Decimal("min_roas", 1.0m);
        Require(minRoas >= 0m, "min_roas", $"{minRoas} must not be negative");
        var targetCpa = section.Has("target_cpa") ? section.Read<decimal?>("target_cpa", null, t => ConfigValues.TryDecimal(t, out var v) ? (v, null) : (null, "is not a number")) : null;
        Require(targetCpa is null or > 0m, "target_cpa", $"{targetCpa} must be above 0 (or leave target_cpa out)");
        var maxCampaign = section.Decimal("max_campaign_budget", total);
        Require(maxCampaign > 0m || total <= 0m, "max_campaign_budget", $"{maxCampaign} must be above 0");
        Require(maxCampaign <= total || total <= 0m, "max_campaign_budget", $"{maxCampaign} is above total_daily_budget {total}: one campaign cannot have more than the whole account");

        return ok && zone is not null && currency is not null
            ? new Workspace(id, name, total, currency, zone, minRoas, targetCpa, maxCampaign)
            : null;
    }

    private static TimeZoneInfo? ReadTimeZone(ConfigSection section, ref bool ok)
    {
        var text = section.Text("time_zone");
        if (text is null)
        {
            section.Error("time_zone", "is required: an IANA time zone id such as Europe/Warsaw or America/New_York; days and 'today' are counted in it");
            ok = false;
            return null;
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(text);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            section.Error("time_zone", $"'{text}' is not a known IANA time zone id; write e.g. Europe/Warsaw, America/New_York or UTC");
            ok = false;
            return null;
        }
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyPattern();
}
